package io.customercodes.publication;

import java.time.LocalDate;
import java.util.List;

/** What a customer sees of a code: its published version, read-only. */
public record PublishedCode(String key, String title, String organization, String scope, int versionNumber,
        LocalDate publishedOn, ReviewState review, boolean acceptingComplaints, List<PromiseView> promises,
        List<ProvisionView> generalProvisions, List<IndicatorView> generalIndicators, LocalDate withdrawnOn,
        boolean model, ModelBasisView basedOn, List<AdopterView> adopters) {

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

    /** "Based on model code Fair online retail (FAIR-ONLINE-RETAIL) version 2, with these changes: …" */
    public record ModelBasisView(String key, String title, String organization, int versionNumber,
            List<String> changes, String reasons) {
    }

    /** An organization whose published code adopted this model code, and the model version it is based on. */
    public record AdopterView(String key, String title, String organization, int modelVersionNumber) {
    }
}
