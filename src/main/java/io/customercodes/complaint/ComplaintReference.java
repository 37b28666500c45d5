package io.customercodes.complaint;

/** {CODEKEY}-{YYYY}-{NNNNN}: read out on the phone, quoted in letters, unique per code and year. */
record ComplaintReference(String codeKey, int year, int number) {

    String text() {
        return "%s-%d-%05d".formatted(codeKey, year, number);
    }
}
