package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.postgres.FreshPostgresDatabase;
import io.customercodes.web.CodeWalk;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every curl example of the README against a fresh default run, as a new user would copy them: first the
 * tour's code MY-SHOP is walked to implemented (as the tour's steps 1 to 6 do it), then each example in the
 * README's order must answer 2xx, or exactly the status its comment announces ({@code # → 409 ...}).
 */
class ReadmeExamplesTest {

    static final Path README = Path.of("README.md");
    static final Pattern ANNOUNCED = Pattern.compile("→\\s*(\\d{3})");

    final AppProcess app = new AppProcess(Path.of("target", "crash-test", "readme-" + UUID.randomUUID()),
            FreshPostgresDatabase.active() ? FreshPostgresDatabase.datasourceProperties() : Map.of());

    /** One example: the words of its command line and the status the README announces (null: any 2xx). */
    record Example(String line, List<String> words, Integer announced) {
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void everyCurlExampleOfTheReadmeAnswersAsTheReadmeSays() throws Exception {
        List<Example> examples = examples(Files.readString(README));
        assertThat(examples).as("curl examples in the README").hasSizeGreaterThan(10);

        app.startAndAwaitReady(Duration.ofMinutes(4));
        CodeWalk tour = new CodeWalk(user -> new TasklistSession(app.port(), user), "MY-SHOP");
        tour.start(12);
        tour.developAndApprove();
        EngineRestClient admin = new EngineRestClient(app.port(), "demo");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!admin.get("/api/codes/MY-SHOP").body().contains("\"PUBLISHED\"") && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        tour.implement();

        List<String> wrong = new ArrayList<>();
        for (Example example : examples) {
            if (FreshPostgresDatabase.active() && example.line().contains("/api/admin/backups")) {
                continue; // the backup of the default run's H2 file; PostgreSQL is backed up with pg_dump
            }
            HttpResponse<String> answer = run(example.words());
            boolean asAnnounced = example.announced() == null ? answer.statusCode() / 100 == 2
                    : answer.statusCode() == example.announced();
            if (!asAnnounced) {
                wrong.add(example.line() + "\n    answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        assertThat(wrong).as("README examples that did not answer as the README says; see %s", app.log()).isEmpty();
    }

    /** The curl commands of the README: lines of its code blocks and `curl ...` spans in its text. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher inline = Pattern.compile("`(curl [^`]+)`").matcher(readme);
        StringBuilder block = new StringBuilder();
        int blockStart = -1;
        int offset = 0;
        List<Map.Entry<Integer, Example>> found = new ArrayList<>();
        for (String line : (readme + "\n").split("\n", -1)) {
            boolean code = line.startsWith("    ") && !line.isBlank();
            if (code) {
                if (blockStart < 0) {
                    blockStart = offset;
                }
                block.append(line.substring(4)).append('\n');
            } else if (blockStart >= 0) {
                for (Example example : commands(block.toString())) {
                    found.add(Map.entry(blockStart, example));
                }
                block.setLength(0);
                blockStart = -1;
            }
            offset += line.length() + 1;
        }
        while (inline.find()) {
            for (Example example : commands(inline.group(1))) {
                found.add(Map.entry(inline.start(), example));
            }
        }
        found.sort(Map.Entry.comparingByKey());
        found.forEach(entry -> examples.add(entry.getValue()));
        return examples;
    }

    /** Splits shell text into curl commands: quotes may span lines, a backslash joins lines, # starts a comment. */
    static List<Example> commands(String text) {
        List<Example> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        StringBuilder line = new StringBuilder();
        Integer announced = null;
        char quote = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
                line.append(c);
                continue;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            if (c == '#' && (word == null)) {
                int end = text.indexOf('\n', i);
                String comment = text.substring(i, end < 0 ? text.length() : end);
                Matcher status = ANNOUNCED.matcher(comment);
                announced = status.find() ? Integer.valueOf(status.group(1)) : announced;
                i = (end < 0 ? text.length() : end) - 1;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
                line.append(c);
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n') {
                    if (!words.isEmpty() && words.get(0).equals("curl")) {
                        commands.add(new Example(line.toString().strip(), List.copyOf(words), announced));
                    }
                    words.clear();
                    line.setLength(0);
                    announced = null;
                } else {
                    line.append(c);
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            word.append(c);
            line.append(c);
        }
        return commands;
    }

    private HttpResponse<String> run(List<String> words) throws IOException, InterruptedException {
        String method = null;
        String body = null;
        String url = null;
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-u" -> request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(words.get(++i).getBytes(StandardCharsets.UTF_8)));
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    request.header(header[0], header[1]);
                }
                case "-X" -> method = words.get(++i);
                case "-d", "--data" -> body = words.get(++i);
                case "-s", "-i", "-v" -> {
                    // output options of curl
                }
                default -> {
                    assertThat(word).as("a curl option this test does not know").startsWith("http");
                    url = word;
                }
            }
        }
        assertThat(url).as("URL of %s", words).isNotNull();
        // References carry the year they were filed in: the sample complaints are this year's.
        url = url.replace("http://localhost:8080", "http://localhost:" + app.port())
                .replace("-2026-", "-" + LocalDate.now().getYear() + "-");
        String verb = method != null ? method : body != null ? "POST" : "GET";
        request.uri(URI.create(url)).method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
