package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Deploys resources through {@code POST /engine-rest/deployment/create} as an admin, so what a benchmark
 * compares against never ships with the app.
 */
final class EngineDeployment {

    private EngineDeployment() {
    }

    /** Deploys the named resources (file name to content) unless the same deployment exists already. */
    static void deploy(String baseUrl, String admin, String password, String name, Map<String, String> resources)
            throws IOException, InterruptedException {
        String boundary = "benchmark" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        part(body, boundary, "name=\"deployment-name\"", name);
        part(body, boundary, "name=\"enable-duplicate-filtering\"", "true");
        resources.forEach((file, content) -> part(body, boundary,
                "name=\"" + file + "\"; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream", content));
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (admin + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void part(StringBuilder body, String boundary, String disposition, String content) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; ").append(disposition)
                .append("\r\n\r\n").append(content).append("\r\n");
    }
}
