package io.customercodes.satisfaction;

import io.customercodes.code.Code;
import io.customercodes.satisfaction.SatisfactionAnswers.Comment;
import io.customercodes.satisfaction.SatisfactionAnswers.Period;
import io.customercodes.system.DisplayDates;
import io.customercodes.system.Markdown;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction section of a review's data: the average score since the last review, how many answered,
 * the change against the period of the same length before, and the latest comments, quoted and bounded so
 * that a flood of comments cannot bury the rest of the review.
 */
@Component
public class SatisfactionSummary {

    static final int MAX_COMMENTS = 20;
    static final int MAX_COMMENT_SHOWN = 300;

    private final SatisfactionAnswers answers;

    SatisfactionSummary(SatisfactionAnswers answers) {
        this.answers = answers;
    }

    /** From {@code from} (inclusive) to {@code until} (exclusive), against the period of the same length before. */
    @Transactional(readOnly = true)
    public String markdown(Code code, LocalDate from, LocalDate until) {
        Period now = answers.period(code, from, until);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, until));
        Period before = answers.period(code, from.minusDays(days), from);
        StringBuilder md = new StringBuilder("#### Satisfaction with the code since ")
                .append(DisplayDates.date(from)).append("\n\n")
                .append("_Customers asked on the code's public page: did the code tell you clearly what to expect?"
                        + " (1 = not at all, 5 = completely)_\n\n");
        if (now.answers() == 0) {
            md.append("_No customer answered._\n");
        } else {
            md.append("- Average score: ").append(score(now.average())).append(" of 5, from ")
                    .append(now.answers()).append(now.answers() == 1 ? " answer\n" : " answers\n");
        }
        md.append("- Previous ").append(days).append(" days (since ").append(DisplayDates.date(before.from()))
                .append("): ").append(before.answers() == 0 ? "no answers" : score(before.average()) + " of 5 from "
                        + before.answers() + (before.answers() == 1 ? " answer" : " answers")).append('\n');
        if (now.average() != null && before.average() != null) {
            double change = now.average() - before.average();
            md.append("- Change: ").append(change >= 0 ? "+" : "−").append(score(Math.abs(change)))
                    .append(Math.abs(change) < 0.05 ? " (unchanged)" : change > 0 ? " (better)" : " (worse)")
                    .append('\n');
        }
        List<Comment> comments = answers.comments(code, from, until, MAX_COMMENTS + 1);
        if (!comments.isEmpty()) {
            md.append("\n##### Comments, newest first\n\n");
            comments.stream().limit(MAX_COMMENTS).forEach(comment -> md.append("Score ").append(comment.score())
                    .append(", ").append(DisplayDates.date(comment.answeredOn())).append(":\n\n")
                    .append(Markdown.quote(shortened(comment.text()))));
            if (comments.size() > MAX_COMMENTS) {
                md.append("_Only the latest ").append(MAX_COMMENTS).append(" comments are shown._\n");
            }
        }
        return md.toString();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_COMMENT_SHOWN ? text : text.substring(0, MAX_COMMENT_SHOWN).strip() + " …";
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
