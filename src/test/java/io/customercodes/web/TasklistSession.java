package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What Tasklist does for a user, call by call: find the task through the group's filter, claim it,
 * load its deployed Camunda Form and its form variables, and submit values for the form's own fields
 * typed the way Tasklist types them (objects and lists as Json, scalars untyped).
 */
public class TasklistSession {

    private final EngineRestClient rest;
    private final String user;

    public TasklistSession(int port, String user) {
        this(new EngineRestClient(port, user), user);
    }

    public TasklistSession(EngineRestClient rest, String user) {
        this.rest = rest;
        this.user = user;
    }

    public EngineRestClient rest() {
        return rest;
    }

    /** Starts a code from the lifecycle's start form; returns the HTTP response. */
    public EngineRestClient.Response submitStartForm(Map<String, Object> answers) {
        return submitStartForm("codeLifecycle", answers);
    }

    /** Starts a process from its start form, as Tasklist's "Start process" does; returns the HTTP response. */
    public EngineRestClient.Response submitStartForm(String processKey, Map<String, Object> answers) {
        JsonNode definition = ok(rest.get("/engine-rest/process-definition/key/" + processKey));
        String id = definition.get("id").asText();
        Set<String> fields = fieldKeys(ok(rest.get("/engine-rest/process-definition/" + id + "/deployed-start-form")));
        assertThat(fields).as("fields of the start form").containsAll(answers.keySet());
        ObjectNode body = EngineRestClient.object();
        body.set("variables", payload(fields, answers, EngineRestClient.object()));
        return rest.post("/engine-rest/process-definition/" + id + "/submit-form", body);
    }

    /** The id of the task whose name ends with the code key, as listed by the named filter. */
    public String findTask(String filterName, String codeKey, String nameStart) {
        JsonNode filters = ok(rest.get("/engine-rest/filter?resourceType=Task"));
        String filterId = StreamSupport.stream(filters.spliterator(), false)
                .filter(f -> f.get("name").asText().equals(filterName)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " cannot see filter " + filterName + ": " + filters))
                .get("id").asText();
        JsonNode tasks = ok(rest.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=100",
                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("name").asText().startsWith(nameStart) && t.get("name").asText().endsWith(codeKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No task '" + nameStart + "… " + codeKey + "' in " + filterName
                        + " for " + user + ": " + tasks))
                .get("id").asText();
    }

    public void claim(String taskId) {
        ObjectNode body = EngineRestClient.object().put("userId", user);
        assertThat(rest.post("/engine-rest/task/" + taskId + "/claim", body).status()).isEqualTo(204);
    }

    /** Opens the task's form and submits it; returns the HTTP response. */
    public EngineRestClient.Response submitTaskForm(String taskId, Map<String, Object> answers) {
        Set<String> fields = fieldKeys(ok(rest.get("/engine-rest/task/" + taskId + "/deployed-form")));
        assertThat(fields).as("fields of the form of task %s", taskId).containsAll(answers.keySet());
        JsonNode variables = ok(rest.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"));
        ObjectNode body = EngineRestClient.object();
        body.set("variables", payload(fields, answers, variables));
        return rest.post("/engine-rest/task/" + taskId + "/submit-form", body);
    }

    public void claimAndSubmit(String filterName, String codeKey, String nameStart, Map<String, Object> answers) {
        String taskId = findTask(filterName, codeKey, nameStart);
        claim(taskId);
        EngineRestClient.Response response = submitTaskForm(taskId, answers);
        assertThat(response.status()).as("submit %s: %s", nameStart, response.body()).isEqualTo(204);
    }

    private static ObjectNode payload(Set<String> fields, Map<String, Object> answers, JsonNode variables) {
        ObjectNode payload = EngineRestClient.object();
        for (String field : fields) {
            JsonNode value = answers.containsKey(field)
                    ? EngineRestClient.MAPPER.valueToTree(answers.get(field))
                    : prefilled(variables.get(field));
            ObjectNode variable = payload.putObject(field);
            if (value.isObject() || value.isArray()) {
                JsonNode known = variables.get(field);
                variable.put("type", known != null ? known.get("type").asText() : "Json");
                if (known != null && known.has("valueInfo")) {
                    variable.set("valueInfo", known.get("valueInfo"));
                }
                variable.put("value", value.toString());
            } else {
                variable.set("value", value);
            }
        }
        return payload;
    }

    private static JsonNode prefilled(JsonNode variable) {
        if (variable == null || variable.get("value").isNull()) {
            return EngineRestClient.MAPPER.nullNode();
        }
        if ("Json".equals(variable.get("type").asText())) {
            try {
                return EngineRestClient.MAPPER.readTree(variable.get("value").asText());
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        }
        return variable.get("value");
    }

    /** The keys of a Camunda Form's input fields, dynamic lists included, groups looked into. */
    static Set<String> fieldKeys(JsonNode schema) {
        Set<String> keys = new LinkedHashSet<>();
        collect(schema.get("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("dynamiclist")) {
                keys.add(component.get("path").asText());
            } else if (component.has("components")) {
                collect(component.get("components"), keys);
            } else if (component.has("key") && !type.equals("text") && !type.equals("button")) {
                keys.add(component.get("key").asText());
            }
        }
    }

    private JsonNode ok(EngineRestClient.Response response) {
        assertThat(response.status()).as("%s: %s", user, response.body()).isEqualTo(200);
        return response.json();
    }
}
