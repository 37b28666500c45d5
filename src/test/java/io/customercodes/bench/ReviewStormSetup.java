package io.customercodes.bench;

import io.customercodes.CustomerCodesApplication;
import io.customercodes.system.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a fresh PostgreSQL database into the state of {@code codes} published and implemented codes whose lifecycles
 * wait for their next review, for scripts/review-storm.sh. The codes, versions, promises and indicators come from
 * {@link DatabaseSeeder}; then the app itself (the prod jar's classes and processes, run by the script through
 * Spring Boot's PropertiesLauncher so the deployment is the one the nodes find) boots with its job executor off and
 * starts one codeLifecycle instance per code at the event-based gateway {@code Gateway_ReviewTrigger}, where a real
 * lifecycle waits after ScheduleReviewDelegate: a timer job for {@code Timer_ReviewDue} and a message subscription
 * for an ad-hoc review. The instance carries the variables a real one holds there, and its subject (code, published
 * version) is recorded as CreateCodeDelegate and OpenDraftVersionDelegate would have recorded it.
 *
 * <p>System properties: {@code storm.codes} (10,000), {@code storm.threads} (4). The database comes from the prod
 * profile's environment (CUSTOMER_CODES_DB_URL, ...), as for the nodes.
 */
public final class ReviewStormSetup {

    static final String PREFIX = "STORM";
    private static final LocalTime REVIEW_TIME = LocalTime.of(8, 0);

    record WaitingCode(long codeId, String key, long versionId, LocalDate nextReviewOn) {
    }

    private ReviewStormSetup() {
    }

    public static void main(String[] args) throws Exception {
        int codes = Integer.getInteger("storm.codes", 10_000);
        int threads = Integer.getInteger("storm.threads", 4);
        String url = System.getenv("CUSTOMER_CODES_DB_URL");
        String user = System.getenv("CUSTOMER_CODES_DB_USER");
        String password = System.getenv("CUSTOMER_CODES_DB_PASSWORD");
        Instant start = Instant.now();
        DatabaseSeeder.seed(url, user, password, codes, 0, PREFIX, 1);
        System.out.printf("Seeded %,d codes in %d s%n", codes, Duration.between(start, Instant.now()).toSeconds());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CustomerCodesApplication.class)
                .profiles("prod")
                .properties("camunda.bpm.job-execution.enabled=false", "server.port=0",
                        "logging.level.root=WARN")
                .run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);
            List<WaitingCode> waiting = jdbc.query("select c.id, c.code_key, v.id, c.next_review_on from code c"
                    + " join code_version v on v.code_id = c.id and v.state = 'PUBLISHED' where c.code_key like ?"
                    + " order by c.id", (row, n) -> new WaitingCode(row.getLong(1), row.getString(2), row.getLong(3),
                            row.getDate(4).toLocalDate()), PREFIX + "-%");
            Instant lifecycles = Instant.now();
            startLifecycles(runtime, jdbc, waiting, threads);
            System.out.printf("Started %,d lifecycles waiting for their review in %d s%n", waiting.size(),
                    Duration.between(lifecycles, Instant.now()).toSeconds());
        }
    }

    /**
     * The variables go with the start instruction, not with the start itself: FormSubmissionGuard holds a start's
     * own variables against the start form (a code proposal), which these are not; an instruction's variables are
     * set on the instance before the gateway arms its timer.
     */
    private static void startLifecycles(RuntimeService runtime, JdbcTemplate jdbc, List<WaitingCode> waiting,
            int threads) throws Exception {
        List<Object[]> subjects = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (WaitingCode code : waiting) {
                work.add(pool.submit(() -> {
                    String instance = runtime.createProcessInstanceByKey("codeLifecycle")
                            .businessKey(code.key())
                            .startBeforeActivity("Gateway_ReviewTrigger")
                            .setVariables(variablesAtReviewTrigger(code))
                            .execute().getId();
                    subjects.add(new Object[] {instance, code.codeId(), code.versionId()});
                    int count = started.incrementAndGet();
                    if (count % 1000 == 0) {
                        System.out.printf("%,d lifecycles%n", count);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        jdbc.batchUpdate("insert into process_subject (process_instance_id, code_id, version_id) values (?, ?, ?)",
                subjects);
    }

    /**
     * What a lifecycle holds when ScheduleReviewDelegate has run after a first version was published and implemented
     * (the start form's fields aside): the ids CreateCodeDelegate and OpenDraftVersionDelegate set, the development
     * outcome, AssessPerformanceDelegate's figures for a code without complaints or readings, the review-interval
     * decision and the review date.
     */
    static Map<String, Object> variablesAtReviewTrigger(WaitingCode code) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("codeKey", code.key());
        variables.put("versionId", code.versionId());
        variables.put("versionNumber", 1);
        variables.put("developmentOutcome", "PUBLISHED");
        variables.put("reviewIntervalMonths", 12);
        variables.put("complaintsSinceLastReview", 0);
        variables.put("missedIndicatorTargets", 0);
        variables.put("averageSatisfactionScore", null);
        variables.put("satisfactionAnswers", 0);
        variables.put("monthsUntilNextReview", 12);
        variables.put("nextReviewDate",
                Date.from(code.nextReviewOn().atTime(REVIEW_TIME).atZone(EngineClock.zone()).toInstant()));
        return variables;
    }
}
