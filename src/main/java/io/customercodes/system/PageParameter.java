package io.customercodes.system;

/** The {@code page} and {@code size} of an /api list: whole numbers from 1, refused (400 naming the field) else. */
public final class PageParameter {

    /** The most rows one page of an /api list holds. */
    public static final int MAX_SIZE = 500;

    private PageParameter() {
    }

    public static int positive(String value, String field, int max) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidFormInputException(field, "must be a whole number");
        }
        if (number < 1 || number > max) {
            throw new InvalidFormInputException(field, max == Integer.MAX_VALUE ? "must be 1 or more"
                    : "must be from 1 to " + max);
        }
        return number;
    }
}
