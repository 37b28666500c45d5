package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every field of every form, sent over and at its limits, with wrong types and with fields the form does not
 * have, through Tasklist's REST calls and the API: never a 500, always a 400 naming the field, and nothing
 * written. The bad values are derived from the forms themselves, so a new field is swept without a new line.
 */
@HttpTest
class BadInputSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    final String key = ProcessScenario.uniqueKey("SWEEP");
    int swept;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void everyFormRefusesEveryBadValueWithItsFieldNamedAndKeepsNothing() {
        sweepStartForm("codeLifecycle", "codeProposal");
        scenario.startCode(key, "STAFF");
        sweepTask("mary", "Task_SetObjectives", "setObjectives");
        scenario.complete("mary", key, "Task_SetObjectives", ProcessScenario.objectivesForm());
        sweepTask("mary", "Task_DraftCode", "draftCode");
        scenario.complete("mary", key, "Task_DraftCode", ProcessScenario.draftForm("Delivery in 3 days", "Dispatch"));
        sweepTask("sam", "Task_GiveFeedback", "giveFeedback");
        scenario.complete("sam", key, "Task_GiveFeedback", ProcessScenario.feedbackForm("SUPPORT", null));
        sweepTask("mary", "Task_ConsolidateFeedback", "consolidateFeedback");
        scenario.complete("mary", key, "Task_ConsolidateFeedback", ProcessScenario.form("consultationOutcome", "PROCEED"));
        sweepTask("carla", "Task_CheckAccuracy", "checkAccuracy");
        scenario.complete("carla", key, "Task_CheckAccuracy",
                ProcessScenario.accuracyForm("ACCURATE", ProcessScenario.ALL_PRINCIPLES, null));
        sweepTask("tom", "Task_ApproveCode", "approveCode");
        scenario.approve(key);
        sweepTask("mary", "Task_MakeCodeAvailable", "makeCodeAvailable");
        scenario.complete("mary", key, "Task_MakeCodeAvailable", ProcessScenario.form("availabilityChannels",
                io.customercodes.system.FormValues.json(List.of("WEBSITE"))));
        sweepTask("mary", "Task_BriefPersonnel", "briefPersonnel");
        scenario.complete("mary", key, "Task_BriefPersonnel",
                ProcessScenario.form("briefingMethod", "MEETING", "acknowledgedBy", "Lead"));
        scenario.fire("Timer_ReviewDue", key);
        sweepTask("mary", "Task_EvaluateCode", "evaluateCode");
        scenario.complete("mary", key, "Task_EvaluateCode", ProcessScenario.evaluationForm("Fine", "CONTINUE"));
        sweepTask("tom", "Task_DecideReview", "decideReview");

        sweepStartForm("indicatorReadings", "recordReadingsStart");
        scenario.start("indicatorReadings", ProcessScenario.form("codeKey", key));
        sweepTask("mary", "Task_RecordReadings", "recordReadings");

        assertThat(swept).as("bad submissions swept").isGreaterThan(150);
    }

    @Test
    void everyComplaintFormRefusesEveryBadValueWithItsFieldNamedAndKeepsNothing() {
        sweepStartForm("hank", "complaintHandling", "takeComplaint");
        scenario.startCode(key, "STAFF");
        scenario.publishAndImplement(key, "Delivery in 3 days");

        String referred = scenario.fileComplaint(key, 1).reference();
        sweepTask("hank", referred, "Task_AssessComplaint", "assessComplaint");
        respond(referred);
        sweepTask("hank", referred, "Task_RecordAnswer", "recordAnswer");
        scenario.complete("hank", referred, "Task_RecordAnswer", ProcessScenario.form("complainantAnswer", "REJECTS"));
        sweepTask("hank", referred, "Task_RecordReferralOutcome", "recordReferralOutcome");

        String followedUp = scenario.fileComplaint(key, 1).reference();
        respond(followedUp);
        scenario.fire("Timer_NoAnswer", followedUp);
        sweepTask("hank", followedUp, "Task_FollowUpComplaint", "followUpComplaint");
        scenario.complete("hank", followedUp, "Task_FollowUpComplaint",
                ProcessScenario.form("complainantAnswer", "ACCEPTS"));
        sweepTask("hank", followedUp, "Task_CloseComplaint", "closeComplaint");

        assertThat(swept).as("bad submissions swept").isGreaterThan(150);
    }

    /** Assessment, investigation and response, the last two swept on the way. */
    private void respond(String reference) {
        scenario.complete("hank", reference, "Task_AssessComplaint", ProcessScenario.form("severity", "LOW",
                "scopeDecision", "IN_SCOPE"));
        sweepTask("hank", reference, "Task_InvestigateComplaint", "investigateComplaint");
        scenario.complete("hank", reference, "Task_InvestigateComplaint", ProcessScenario.form("findings", "Late",
                "rootCause", "Courier", "remedyOffered", "Charge refunded"));
        sweepTask("hank", reference, "Task_RespondToComplaint", "respondToComplaint");
        scenario.complete("hank", reference, "Task_RespondToComplaint", ProcessScenario.form("responseText", "Sorry"));
        scenario.runAsyncJobs(reference);
    }

    @Test
    void theReadingsApiRefusesEveryBadValueWithItsFieldNamedAndKeepsNothing() {
        scenario.startCode(key, "STAFF");
        scenario.publishAndImplement(key, "Delivery in 3 days");
        EngineRestClient mary = new EngineRestClient(port, "mary");
        String indicators = "/api/codes/" + key + "/indicators";
        String readings = indicators + "/" + mary.get(indicators).json().get(0).get("indicatorId").asLong()
                + "/readings";
        Map<String, List<Object>> bad = new LinkedHashMap<>();
        bad.put("value", List.of(1_000_000_001, -1_000_000_001, 1e15, 95.12345, "ninety", true, Map.of("x", 1)));
        bad.put("measuredOn", List.of("-999999999-01-01", "1899-12-31", EngineClock.today().plusDays(1).toString(),
                "yesterday", 20260101));
        bad.put("note", List.of("n".repeat(2_001), 5, Map.of("x", 1)));
        bad.forEach((field, values) -> values.forEach(value -> {
            ObjectNode body = EngineRestClient.object().put("value", 90).put("measuredOn", EngineClock.today().toString());
            body.set(field, EngineRestClient.MAPPER.valueToTree(value));
            EngineRestClient.Response response = mary.post(readings, body);
            assertThat(response.status()).as("%s = %s: %s", field, value, response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("field").asText()).as("%s = %s", field, value).isEqualTo(field);
        }));
        assertThat(mary.get(readings).json()).as("nothing recorded").isEmpty();

        EngineRestClient.Response atLimits = mary.post(readings, Map.of("value", 1_000_000_000,
                "measuredOn", "2000-01-01", "note", "n".repeat(2_000)));
        assertThat(atLimits.status()).as(atLimits.body()).isEqualTo(201);
        assertThat(mary.get(readings).json().get(0).get("note").asText()).hasSize(2_000);
        assertThat(mary.get(readings).json().get(0).get("value").decimalValue()).isEqualByComparingTo("1000000000");
    }

    // --- the sweep ---

    private void sweepTask(String user, String taskKey, String formKey) {
        sweepTask(user, key, taskKey, formKey);
    }

    private void sweepTask(String user, String businessKey, String taskKey, String formKey) {
        Task task = scenario.task(businessKey, taskKey);
        TasklistSession session = new TasklistSession(port, user);
        session.claim(task.getId());
        JsonNode before = formVariables(session, task.getId());
        JsonNode processVariables = processVariables(task.getProcessInstanceId());
        for (BadValue bad : badValues(form(formKey))) {
            ObjectNode body = EngineRestClient.object();
            body.set("variables", bad.variables());
            EngineRestClient.Response response = session.rest().post("/engine-rest/task/" + task.getId()
                    + "/submit-form", body);
            expectRefused(formKey, bad, response);
        }
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(formVariables(session, task.getId())).as("form variables of %s unchanged", formKey)
                .isEqualTo(before);
        assertThat(processVariables(task.getProcessInstanceId())).as("process variables unchanged")
                .isEqualTo(processVariables);
    }

    private void sweepStartForm(String processKey, String formKey) {
        sweepStartForm("mary", processKey, formKey);
    }

    private void sweepStartForm(String user, String processKey, String formKey) {
        EngineRestClient mary = new EngineRestClient(port, user);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
        for (BadValue bad : badValues(form(formKey))) {
            for (String action : List.of("submit-form", "start")) {
                ObjectNode body = EngineRestClient.object();
                body.set("variables", bad.variables());
                expectRefused(formKey + " " + action, bad,
                        mary.post("/engine-rest/process-definition/key/" + processKey + "/" + action, body));
            }
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count())
                .as("no %s started", processKey).isEqualTo(instances);
    }

    private void expectRefused(String form, BadValue bad, EngineRestClient.Response response) {
        swept++;
        assertThat(response.status()).as("%s: %s -> %s", form, bad.what(), response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as("%s: %s", form, bad.what()).isEqualTo(bad.field());
        assertThat(response.json().path("message").asText()).as("%s: %s, a message for people", form, bad.what())
                .doesNotContain("Cannot submit").doesNotContain("Cannot instantiate").doesNotContain("task form")
                .doesNotContain("^").doesNotContain("$")
                .doesNotContain(":1:"); // as in a process definition id, "codeLifecycle:1:9f2c..."
        assertThat(response.body()).doesNotContain("Exception:").doesNotContain("\tat ");
    }

    private JsonNode processVariables(String processInstanceId) {
        return new EngineRestClient(port, "admin").get("/engine-rest/process-instance/" + processInstanceId
                + "/variables?deserializeValues=false").json();
    }

    /** As JSON, not text: the engine lists variables in the order the database returns their rows. */
    private static JsonNode formVariables(TasklistSession session, String taskId) {
        return session.rest().get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").json();
    }

    /** A submission and the field whose name the refusal must carry. */
    record BadValue(String what, String field, ObjectNode variables) {
    }

    private static List<BadValue> badValues(JsonNode form) {
        List<BadValue> bad = new ArrayList<>();
        bad.add(new BadValue("a field the form does not have", "versionId", variables("versionId", num(1))));
        bad.add(new BadValue("a field the form does not have", "stakeholder", variables("stakeholder", text("STAFF"))));
        collect(form.get("components"), null, bad);
        return bad;
    }

    private static void collect(JsonNode components, JsonNode list, List<BadValue> bad) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (type.equals("dynamiclist")) {
                collect(c.get("components"), c, bad);
                String path = c.get("path").asText();
                ObjectNode entry = validEntry(c);
                entry.put("sneaked", "in");
                bad.add(new BadValue(path + " entry with a field it does not have", path + ".sneaked",
                        variables(path, jsonList(entry))));
                bad.add(new BadValue(path + " not a list", path, variables(path, text("[not a list"))));
            } else if (c.has("components")) {
                collect(c.get("components"), list, bad);
            } else if (c.has("key") && !type.equals("text") && !c.path("readonly").asBoolean()) {
                for (Map.Entry<String, JsonNode> value : badValuesOf(c).entrySet()) {
                    String key = c.get("key").asText();
                    if (list == null) {
                        bad.add(new BadValue(key + " " + value.getKey(), key, variables(key, value.getValue())));
                    } else {
                        String path = list.get("path").asText();
                        ObjectNode entry = validEntry(list);
                        entry.set(key, value.getValue());
                        bad.add(new BadValue(path + "." + key + " " + value.getKey(), path + "." + key,
                                variables(path, jsonList(entry))));
                    }
                }
                atLimit(c, list).ifPresent(bad::add);
            }
        }
    }

    /** The longest text the form allows, followed by an unknown field: only the unknown field may be refused. */
    private static java.util.Optional<BadValue> atLimit(JsonNode c, JsonNode list) {
        JsonNode max = c.path("validate").path("maxLength");
        if (list != null || !max.isInt() || c.path("validate").has("pattern")) {
            return java.util.Optional.empty();
        }
        ObjectNode variables = variables(c.get("key").asText(), text("y".repeat(max.asInt())));
        variables.set("zzUnknown", value(text("after a value at its limit")));
        return java.util.Optional.of(new BadValue(c.get("key").asText() + " at its limit", "zzUnknown", variables));
    }

    private static Map<String, JsonNode> badValuesOf(JsonNode c) {
        JsonNode validate = c.path("validate");
        Map<String, JsonNode> values = new LinkedHashMap<>();
        switch (c.path("type").asText()) {
            case "textfield", "textarea" -> {
                values.put("as a number", num(5));
                values.put("as an object", EngineRestClient.object().put("x", 1));
                if (validate.has("maxLength")) {
                    values.put("over its maximum length", text("z".repeat(validate.get("maxLength").asInt() + 1)));
                }
                // A field shown only under a condition is required only then; the task listener checks that.
                if (validate.path("required").asBoolean() && !c.has("conditional")) {
                    values.put("blank", text("   "));
                }
            }
            case "number" -> {
                values.put("as text", text("twelve"));
                values.put("as a boolean", EngineRestClient.MAPPER.getNodeFactory().booleanNode(true));
                if (validate.has("max")) {
                    values.put("over its maximum", num(validate.get("max").asLong() + 1));
                    values.put("at 1e15", EngineRestClient.MAPPER.getNodeFactory().numberNode(1e15));
                }
                if (validate.has("min")) {
                    values.put("under its minimum", num(validate.get("min").asLong() - 1));
                }
                int digits = c.path("decimalDigits").asInt(0);
                values.put("with too many decimals", EngineRestClient.MAPPER.getNodeFactory()
                        .numberNode(new java.math.BigDecimal("1." + "1".repeat(digits + 1))));
            }
            case "select", "radio" -> {
                values.put("not an option", text("NOT_AN_OPTION"));
                values.put("as a number", num(1));
                // Options that come with the form's data: the server knows only the field's limits.
                if (c.has("valuesKey") && validate.has("maxLength")) {
                    values.put("over its maximum length", text("Z".repeat(validate.get("maxLength").asInt() + 1)));
                }
            }
            case "checklist", "taglist" -> values.put("with an unknown option", EngineRestClient.MAPPER
                    .createArrayNode().add("NOT_AN_OPTION"));
            case "datetime" -> {
                values.put("in year -999999999", text("-999999999-01-01"));
                values.put("in the future", text(EngineClock.today().plusYears(1).toString()));
                values.put("not a date", text("31/12/2025"));
            }
            default -> {
            }
        }
        return values;
    }

    private static ObjectNode validEntry(JsonNode list) {
        ObjectNode entry = EngineRestClient.object();
        for (JsonNode c : list.get("components")) {
            if (!c.has("key")) {
                continue;
            }
            String key = c.get("key").asText();
            switch (c.path("type").asText()) {
                case "number" -> entry.put(key, c.path("validate").path("min").asLong(1));
                case "select", "radio" -> entry.put(key, c.get("values").get(0).get("value").asText());
                case "datetime" -> entry.put(key, EngineClock.today().toString());
                default -> entry.put(key, "ok");
            }
        }
        return entry;
    }

    private static ObjectNode variables(String name, JsonNode value) {
        ObjectNode variables = EngineRestClient.object();
        variables.set(name, value(value));
        return variables;
    }

    /** As Tasklist sends it: lists and objects as serialized Json variables, scalars untyped. */
    private static ObjectNode value(JsonNode value) {
        ObjectNode variable = EngineRestClient.object();
        if (value.isArray() || value.isObject()) {
            variable.put("type", "Json").put("value", value.toString());
        } else {
            variable.set("value", value);
        }
        return variable;
    }

    private static ArrayNode jsonList(ObjectNode entry) {
        return EngineRestClient.MAPPER.createArrayNode().add(entry);
    }

    private static JsonNode text(String text) {
        return EngineRestClient.MAPPER.getNodeFactory().textNode(text);
    }

    private static JsonNode num(long number) {
        return EngineRestClient.MAPPER.getNodeFactory().numberNode(number);
    }

    private static JsonNode form(String formKey) {
        try (InputStream in = BadInputSweepTest.class.getClassLoader().getResourceAsStream("forms/" + formKey + ".form")) {
            return EngineRestClient.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
