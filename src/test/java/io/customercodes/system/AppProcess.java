package io.customercodes.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, started with this JVM's java binary and class path in a working
 * folder of its own, so its default H2 file database lands in that folder's ./data as in the README's run.
 * Its output is appended to app.log in that folder.
 */
public final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path folder;
    private final Map<String, String> properties;
    private Process process;
    private int port;

    /** @param properties Spring properties for every start (e.g. another database), none for the default run */
    public AppProcess(Path folder, Map<String, String> properties) {
        this.folder = folder;
        this.properties = properties;
    }

    public Path log() {
        return folder.resolve("app.log");
    }

    public int port() {
        return port;
    }

    /** Starts the application and waits until it is ready for users. */
    public void startAndAwaitReady(Duration timeout) {
        start();
        awaitReady(timeout);
    }

    /** Starts the application; it listens before it is ready. */
    void start() {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "io.customercodes.CustomerCodesApplication",
                "--server.port=" + port));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(folder);
            Files.writeString(log(), "\n===== start: " + command + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            // The child runs the default configuration, whatever profile this test JVM or its shell has.
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            builder.environment().remove("SPRING_PROFILES_INCLUDE");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the JVM with SIGKILL, as kill -9 does: no shutdown hook, no clean close of the database.
     * Returns the exit status the kill left, 128 + the signal number.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return process.exitValue();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue() + "; see " + log());
            }
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("The application was not ready within " + timeout + "; see " + log());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The HTTP status of an anonymous GET, -1 while nothing listens. */
    int status(String path) {
        return get(path, "application/json").map(HttpResponse::statusCode).orElse(-1);
    }

    /** An anonymous GET as a browser or an API client sends it; empty while nothing listens. */
    Optional<HttpResponse<String>> get(String path, String accept) {
        try {
            return Optional.of(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", accept).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notListeningYet) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
