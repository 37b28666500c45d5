package io.customercodes.publication;

import io.customercodes.satisfaction.SatisfactionAnswers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The question on a code's page, "did this code tell you clearly what to expect?", as the customer filled it
 * in, with its problems; {@code answered} once this browser session has answered for the code.
 */
public record SatisfactionForm(String score, String comment, Map<String, String> problems, boolean answered) {

    static final SortedMap<Integer, String> SCALE = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            1, "Not at all clearly", 2, "Not very clearly", 3, "Partly", 4, "Mostly clearly", 5, "Completely clearly")));

    static SatisfactionForm open() {
        return new SatisfactionForm(null, null, Map.of(), false);
    }

    static SatisfactionForm alreadyAnswered() {
        return new SatisfactionForm(null, null, Map.of(), true);
    }

    public int commentLimit() {
        return SatisfactionAnswers.COMMENT_LIMIT;
    }

    public SortedMap<Integer, String> scale() {
        return SCALE;
    }

    /** The same answer with the problems of its fields, in the order of the form; none when it can be kept. */
    SatisfactionForm checked() {
        Map<String, String> found = new LinkedHashMap<>();
        if (scoreValue() == null) {
            found.put("score", "Choose how clearly the code told you what to expect, from 1 to 5");
        }
        if (comment != null && comment.strip().length() > SatisfactionAnswers.COMMENT_LIMIT) {
            found.put("satisfactionComment", "Your comment must have at most "
                    + String.format("%,d", SatisfactionAnswers.COMMENT_LIMIT) + " characters; it has "
                    + String.format("%,d", comment.strip().length()));
        }
        return new SatisfactionForm(score, comment, found, false);
    }

    /** The score chosen, or null when none of 1 to 5 was. */
    Integer scoreValue() {
        if (score == null || !score.matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(score);
    }
}
