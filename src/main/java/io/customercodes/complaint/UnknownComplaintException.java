package io.customercodes.complaint;

public class UnknownComplaintException extends RuntimeException {

    public UnknownComplaintException(String reference) {
        super("No complaint " + reference);
    }
}
