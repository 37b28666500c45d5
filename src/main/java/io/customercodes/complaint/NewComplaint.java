package io.customercodes.complaint;

/**
 * A complaint as the complainant (or a handler on the phone, or a shop's helpdesk) states it. A null promise
 * number means "another matter than the code's numbered promises".
 */
public record NewComplaint(String codeKey, Integer promiseNumber, String whatHappened, String remedyWanted,
        String complainantName, String complainantEmail, String complainantPhone, boolean consentToStore,
        ComplaintChannel channel) {
}
