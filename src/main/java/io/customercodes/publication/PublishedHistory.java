package io.customercodes.publication;

import java.time.LocalDate;
import java.util.List;

/** What a customer sees of a code's past: the versions that were published, newest first. */
public record PublishedHistory(String key, String title, String organization, boolean inForce,
        List<PublishedVersion> versions) {

    /**
     * @param endedAs "Superseded" or "Withdrawn", with {@code endedOn}; null while the version is in force
     * @param previousNumber the published version this one replaced, which {@code changes} compare it with
     */
    public record PublishedVersion(int number, LocalDate publishedOn, String endedAs, LocalDate endedOn,
            Integer previousNumber, List<String> changes) {
    }
}
