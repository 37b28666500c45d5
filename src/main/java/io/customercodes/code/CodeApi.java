package io.customercodes.code;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of /api/codes. */
public final class CodeApi {

    private CodeApi() {
    }

    public record CodeSummary(String codeKey, String title, String organization, Integer publishedVersion,
            LocalDate nextReviewOn, boolean withdrawn) {
    }

    public record CodeDetail(String codeKey, String title, String organization, String scope,
            int reviewIntervalMonths, LocalDate nextReviewOn, boolean acceptingComplaints,
            List<String> interestedParties, String createdBy, Instant createdAt, Instant withdrawnAt,
            List<VersionSummary> versions, String kind, String modelCodeKey, boolean smallBusiness,
            String exampleDraft) {
    }

    public record VersionSummary(int number, String state, Instant createdAt, Instant stateChangedAt,
            String publishedBy, Instant publishedAt) {
    }

    public record VersionDetail(String codeKey, int number, String state, String objectives,
            List<PromiseJson> promises, List<ProvisionJson> provisions, List<IndicatorJson> indicators,
            String procedures, String communicationPlan, String resources, List<String> teams,
            int complaintResponseDays, int consultationRound, String createdBy, Instant createdAt, String publishedBy, Instant publishedAt,
            Instant endedAt, ModelBasisJson basedOn) {
    }

    /** The model code version an adopted code's version is based on, what it changed and why. */
    public record ModelBasisJson(String codeKey, int versionNumber, List<String> changes, String reasons) {
    }

    public record PromiseJson(int number, String category, String text) {
    }

    public record ProvisionJson(String type, String text, Integer promiseNumber) {
    }

    public record IndicatorJson(String name, Integer promiseNumber, String comparison, BigDecimal targetValue,
            String unit) {
    }

    public record DecisionJson(Integer versionNumber, String kind, String decision, String comment, String actor,
            Instant decidedAt) {
    }
}
