package io.customercodes.bench;

import io.customercodes.audit.DecisionKind;
import io.customercodes.code.CodeListTotals;
import io.customercodes.code.InterestedParty;
import io.customercodes.complaint.ComplaintChannel;
import io.customercodes.complaint.ComplaintOutcome;
import io.customercodes.complaint.ComplaintState;
import io.customercodes.complaint.Severity;
import io.customercodes.version.Comparison;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.ProvisionType;
import io.customercodes.version.VersionState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Fills a stopped app's database with published codes (each indicator with a year of monthly readings) and closed
 * complaints for load tests: JDBC batches straight into our tables (after Flyway has brought the schema up to date),
 * no process engine. Seeded codes have no
 * lifecycle instance, and a seeded complaint's status link is {@code /codes/complaints/status/seed-<id>}: the data
 * is for measuring, not for a production database.
 *
 * <p>System properties: {@code seed.url}, {@code seed.user}, {@code seed.password}, {@code seed.codes} (10,000),
 * {@code seed.complaints} (1,000,000), {@code seed.prefix} (SEED), {@code seed.years} (3, how far back the
 * complaints go).
 */
public final class DatabaseSeeder {

    public record Result(int codes, int complaints, long firstComplaintId, int steps, Duration took) {
    }

    private static final int BATCH = 1000;
    /** A year of monthly readings for each indicator, up to last month. */
    static final int READINGS_PER_INDICATOR = 12;
    private static final int COMMIT_EVERY = 20_000;
    private static final String[] ORGANIZATIONS = {"Northwind Traders", "Contoso Retail", "Fabrikam Home",
        "Tailspin Toys", "Wide World Importers", "Adventure Works Cycles", "Blue Yonder Airlines",
        "Coho Winery", "Fourth Coffee", "Litware Books", "Lucerne Publishing", "Margie's Travel",
        "Proseware Clinics", "Southridge Video", "Trey Research", "Alpine Ski House", "Bellows College",
        "Datum Insurance", "Graphic Design Institute", "Humongous Energy", "Woodgrove Bank", "Nod Publishers",
        "VanArsdel Furniture", "Relecloud Telecom", "Munson's Pickles", "Hexagon Garden Centre", "Lamna Healthcare",
        "Wingtip Toys", "First Up Consultants", "Consolidated Messenger"};
    private static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Coastal", "Highland",
        "Metro", "Rural", "Online"};
    private static final String[] SUBJECTS = {"delivery", "returns", "privacy", "advertising", "repairs",
        "billing", "warranty", "booking", "subscription", "accessibility", "service", "refund"};
    private static final String[] KINDS = {"code of conduct", "customer promise", "service charter",
        "fair trading code", "customer code"};

    private final Connection db;
    private final Random random = new Random(20261126L);
    /** The readings' own, so that adding them left every other seeded value as it was. */
    private final Random readingValues = new Random(20261127L);
    private final String prefix;
    private final int years;

    private DatabaseSeeder(Connection db, String prefix, int years) {
        this.db = db;
        this.prefix = prefix;
        this.years = years;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("seed.url", "jdbc:h2:file:./data/customer-codes;DB_CLOSE_ON_EXIT=FALSE");
        String user = System.getProperty("seed.user", "sa");
        String password = System.getProperty("seed.password", "");
        Result result = seed(url, user, password, Integer.getInteger("seed.codes", 10_000),
                Integer.getInteger("seed.complaints", 1_000_000), System.getProperty("seed.prefix", "SEED"),
                Integer.getInteger("seed.years", 3));
        System.out.printf("Seeded %,d published codes, %,d closed complaints and %,d complaint steps in %d s%n",
                result.codes(), result.complaints(), result.steps(), result.took().toSeconds());
        // For the read benchmark, whose status pages pick seeded complaints by id.
        System.out.printf("first-complaint-id=%d%n", result.firstComplaintId());
    }

    public static Result seed(String url, String user, String password, int codes, int complaints, String prefix,
            int years) throws SQLException {
        if (codes < 1 || complaints < 0 || years < 1 || !prefix.matches("[A-Z][A-Z0-9]{0,19}")) {
            throw new IllegalArgumentException("Need at least 1 code, no negative complaints, at least 1 year and a"
                    + " prefix of capitals and digits (up to 20)");
        }
        Instant start = Instant.now();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            DatabaseSeeder seeder = new DatabaseSeeder(db, prefix, years);
            seeder.refuseSecondRun();
            long[] versionIds = seeder.codes(codes);
            System.out.printf("%,d codes%n", codes);
            long firstComplaintId = seeder.nextId("complaint");
            int steps = seeder.complaints(versionIds, complaints);
            seeder.codesInForceByCategory();
            seeder.listTotals();
            seeder.restartIdentities();
            db.commit();
            if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // Statistics for the planner and the visibility map that lets it answer from an index alone, as a
                // database that grew over time has them; after a bulk load autovacuum gets there only later.
                db.setAutoCommit(true);
                try (var vacuum = db.createStatement()) {
                    vacuum.execute("vacuum analyze");
                }
            }
            return new Result(codes, complaints, firstComplaintId, steps, Duration.between(start, Instant.now()));
        }
    }

    /** A code key of this seed: SEED-00001. */
    public static String key(String prefix, int number) {
        return "%s-%05d".formatted(prefix, number);
    }

    /** The token of a seeded complaint's status page (the hash of it is stored). */
    public static String statusToken(long complaintId) {
        return "seed-" + complaintId;
    }

    private void refuseSecondRun() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from code where code_key like ?")) {
            query.setString(1, prefix + "-%");
            var rows = query.executeQuery();
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database holds seeded codes (" + prefix + "-...) already: seed"
                        + " a fresh database or choose another seed.prefix");
            }
        }
    }

    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The codes, each with one published version, its promises, provisions and indicators; the version ids. */
    private long[] codes(int count) throws SQLException {
        long codeId = nextId("code");
        long versionId = nextId("code_version");
        long promiseId = nextId("promise");
        long provisionId = nextId("related_provision");
        long indicatorId = nextId("performance_indicator");
        long readingId = nextId("indicator_reading");
        long decisionId = nextId("decision_record");
        long[] versionIds = new long[count];
        Instant now = now();
        PromiseCategory[] categories = PromiseCategory.values();
        try (PreparedStatement code = db.prepareStatement("insert into code (id, code_key, title, organization, scope,"
                + " review_interval_months, next_review_on, accepting_complaints, created_by, created_at, in_force,"
                + " published_once)"
                + " values (?, ?, ?, ?, ?, 12, ?, true, 'seed', ?, true, true)");
                PreparedStatement party = db.prepareStatement(
                        "insert into code_interested_party (code_id, position, party) values (?, ?, ?)");
                PreparedStatement version = db.prepareStatement("insert into code_version (id, code_id, number, state,"
                        + " objectives, procedures, communication_plan, resources, response_days, created_by,"
                        + " created_at, state_changed_at, published_by, published_at)"
                        + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'seed', ?, ?, 'seed', ?)");
                PreparedStatement promise = db.prepareStatement(
                        "insert into promise (id, version_id, position, category, text) values (?, ?, ?, ?, ?)");
                PreparedStatement provision = db.prepareStatement("insert into related_provision (id, version_id,"
                        + " position, type, text, promise_number) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement indicator = db.prepareStatement("insert into performance_indicator (id, version_id,"
                        + " position, name, promise_number, comparison, target_value, unit)"
                        + " values (?, ?, ?, ?, ?, ?, ?, '%')");
                PreparedStatement reading = db.prepareStatement("insert into indicator_reading (id, indicator_id,"
                        + " measured_on, reading_value, recorded_by, recorded_at) values (?, ?, ?, ?, 'seed', ?)");
                PreparedStatement decision = db.prepareStatement("insert into decision_record (id, code_id,"
                        + " version_id, kind, decision, comment, actor, decided_at) values (?, ?, ?, ?, ?, ?, 'seed', ?)")) {
            for (int n = 1; n <= count; n++) {
                String organization = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)] + " "
                        + REGIONS[random.nextInt(REGIONS.length)];
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                String title = capitalized(subject) + " " + KINDS[random.nextInt(KINDS.length)] + " " + n;
                Instant published = now.minus(Duration.ofDays(years * 365L + 30 + random.nextInt(300)));
                code.setLong(1, codeId);
                code.setString(2, key(prefix, n));
                code.setString(3, title);
                code.setString(4, organization);
                code.setString(5, "Every " + subject + " matter between " + organization + " and its customers.");
                code.setDate(6, Date.valueOf(LocalDate.now(ZoneOffset.UTC).plusDays(1 + random.nextInt(360))));
                code.setTimestamp(7, Timestamp.from(published.minus(Duration.ofDays(60))));
                code.addBatch();
                party.setLong(1, codeId);
                party.setInt(2, 0);
                party.setString(3, InterestedParty.CUSTOMER_REPRESENTATIVES.name());
                party.addBatch();
                version.setLong(1, versionId);
                version.setLong(2, codeId);
                version.setString(3, VersionState.PUBLISHED.name());
                version.setString(4, "Customers of " + organization + " know what to expect about " + subject + ".");
                version.setString(5, "Complaints are acknowledged within a day and investigated by the service team.");
                version.setString(6, "On the website, in every shop and on every receipt.");
                version.setString(7, "A service team of " + (2 + random.nextInt(20)) + " people.");
                version.setInt(8, 5 + random.nextInt(16));
                version.setTimestamp(9, Timestamp.from(published.minus(Duration.ofDays(45))));
                version.setTimestamp(10, Timestamp.from(published));
                version.setTimestamp(11, Timestamp.from(published));
                version.addBatch();
                int promises = 2 + random.nextInt(3);
                for (int p = 0; p < promises; p++) {
                    PromiseCategory category = categories[random.nextInt(categories.length)];
                    promise.setLong(1, promiseId++);
                    promise.setLong(2, versionId);
                    promise.setInt(3, p);
                    promise.setString(4, category.name());
                    promise.setString(5, "We keep our word on " + category.label().toLowerCase() + " ("
                            + subject + "), promise " + (p + 1) + ".");
                    promise.addBatch();
                    indicator.setLong(1, indicatorId++);
                    indicator.setLong(2, versionId);
                    indicator.setInt(3, p);
                    indicator.setString(4, "Share of customers for whom promise " + (p + 1) + " was kept");
                    indicator.setInt(5, p + 1);
                    indicator.setString(6, Comparison.AT_LEAST.name());
                    indicator.setBigDecimal(7, java.math.BigDecimal.valueOf(90 + random.nextInt(10)));
                    indicator.addBatch();
                    LocalDate lastMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
                    for (int month = READINGS_PER_INDICATOR - 1; month >= 0; month--) {
                        LocalDate measured = lastMonth.minusMonths(month);
                        reading.setLong(1, readingId++);
                        reading.setLong(2, indicatorId - 1);
                        reading.setDate(3, Date.valueOf(measured));
                        reading.setBigDecimal(4, java.math.BigDecimal.valueOf(85 + readingValues.nextInt(16)));
                        reading.setTimestamp(5, Timestamp.from(measured.plusMonths(1).atStartOfDay()
                                .toInstant(ZoneOffset.UTC)));
                        reading.addBatch();
                    }
                }
                provision.setLong(1, provisionId++);
                provision.setLong(2, versionId);
                provision.setInt(3, 0);
                provision.setString(4, ProvisionType.COMPLAINT_CHANNEL.name());
                provision.setString(5, "Complain on our website or at any counter.");
                provision.setNull(6, Types.INTEGER);
                provision.addBatch();
                provision.setLong(1, provisionId++);
                provision.setLong(2, versionId);
                provision.setInt(3, 1);
                provision.setString(4, ProvisionType.REMEDY.name());
                provision.setString(5, "A refund or a replacement, as the customer prefers.");
                provision.setInt(6, 1);
                provision.addBatch();
                decision(decision, decisionId++, codeId, null, DecisionKind.CODE_CREATED, "CREATED",
                        published.minus(Duration.ofDays(60)));
                decision(decision, decisionId++, codeId, versionId, DecisionKind.PUBLICATION, "PUBLISHED", published);
                versionIds[n - 1] = versionId;
                codeId++;
                versionId++;
                if (n % BATCH == 0 || n == count) {
                    for (PreparedStatement batch : List.of(code, party, version, promise, provision, indicator,
                            reading, decision)) {
                        batch.executeBatch();
                    }
                    db.commit();
                }
            }
        }
        return versionIds;
    }

    private static void decision(PreparedStatement decision, long id, long codeId, Long versionId, DecisionKind kind,
            String outcome, Instant at) throws SQLException {
        decision.setLong(1, id);
        decision.setLong(2, codeId);
        if (versionId == null) {
            decision.setNull(3, Types.BIGINT);
        } else {
            decision.setLong(3, versionId);
        }
        decision.setString(4, kind.name());
        decision.setString(5, outcome);
        decision.setString(6, "Seeded for a load test.");
        decision.setTimestamp(7, Timestamp.from(at));
        decision.addBatch();
    }

    /**
     * Closed complaints spread over the codes and the last years, numbered per code and year in the order they
     * came in; each with its acknowledgement and closing steps. Returns the number of steps.
     */
    private int complaints(long[] versionIds, int count) throws SQLException {
        long firstCodeId = versionCode(versionIds[0]);
        long complaintId = nextId("complaint");
        long stepId = nextId("complaint_step");
        Instant now = now();
        long span = Duration.ofDays(years * 365L).toSeconds();
        int codes = versionIds.length;
        int steps = 0;
        int written = 0;
        MessageDigest sha256 = sha256();
        Severity[] severities = Severity.values();
        try (PreparedStatement complaint = db.prepareStatement("insert into complaint (id, reference, code_id,"
                + " version_id, received_year, number_in_year, promise_number, what_happened, remedy_wanted,"
                + " complainant_name, complainant_email, consent_given_at, status_token_hash, channel, received_at,"
                + " response_days, response_due_on, handling_started_at, state, severity, safety_issue, in_scope,"
                + " assessment_notes, findings, root_cause, remedy_offered, response_text, responded_at,"
                + " complainant_accepts, answered_at, answered_via, outcome, remedy_delivered, closed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)");
                PreparedStatement step = db.prepareStatement("insert into complaint_step (id, complaint_id, position,"
                        + " step, actor, completed_at, due_at, on_time, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < codes; c++) {
                int ofCode = count / codes + (c < count % codes ? 1 : 0);
                long[] received = new long[ofCode];
                for (int i = 0; i < ofCode; i++) {
                    received[i] = now.getEpochSecond() - 30 * 86_400L - (long) (random.nextDouble() * span);
                }
                Arrays.sort(received);
                String key = key(prefix, c + 1);
                int year = 0;
                int numberInYear = 0;
                for (long epoch : received) {
                    Instant at = Instant.ofEpochSecond(epoch);
                    int receivedYear = at.atZone(ZoneOffset.UTC).getYear();
                    numberInYear = receivedYear == year ? numberInYear + 1 : 1;
                    year = receivedYear;
                    boolean inScope = random.nextInt(10) != 0;
                    int responseDays = 10;
                    LocalDate due = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14);
                    Instant responded = at.plus(Duration.ofHours(24 + random.nextInt(24 * 16)));
                    Instant closed = responded.plus(Duration.ofDays(1 + random.nextInt(10)));
                    int p = 0;
                    complaint.setLong(++p, complaintId);
                    complaint.setString(++p, "%s-%d-%05d".formatted(key, receivedYear, numberInYear));
                    complaint.setLong(++p, firstCodeId + c);
                    complaint.setLong(++p, versionIds[c]);
                    complaint.setInt(++p, receivedYear);
                    complaint.setInt(++p, numberInYear);
                    complaint.setInt(++p, 1);
                    complaint.setString(++p, "The order I placed on " + LocalDate.ofInstant(at, ZoneOffset.UTC)
                            + " did not arrive as promised.");
                    complaint.setString(++p, "A refund");
                    complaint.setString(++p, "Customer " + complaintId);
                    complaint.setString(++p, "customer" + complaintId + "@example.org");
                    complaint.setTimestamp(++p, Timestamp.from(at));
                    complaint.setString(++p, HexFormat.of().formatHex(sha256.digest(
                            statusToken(complaintId).getBytes(StandardCharsets.UTF_8))));
                    complaint.setString(++p, ComplaintChannel.values()[random.nextInt(3)].name());
                    complaint.setTimestamp(++p, Timestamp.from(at));
                    complaint.setInt(++p, responseDays);
                    complaint.setDate(++p, Date.valueOf(due));
                    complaint.setTimestamp(++p, Timestamp.from(at.plus(Duration.ofHours(2))));
                    complaint.setString(++p, ComplaintState.CLOSED.name());
                    complaint.setString(++p, severities[random.nextInt(severities.length)].name());
                    complaint.setBoolean(++p, random.nextInt(200) == 0);
                    complaint.setBoolean(++p, inScope);
                    complaint.setString(++p, inScope ? "Concerns the delivery promise." : "Not about the code.");
                    complaint.setString(++p, inScope ? "The parcel was held at the depot." : null);
                    complaint.setString(++p, inScope ? "A missed hand-over between carriers." : null);
                    complaint.setString(++p, inScope ? "A full refund." : null);
                    complaint.setString(++p, "Thank you for telling us. " + (inScope ? "We refund the order."
                            : "This matter is not covered by our code."));
                    complaint.setTimestamp(++p, Timestamp.from(responded));
                    complaint.setObject(++p, inScope ? Boolean.TRUE : null, Types.BOOLEAN);
                    complaint.setTimestamp(++p, inScope ? Timestamp.from(closed) : null);
                    complaint.setString(++p, inScope ? "STATUS_PAGE" : null);
                    complaint.setString(++p, (inScope ? ComplaintOutcome.RESOLVED : ComplaintOutcome.OUT_OF_SCOPE)
                            .name());
                    complaint.setString(++p, inScope ? "Refunded." : null);
                    complaint.setTimestamp(++p, Timestamp.from(closed));
                    complaint.addBatch();
                    step(step, stepId++, complaintId, 0, "ACKNOWLEDGEMENT", at.plus(Duration.ofMinutes(1)),
                            at.plus(Duration.ofDays(1)), "acknowledged");
                    step(step, stepId++, complaintId, 1, "CLOSING", closed, null, inScope ? "resolved" : "out of scope");
                    steps += 2;
                    complaintId++;
                    written++;
                    if (written % BATCH == 0) {
                        complaint.executeBatch();
                        step.executeBatch();
                    }
                    if (written % COMMIT_EVERY == 0) {
                        db.commit();
                    }
                    if (written % 100_000 == 0) {
                        System.out.printf("%,d complaints%n", written);
                    }
                }
            }
            complaint.executeBatch();
            step.executeBatch();
            db.commit();
        }
        return steps;
    }

    private static void step(PreparedStatement step, long id, long complaintId, int position, String name,
            Instant at, Instant due, String outcome) throws SQLException {
        step.setLong(1, id);
        step.setLong(2, complaintId);
        step.setInt(3, position);
        step.setString(4, name);
        step.setString(5, "seed");
        step.setTimestamp(6, Timestamp.from(at));
        step.setTimestamp(7, due == null ? null : Timestamp.from(due));
        step.setObject(8, due == null ? null : Boolean.TRUE, Types.BOOLEAN);
        step.setString(9, outcome);
        step.addBatch();
    }

    private long versionCode(long versionId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select code_id from code_version where id = ?")) {
            query.setLong(1, versionId);
            var rows = query.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement query = db.createStatement()) {
            var rows = query.executeQuery("select coalesce(max(id), 0) + 1 from " + table);
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The totals of the public lists, which the app keeps as it publishes and which the seeding changed. */
    private void listTotals() throws SQLException {
        try (Statement recount = db.createStatement()) {
            for (String sql : CodeListTotals.RECOUNT) {
                recount.executeUpdate(sql);
            }
        }
    }

    /** What VersionLifecycle writes when a version is published, for the seeded codes. */
    private void codesInForceByCategory() throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into code_in_force_category (category, title,"
                + " code_key, code_id) select distinct p.category, c.title, c.code_key, c.id from code c"
                + " join code_version v on v.code_id = c.id and v.state = 'PUBLISHED' join promise p on p.version_id"
                + " = v.id where c.code_key like ?")) {
            insert.setString(1, prefix + "-%");
            insert.executeUpdate();
        }
    }

    /** The ids were given here, so the identity columns must go on after them for the app's own inserts. */
    private void restartIdentities() throws SQLException {
        for (String table : List.of("code", "code_version", "promise", "related_provision", "performance_indicator",
                "indicator_reading", "decision_record", "complaint", "complaint_step")) {
            long next = nextId(table);
            try (Statement alter = db.createStatement()) {
                alter.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
