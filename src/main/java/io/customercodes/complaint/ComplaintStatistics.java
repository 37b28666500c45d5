package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.Promise;
import io.customercodes.version.VersionState;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
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

    private final ComplaintRepository complaints;
    private final CodeVersionRepository versions;
    private final JdbcTemplate jdbc;

    ComplaintStatistics(ComplaintRepository complaints, CodeVersionRepository versions, JdbcTemplate jdbc) {
        this.complaints = complaints;
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
        List<Complaint> inScope = complaints.receivedBetween(code.getId(), from, now.plusNanos(1)).stream()
                .filter(c -> Boolean.TRUE.equals(c.getInScope())).toList();
        return new Recent(inScope.size(), (int) inScope.stream().filter(Complaint::isSafetyIssue).count());
    }

    @Transactional(readOnly = true)
    public Summary summary(Code code, Instant from, Instant until) {
        return summarize(complaints.receivedBetween(code.getId(), from, until));
    }

    @Transactional(readOnly = true)
    public Summary summary(Code code) {
        return summarize(complaints.findByCodeIdOrderByReceivedAtAsc(code.getId()));
    }

    /**
     * Complaints received per month, per promise ("promise 1", …, "other"), from the month of the first to the
     * month of the last, months without complaints counted as 0; empty while the code has none.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<YearMonth, Integer>> perMonthAndPromise(Code code) {
        List<Complaint> all = complaints.findByCodeIdOrderByReceivedAtAsc(code.getId());
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        if (all.isEmpty()) {
            return counts;
        }
        YearMonth first = YearMonth.from(EngineClock.dateOf(all.get(0).getReceivedAt()));
        YearMonth last = YearMonth.from(EngineClock.dateOf(all.get(all.size() - 1).getReceivedAt()));
        for (Complaint c : all) {
            Map<YearMonth, Integer> months = counts.computeIfAbsent(
                    c.getPromiseNumber() == null ? "other" : "promise " + c.getPromiseNumber(), promise -> {
                        Map<YearMonth, Integer> zero = new TreeMap<>();
                        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                            zero.put(m, 0);
                        }
                        return zero;
                    });
            months.merge(YearMonth.from(EngineClock.dateOf(c.getReceivedAt())), 1, Integer::sum);
        }
        return counts;
    }

    private Summary summarize(List<Complaint> all) {
        Map<String, Integer> perPromise = new TreeMap<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Map<String, Integer> referralOutcomes = new LinkedHashMap<>();
        int outOfScope = 0;
        int safety = 0;
        int answered = 0;
        int inTime = 0;
        int overdue = 0;
        int open = 0;
        int referred = 0;
        for (Complaint c : all) {
            perPromise.merge(c.getPromiseNumber() == null ? "other" : "promise " + c.getPromiseNumber(), 1,
                    Integer::sum);
            outOfScope += c.getInScope() == Boolean.FALSE ? 1 : 0;
            safety += c.isSafetyIssue() ? 1 : 0;
            answered += c.getRespondedAt() != null ? 1 : 0;
            Boolean onTime = c.answeredWithinPromisedTime();
            inTime += Boolean.TRUE.equals(onTime) ? 1 : 0;
            overdue += Boolean.FALSE.equals(onTime) ? 1 : 0;
            open += c.getState() != ComplaintState.CLOSED ? 1 : 0;
            referred += c.getReferredAt() != null ? 1 : 0;
            if (c.getOutcome() != null) {
                outcomes.merge(c.getOutcome().name(), 1, Integer::sum);
            }
            if (c.getReferralOutcome() != null) {
                referralOutcomes.merge(c.getReferralOutcome().name(), 1, Integer::sum);
            }
        }
        Integer percent = inTime + overdue == 0 ? null : Math.round(100f * inTime / (inTime + overdue));
        return new Summary(all.size(), perPromise, outOfScope, safety, answered, inTime, overdue, percent, open,
                referred, outcomes, referralOutcomes);
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
