package io.customercodes.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one list of a version (promises, provisions or indicators) became another.
 *
 * <p>Items with the same content are unchanged, wherever they moved. Of the rest, items that are
 * recognisably the same one (the same promise number, the same indicator name ...) changed; whatever
 * is left was added or removed.
 */
public record Changes<T>(List<T> added, List<Change<T>> changed, List<T> removed, List<Change<T>> unchanged) {

    /** One item as it was and as it is. */
    public record Change<T>(T before, T after) {
    }

    public Changes {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /**
     * @param content what makes two items the same in every respect that matters to customers
     * @param sameItem keys that recognise an edited item, tried in turn; a null key matches nothing
     */
    @SafeVarargs
    public static <T> Changes<T> between(List<T> before, List<T> after, Function<T, ?> content,
            Function<T, ?>... sameItem) {
        List<T> unmatchedBefore = new ArrayList<>(before);
        List<T> unmatchedAfter = new ArrayList<>(after);
        List<Change<T>> unchanged = pairs(unmatchedBefore, unmatchedAfter, content);
        List<Change<T>> changed = new ArrayList<>();
        for (Function<T, ?> key : sameItem) {
            changed.addAll(pairs(unmatchedBefore, unmatchedAfter, key));
        }
        return new Changes<>(unmatchedAfter, changed, unmatchedBefore, unchanged);
    }

    /** Pairs each item after with the first unpaired item before that has the same key, and removes both. */
    private static <T> List<Change<T>> pairs(List<T> before, List<T> after, Function<T, ?> key) {
        List<Change<T>> pairs = new ArrayList<>();
        for (T candidate : List.copyOf(after)) {
            Object wanted = key.apply(candidate);
            if (wanted == null) {
                continue;
            }
            before.stream().filter(b -> Objects.equals(key.apply(b), wanted)).findFirst().ifPresent(match -> {
                pairs.add(new Change<>(match, candidate));
                before.remove(match);
                after.remove(candidate);
            });
        }
        return pairs;
    }
}
