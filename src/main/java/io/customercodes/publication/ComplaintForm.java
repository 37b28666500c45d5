package io.customercodes.publication;

/**
 * What a customer typed into the complaint form on a code's page, kept as typed so that the form can be shown
 * again with it. {@code promise} is a promise's number or {@link #OTHER}; {@code consentToStore} is "yes" when
 * ticked.
 */
public record ComplaintForm(String promise, String whatHappened, String remedyWanted, String complainantName,
        String complainantEmail, String complainantPhone, String consentToStore) {

    static final String OTHER = "other";

    static ComplaintForm empty() {
        return new ComplaintForm(null, null, null, null, null, null, null);
    }

    public boolean consents() {
        return "yes".equals(consentToStore);
    }

    /** The promise's number, or null for another matter; only for a form that passed the check. */
    Integer promiseNumber() {
        return OTHER.equals(promise) ? null : Integer.valueOf(promise);
    }
}
