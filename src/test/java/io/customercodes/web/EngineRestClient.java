package io.customercodes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the app over HTTP as one user, with HTTP Basic, the way Tasklist's REST calls reach the engine. */
public class EngineRestClient {

    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Told of every call: method, path and how long the answer took. Benchmarks listen; tests do not. */
    public interface CallObserver {
        void called(String method, String path, long nanos, int status);
    }

    private static final HttpClient SHARED = HttpClient.newHttpClient();

    private final HttpClient http = SHARED;
    private final String baseUrl;
    private final String authorization;
    private CallObserver observer = (method, path, nanos, status) -> {
    };

    /** A demo-style user whose password is the user id. */
    public EngineRestClient(int port, String user) {
        this("http://localhost:" + port, user, user);
    }

    public EngineRestClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response put(String path, Object body) {
        try {
            String json = body instanceof String s ? s : MAPPER.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        try {
            String json = body instanceof String s ? s : MAPPER.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept",
                "application/json, text/html;q=0.9, */*;q=0.8");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public EngineRestClient observedBy(CallObserver observer) {
        this.observer = observer;
        return this;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            observer.called(request.method(), request.uri().getPath(), System.nanoTime() - started,
                    response.statusCode());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
