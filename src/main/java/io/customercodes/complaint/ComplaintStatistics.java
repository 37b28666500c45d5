package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.Promise;
import io.customercodes.version.VersionState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a code's complaints say about it: for its reviews, its API and the ad-hoc review trigger. */
@Service
public class ComplaintStatistics {

    static final int RECENT_DAYS = 30;

    /**
     * Complaints assessed in scope against the code within the trigger's window, and those raising a safety
     * issue; complaints not yet assessed are not known to concern the code's promises.
     */
    record Recent(int complaints, int safetyComplaints) {
    }

    /** The figures over a period; {@code answeredInTimePercent} is null while none was answered or overdue. */
    public record Summary(int received, Map<String, Integer> perPromise, int outOfScope, int safetyIssues,
            int answered, int answeredInTime, int overdue, Integer answeredInTimePercent, int open, int referred,
            Map<String, Integer> outcomes, Map<String, Integer> referralOutcomes) {
    }

    private final CodeVersionRepository versions;
    private final JdbcTemplate jdbc;

    ComplaintStatistics(CodeVersionRepository versions, JdbcTemplate jdbc) {
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /**
     * The last 30 days, but only since the code's latest review began: the complaints that raised a review
     * do not raise the next one.
     */
    Recent recent(Code code) {
        Instant now = EngineClock.now();
        Instant from = now.minus(Duration.ofDays(RECENT_DAYS));
        // Read from the review's table: the review feature uses these statistics, so this one cannot use it.
        Timestamp lastReview = jdbc.queryForObject("select max(started_at) from code_review where code_id = ?",
                Timestamp.class, code.getId());
        if (lastReview != null && lastReview.toInstant().isAfter(from)) {
            from = lastReview.toInstant();
        }
        return jdbc.queryForObject("select count(*), coalesce(sum(case when safety_issue then 1 else 0 end), 0)"
                + " from complaint where code_id = ? and received_at >= ? and received_at < ? and in_scope = true",
                (rs, row) -> new Recent(rs.getInt(1), rs.getInt(2)), code.getId(), timestamp(from),
                timestamp(now.plusNanos(1)));
    }

    @Transactional(readOnly = true)
    public Summary summary(Code code, Instant from, Instant until) {
        return summarize("code_id = ? and received_at >= ? and received_at < ?", code.getId(), timestamp(from),
                timestamp(until));
    }

    @Transactional(readOnly = true)
    public Summary summary(Code code) {
        return summarize("code_id = ?", code.getId());
    }

    /**
     * Complaints received per month, per promise ("promise 1", …, "other"), from the month of the first to the
     * month of the last, months without complaints counted as 0; empty while the code has none.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<YearMonth, Integer>> perMonthAndPromise(Code code) {
        // Months in the organization's time zone, counted by the database (a grouped index range, no rows).
        record Count(String promise, YearMonth month, int complaints) {
        }
        List<Count> found = jdbc.query("select promise_number, received_year, received_month, count(*) from"
                + " (select promise_number, extract(year from received_at at time zone cast(? as varchar)) as received_year,"
                + " extract(month from received_at at time zone cast(? as varchar)) as received_month from complaint"
                + " where code_id = ?) received group by promise_number, received_year, received_month",
                (rs, row) -> new Count(promise(rs, 1), YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4)),
                zone(), zone(), code.getId());
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        if (found.isEmpty()) {
            return counts;
        }
        YearMonth first = found.stream().map(Count::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = found.stream().map(Count::month).max(YearMonth::compareTo).orElseThrow();
        for (Count c : found) {
            counts.computeIfAbsent(c.promise(), promise -> {
                Map<YearMonth, Integer> zero = new TreeMap<>();
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    zero.put(m, 0);
                }
                return zero;
            }).merge(c.month(), c.complaints(), Integer::sum);
        }
        return counts;
    }

    /**
     * The figures of {@link #summary(Code)} counted by the database, grouped by what tells the figures apart:
     * a few dozen rows per code however many complaints it has. Answered in time as {@link
     * Complaint#answeredWithinPromisedTime()} says: the answer's date in the organization's time zone on or
     * before the due date; overdue also while an unanswered complaint, not found out of scope, is past it.
     */
    private Summary summarize(String where, Object... arguments) {
        Object[] parameters = new Object[arguments.length + 3];
        parameters[0] = zone();
        parameters[1] = zone();
        parameters[2] = Date.valueOf(EngineClock.today());
        System.arraycopy(arguments, 0, parameters, 3, arguments.length);
        Map<String, Integer> perPromise = new TreeMap<>();
        Map<ComplaintOutcome, Integer> outcomes = new EnumMap<>(ComplaintOutcome.class);
        Map<ReferralOutcome, Integer> referralOutcomes = new EnumMap<>(ReferralOutcome.class);
        int[] totals = new int[9];
        jdbc.query("select promise_number, outcome, referral_outcome, count(*),"
                + " coalesce(sum(case when in_scope = false then 1 else 0 end), 0),"
                + " coalesce(sum(case when safety_issue then 1 else 0 end), 0), count(responded_at),"
                + " coalesce(sum(case when cast(responded_at at time zone cast(? as varchar) as date) <= response_due_on then 1"
                + " else 0 end), 0),"
                + " coalesce(sum(case when cast(responded_at at time zone cast(? as varchar) as date) > response_due_on"
                + " or (responded_at is null and response_due_on < ? and (in_scope is null or in_scope = true))"
                + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when state <> 'CLOSED' then 1 else 0 end), 0), count(referred_at)"
                + " from complaint where " + where + " group by promise_number, outcome, referral_outcome", rs -> {
                    int complaints = rs.getInt(4);
                    perPromise.merge(promise(rs, 1), complaints, Integer::sum);
                    String outcome = rs.getString(2);
                    if (outcome != null) {
                        outcomes.merge(ComplaintOutcome.valueOf(outcome), complaints, Integer::sum);
                    }
                    String referralOutcome = rs.getString(3);
                    if (referralOutcome != null) {
                        referralOutcomes.merge(ReferralOutcome.valueOf(referralOutcome), complaints, Integer::sum);
                    }
                    for (int column = 4; column <= 11; column++) {
                        totals[column - 4] += rs.getInt(column);
                    }
                }, parameters);
        int received = totals[0];
        int inTime = totals[4];
        int overdue = totals[5];
        Integer percent = inTime + overdue == 0 ? null : Math.round(100f * inTime / (inTime + overdue));
        return new Summary(received, perPromise, totals[1], totals[2], totals[3], inTime, overdue, percent,
                totals[6], totals[7], names(outcomes), names(referralOutcomes));
    }

    private static String promise(ResultSet rs, int column) throws SQLException {
        int number = rs.getInt(column);
        return rs.wasNull() ? "other" : "promise " + number;
    }

    private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((value, count) -> named.put(value.name(), count));
        return named;
    }

    /**
     * The organization's zone by a tz database name, which H2 and PostgreSQL read alike; PostgreSQL would read
     * an offset such as +02:00 the POSIX way, as two hours west, so a whole-hour offset becomes Etc/GMT-2.
     */
    static String zone() {
        if (EngineClock.zone().normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() % 3600 == 0) {
            int hours = offset.getTotalSeconds() / 3600;
            return hours == 0 ? "UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
        }
        return EngineClock.zone().getId();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The complaints section of a review's data (ISO 10001 clause 8.1). */
    @Transactional(readOnly = true)
    public String markdown(Code code, Instant from, Instant until) {
        Summary s = summary(code, from, until);
        StringBuilder md = new StringBuilder("#### Complaints since ").append(EngineClock.dateOf(from))
                .append("\n\n");
        if (s.received() == 0) {
            return md.append("_No complaints cited the code._\n").toString();
        }
        md.append("- ").append(s.received()).append(" received, ").append(s.open()).append(" still open, ")
                .append(s.outOfScope()).append(" out of scope, ").append(s.safetyIssues())
                .append(" raising a safety issue\n");
        List<Promise> promises = versions.findByCodeAndState(code, VersionState.PUBLISHED)
                .map(CodeVersion::getPromises).orElse(List.of());
        s.perPromise().forEach((promise, count) -> md.append("- ").append(count).append(" against ")
                .append(label(promise, promises)).append('\n'));
        md.append("- Answered within the promised time: ").append(s.answeredInTimePercent() == null ? "—"
                : s.answeredInTimePercent() + " % (" + s.answeredInTime() + " of " + (s.answeredInTime()
                + s.overdue()) + ")").append('\n');
        md.append("- Referred to dispute resolution: ").append(s.referred()).append('\n');
        if (!s.outcomes().isEmpty()) {
            md.append("- Outcomes: ").append(words(s.outcomes())).append('\n');
        }
        if (!s.referralOutcomes().isEmpty()) {
            md.append("- Dispute resolution outcomes: ").append(words(s.referralOutcomes())).append('\n');
        }
        return md.toString();
    }

    private static String label(String key, List<Promise> promises) {
        if (!key.startsWith("promise ")) {
            return "other matters";
        }
        int number = Integer.parseInt(key.substring("promise ".length()));
        return number <= promises.size() ? "promise " + number + " (" + promises.get(number - 1).getText() + ")" : key;
    }

    private static String words(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase().replace('_', ' ')).toList());
    }
}
