package io.customercodes.publication;

import java.time.LocalDate;
import java.util.List;

/** What a customer sees of a code: its published version, read-only. */
public record PublishedCode(String key, String title, String organization, String scope, int versionNumber,
        LocalDate publishedOn, ReviewState review, boolean acceptingComplaints, List<PromiseView> promises,
        List<ProvisionView> generalProvisions, List<IndicatorView> generalIndicators, LocalDate withdrawnOn) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    public record PromiseView(int number, String category, String text, List<ProvisionView> provisions,
            List<IndicatorView> indicators) {
    }

    public record ProvisionView(String type, String text) {
    }

    public record IndicatorView(String name, String target) {
    }
}
