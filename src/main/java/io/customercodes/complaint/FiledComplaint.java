package io.customercodes.complaint;

import java.time.LocalDate;

/**
 * What the complainant gets back at once: the reference to quote and the private token of the status page.
 * The token exists only here; the complaint keeps its hash.
 */
public record FiledComplaint(String reference, String statusToken, LocalDate responseDueOn) {

    public String statusPath() {
        return ComplaintLinks.statusPath(statusToken);
    }
}
