package io.customercodes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers against a running app on a seeded database ({@link DatabaseSeeder}): each of {@code bench.threads} (8)
 * fetches public pages and /api lists of random codes, pages and searches, one after the other, for
 * {@code bench.seconds} (60) after {@code bench.warmup} seconds (10) not counted; then p50/p99 per kind of page,
 * printed and written to target/benchmark/reads.md.
 *
 * <p>System properties: {@code bench.url} (http://localhost:8080), {@code bench.codes} and {@code bench.complaints}
 * the seed's sizes (10,000 and 1,000,000), {@code bench.firstComplaint} the id of the first seeded complaint (1 in
 * a fresh database; the seeder prints it),
 * {@code bench.prefix} (SEED), {@code bench.user}/{@code bench.password} for /api (demo/demo), who sees drafts, and
 * {@code bench.stakeholder} (sam, password the same) for the list of those who see published codes only.
 */
public final class ReadBenchmark {

    enum Kind {
        CODES_PAGE("/codes?page=N"),
        CODES_SEARCH("/codes?q=text"),
        CODES_CATEGORY("/codes?category=C&page=N"),
        CODE_PAGE("/codes/{key}"),
        CODE_HISTORY("/codes/{key}/versions"),
        COMPLAINT_STATUS("/codes/complaints/status/{token}"),
        API_CODES("/api/codes?page=N"),
        API_CODES_PUBLISHED("/api/codes?page=N (a stakeholder: published codes only)"),
        API_CODE("/api/codes/{key}"),
        API_VERSIONS("/api/codes/{key}/versions"),
        API_VERSION("/api/codes/{key}/versions/1"),
        API_COMPLAINTS("/api/codes/{key}/complaints?page=N"),
        API_STATISTICS("/api/codes/{key}/complaints/statistics"),
        API_AUDIT("/api/codes/{key}/audit"),
        API_DECISIONS("/api/codes/{key}/decisions"),
        API_REVIEWS("/api/codes/{key}/reviews"),
        API_INDICATORS("/api/codes/{key}/indicators"),
        API_READINGS("/api/codes/{key}/indicators/{id}/readings"),
        API_COMPLAINT("/api/complaints/{reference}");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
    private static final Pattern INDICATOR = Pattern.compile("\"indicatorId\":(\\d+)");
    private static final int REMEMBERED = 500;

    private static final String[] SEARCHES = {"northwind", "contoso", "delivery", "returns", "charter", "coastal",
        "metro", "bank", "privacy code", "toys", "seed-0012", "refund"};
    private static final String[] CATEGORIES = {"DELIVERY", "RETURNS", "PERSONAL_INFORMATION", "ADVERTISING",
        "PRODUCT_ATTRIBUTES", "COMPLAINTS", "OTHER"};

    private final String url;
    private final int codes;
    private final int complaints;
    private final long firstComplaintId;
    private final String prefix;
    private final String authorization;
    private final String stakeholderAuthorization;

    private ReadBenchmark(String url, int codes, int complaints, long firstComplaintId, String prefix, String user,
            String password, String stakeholder) {
        this.url = url;
        this.codes = codes;
        this.complaints = complaints;
        this.firstComplaintId = firstComplaintId;
        this.prefix = prefix;
        this.authorization = basic(user, password);
        this.stakeholderAuthorization = basic(stakeholder, stakeholder);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a reader's earlier answers named, as a client finds them: complaint references in a code's complaints,
     * readings lists in a code's indicators. The kinds that read one of them fall back to the list until it has.
     */
    private static final class Seen {
        final List<String> complaints = new ArrayList<>();
        final List<String> readings = new ArrayList<>();

        void remember(Kind kind, String path, String body) {
            if (kind == Kind.API_COMPLAINTS) {
                Matcher reference = REFERENCE.matcher(body);
                while (reference.find()) {
                    keep(complaints, "/api/complaints/" + reference.group(1));
                }
            } else if (kind == Kind.API_INDICATORS) {
                Matcher indicator = INDICATOR.matcher(body);
                while (indicator.find()) {
                    keep(readings, path + "/" + indicator.group(1) + "/readings");
                }
            }
        }

        private static void keep(List<String> paths, String path) {
            if (paths.size() < REMEMBERED) {
                paths.add(path);
            } else {
                paths.set(ThreadLocalRandom.current().nextInt(REMEMBERED), path);
            }
        }

        static String any(List<String> paths) {
            return paths.isEmpty() ? null : paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
        }
    }

    /** One reader's timings: per kind, the milliseconds of each answer, and the count of failed ones. */
    private static final class Timings {
        final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
        final Map<Kind, Integer> failed = new EnumMap<>(Kind.class);

        Timings() {
            for (Kind kind : Kind.values()) {
                nanos.put(kind, new ArrayList<>());
                failed.put(kind, 0);
            }
        }

        void add(Timings other) {
            other.nanos.forEach((kind, values) -> nanos.get(kind).addAll(values));
            other.failed.forEach((kind, count) -> failed.merge(kind, count, Integer::sum));
        }
    }

    public static void main(String[] args) throws Exception {
        ReadBenchmark benchmark = new ReadBenchmark(System.getProperty("bench.url", "http://localhost:8080"),
                Integer.getInteger("bench.codes", 10_000), Integer.getInteger("bench.complaints", 1_000_000),
                Long.getLong("bench.firstComplaint", 1), System.getProperty("bench.prefix", "SEED"),
                System.getProperty("bench.user", "demo"),
                System.getProperty("bench.password", "demo"), System.getProperty("bench.stakeholder", "sam"));
        int threads = Integer.getInteger("bench.threads", 8);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 10);
        Timings all = benchmark.run(threads, warmup, seconds);
        String report = benchmark.report(all, threads, seconds);
        System.out.println(report);
        Path file = Path.of(System.getProperty("bench.report", "target/benchmark/reads.md"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private Timings run(int threads, int warmupSeconds, int seconds) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        long until = measureFrom + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Timings>> readers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            readers.add(pool.submit(() -> read(measureFrom, until)));
        }
        Timings all = new Timings();
        for (Future<Timings> reader : readers) {
            all.add(reader.get());
        }
        pool.shutdown();
        return all;
    }

    private Timings read(long measureFrom, long until) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Timings timings = new Timings();
        Seen seen = new Seen();
        Kind[] kinds = Kind.values();
        while (System.nanoTime() < until) {
            Kind kind = kinds[ThreadLocalRandom.current().nextInt(kinds.length)];
            String path = switch (kind) {
                case API_COMPLAINT -> Seen.any(seen.complaints);
                case API_READINGS -> Seen.any(seen.readings);
                default -> path(kind);
            };
            if (path == null) {
                kind = kind == Kind.API_COMPLAINT ? Kind.API_COMPLAINTS : Kind.API_INDICATORS;
                path = path(kind);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(30));
            if (kind.name().startsWith("API_")) {
                request.header("Authorization", kind == Kind.API_CODES_PUBLISHED ? stakeholderAuthorization
                        : authorization).header("Accept", "application/json");
            }
            long sent = System.nanoTime();
            String body = null;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                body = response.statusCode() == 200 ? response.body() : null;
            } catch (IOException e) {
                body = null;
            }
            long answered = System.nanoTime();
            boolean ok = body != null;
            if (ok) {
                seen.remember(kind, path, body);
            }
            if (sent >= measureFrom) {
                if (ok) {
                    timings.nanos.get(kind).add(answered - sent);
                } else {
                    timings.failed.merge(kind, 1, Integer::sum);
                }
            }
        }
        return timings;
    }

    private String path(Kind kind) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String key = DatabaseSeeder.key(prefix, 1 + random.nextInt(codes));
        IntFunction<Integer> page = pages -> 1 + random.nextInt(Math.max(1, pages));
        return switch (kind) {
            case CODES_PAGE -> "/codes?page=" + page.apply(codes / 25);
            case CODES_SEARCH -> "/codes?q=" + SEARCHES[random.nextInt(SEARCHES.length)].replace(" ", "+");
            case CODES_CATEGORY -> "/codes?category=" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "&page="
                    + page.apply(codes / 25 / CATEGORIES.length);
            case CODE_PAGE -> "/codes/" + key;
            case CODE_HISTORY -> "/codes/" + key + "/versions";
            case COMPLAINT_STATUS -> "/codes/complaints/status/" + DatabaseSeeder.statusToken(
                    firstComplaintId + random.nextInt(Math.max(1, complaints)));
            case API_CODES, API_CODES_PUBLISHED -> "/api/codes?page=" + page.apply(codes / 100);
            case API_CODE -> "/api/codes/" + key;
            case API_VERSIONS -> "/api/codes/" + key + "/versions";
            case API_VERSION -> "/api/codes/" + key + "/versions/1";
            case API_COMPLAINTS -> "/api/codes/" + key + "/complaints?size=50&page="
                    + page.apply(complaints / codes / 50);
            case API_STATISTICS -> "/api/codes/" + key + "/complaints/statistics";
            case API_AUDIT -> "/api/codes/" + key + "/audit";
            case API_DECISIONS -> "/api/codes/" + key + "/decisions";
            case API_REVIEWS -> "/api/codes/" + key + "/reviews";
            case API_INDICATORS -> "/api/codes/" + key + "/indicators";
            case API_READINGS, API_COMPLAINT -> throw new IllegalArgumentException(kind + " is read from what a list named");
        };
    }

    private String report(Timings all, int threads, int seconds) {
        StringBuilder md = new StringBuilder("## Reads on a seeded database\n\n")
                .append(String.format(Locale.ROOT, "%d readers for %d s against %s; %,d codes, %,d complaints"
                        + " seeded.%n%n", threads, seconds, url, codes, complaints))
                .append("| Page | Requests | Failed | p50 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        List<Long> everything = new ArrayList<>();
        int failed = 0;
        for (Kind kind : Kind.values()) {
            List<Long> nanos = all.nanos.get(kind);
            everything.addAll(nanos);
            failed += all.failed.get(kind);
            md.append(row("`" + kind.label + "`", nanos, all.failed.get(kind)));
        }
        md.append(row("**all**", everything, failed));
        md.append(String.format(Locale.ROOT, "%nThroughput: %.0f answers per second.%n",
                everything.size() / (double) seconds));
        return md.toString();
    }

    private static String row(String label, List<Long> nanos, int failed) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", label, nanos.size(), failed,
                Percentiles.millis(nanos, 50), Percentiles.millis(nanos, 99), Percentiles.millis(nanos, 100));
    }
}
