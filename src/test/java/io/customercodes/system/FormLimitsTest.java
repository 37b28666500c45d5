package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The forms are the one place that says how long a text and how large a number may be. Every input a
 * person types declares its limit there, and the column that stores it holds at least that much, so the
 * database never refuses what the form accepted.
 */
@JdbcTest
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class FormLimitsTest {

    /** Where each typed field is stored; a field that is stored nowhere (a decision) has no entry. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("codeProposal:codeKey", "code.code_key");
        COLUMNS.put("codeProposal:title", "code.title");
        COLUMNS.put("codeProposal:organization", "code.organization");
        COLUMNS.put("codeProposal:scope", "code.scope");
        COLUMNS.put("codeProposal:modelCodeKey", "code.code_key");
        COLUMNS.put("setObjectives:objectives", "code_version.objectives");
        COLUMNS.put("setObjectives:complaintsAnalysis", "code_version.complaints_analysis");
        COLUMNS.put("setObjectives:customerExpectations", "code_version.customer_expectations");
        COLUMNS.put("setObjectives:legalRequirements", "code_version.legal_requirements");
        COLUMNS.put("draftCode:promises.text", "promise.text");
        COLUMNS.put("draftCode:provisions.text", "related_provision.text");
        COLUMNS.put("draftCode:indicators.name", "performance_indicator.name");
        COLUMNS.put("draftCode:indicators.unit", "performance_indicator.unit");
        COLUMNS.put("draftCode:teams.name", "version_team.name");
        COLUMNS.put("draftCode:procedures", "code_version.procedures");
        COLUMNS.put("draftCode:communicationPlan", "code_version.communication_plan");
        COLUMNS.put("draftCode:resources", "code_version.resources");
        COLUMNS.put("draftCode:deviationReasons", "code_version.deviation_reasons");
        COLUMNS.put("giveFeedback:feedbackComments", "consultation_feedback.comments");
        COLUMNS.put("consolidateFeedback:consolidationNotes", "decision_record.comment");
        COLUMNS.put("checkAccuracy:accuracyFindings", "decision_record.comment");
        COLUMNS.put("checkAccuracy:gapJustification", "decision_record.comment");
        COLUMNS.put("approveCode:approvalComment", "decision_record.comment");
        COLUMNS.put("makeCodeAvailable:accessibilityMeasures", "version_implementation.accessibility_measures");
        COLUMNS.put("briefPersonnel:acknowledgedBy", "personnel_briefing.acknowledged_by");
        COLUMNS.put("briefPersonnel:briefingNotes", "personnel_briefing.notes");
        COLUMNS.put("evaluateCode:evaluation", "code_review.evaluation");
        COLUMNS.put("decideReview:reviewRationale", "code_review.rationale");
        COLUMNS.put("recordReadings:readingsNote", "indicator_reading.note");
        COLUMNS.put("recordReadingsStart:codeKey", "code.code_key");
        COLUMNS.put("takeComplaint:codeKey", "code.code_key");
        COLUMNS.put("takeComplaint:whatHappened", "complaint.what_happened");
        COLUMNS.put("takeComplaint:remedyWanted", "complaint.remedy_wanted");
        COLUMNS.put("takeComplaint:complainantName", "complaint.complainant_name");
        COLUMNS.put("takeComplaint:complainantEmail", "complaint.complainant_email");
        COLUMNS.put("takeComplaint:complainantPhone", "complaint.complainant_phone");
        COLUMNS.put("assessComplaint:assessmentNotes", "complaint.assessment_notes");
        COLUMNS.put("investigateComplaint:findings", "complaint.findings");
        COLUMNS.put("investigateComplaint:rootCause", "complaint.root_cause");
        COLUMNS.put("investigateComplaint:remedyOffered", "complaint.remedy_offered");
        COLUMNS.put("respondToComplaint:responseText", "complaint.response_text");
        COLUMNS.put("recordAnswer:answerNotes", "complaint.answer_comment");
        COLUMNS.put("followUpComplaint:answerNotes", "complaint.answer_comment");
        COLUMNS.put("closeComplaint:remedyDelivered", "complaint.remedy_delivered");
        COLUMNS.put("recordReferralOutcome:referralReasons", "complaint.referral_reasons");
        COLUMNS.put("recordReferralOutcome:referralImplementation", "complaint.referral_implementation");
    }

    /** numeric(19, 4): 15 digits before the point. */
    static final double NUMERIC_COLUMN_LIMIT = 1e15;

    @Autowired
    DataSource dataSource;

    @Test
    void everyTypedTextDeclaresItsMaximumLengthAndItsColumnHoldsIt() throws IOException {
        Map<String, Integer> declared = new LinkedHashMap<>();
        forEachField((form, path, field) -> {
            String type = field.path("type").asText();
            // A select whose options come with the form's data is typed text to the server: a request may send any.
            boolean optionsFromData = type.equals("select") && field.has("valuesKey");
            if ((type.equals("textfield") || type.equals("textarea") || optionsFromData)
                    && !field.path("readonly").asBoolean()) {
                assertThat(field.path("validate").has("maxLength")).as("%s:%s declares maxLength", form, path)
                        .isTrue();
                declared.put(form + ":" + path, field.get("validate").get("maxLength").asInt());
            }
        });
        assertThat(COLUMNS.keySet()).as("every typed text has a column here").containsExactlyInAnyOrderElementsOf(
                declared.keySet());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        declared.forEach((field, maxLength) -> {
            String[] column = COLUMNS.get(field).split("\\.");
            Long width = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                    + " where lower(table_name) = ? and lower(column_name) = ?", Long.class, column[0], column[1]);
            if (width == null) {
                return; // PostgreSQL's varchar without a length has no maximum
            }
            assertThat(width).as("%s holds %s (%,d characters)", COLUMNS.get(field), field, maxLength)
                    .isGreaterThanOrEqualTo(maxLength.longValue());
        });
    }

    @Test
    void everyNumberDeclaresItsRangeWithinWhatItsColumnHolds() throws IOException {
        forEachField((form, path, field) -> {
            if (field.path("type").asText().equals("number")) {
                JsonNode validate = field.path("validate");
                assertThat(validate.has("min") && validate.has("max")).as("%s:%s declares min and max", form, path)
                        .isTrue();
                assertThat(Math.abs(validate.get("max").asDouble())).isLessThan(NUMERIC_COLUMN_LIMIT);
                assertThat(Math.abs(validate.get("min").asDouble())).isLessThan(NUMERIC_COLUMN_LIMIT);
                assertThat(field.path("decimalDigits").isInt()).as("%s:%s declares decimalDigits", form, path)
                        .isTrue();
                assertThat(field.get("decimalDigits").asInt()).isLessThanOrEqualTo(4);
            }
        });
    }

    interface FieldVisitor {
        void visit(String form, String path, JsonNode field);
    }

    private static void forEachField(FieldVisitor visitor) throws IOException {
        File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(forms).isNotEmpty();
        for (File file : forms) {
            JsonNode form = new ObjectMapper().readTree(file);
            walk(form.get("id").asText(), form.get("components"), "", visitor);
        }
    }

    private static void walk(String form, JsonNode components, String prefix, FieldVisitor visitor) {
        for (JsonNode c : components) {
            if (c.path("type").asText().equals("dynamiclist")) {
                walk(form, c.get("components"), prefix + c.get("path").asText() + ".", visitor);
            } else if (c.has("components")) {
                walk(form, c.get("components"), prefix, visitor);
            } else if (c.has("key")) {
                visitor.visit(form, prefix + c.get("key").asText(), c);
            }
        }
    }
}
