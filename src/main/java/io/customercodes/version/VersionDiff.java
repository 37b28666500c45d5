package io.customercodes.version;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** What changed in the promises, related provisions and performance indicators from one version to another. */
public record VersionDiff(Changes<NumberedPromise> promises, Changes<ProvisionDraft> provisions,
        Changes<IndicatorDraft> indicators) {

    /** A promise with the number customers and provisions know it by. */
    public record NumberedPromise(int number, PromiseCategory category, String text) {
    }

    public static VersionDiff between(CodeVersion before, CodeVersion after) {
        return between(before.draft(), after.draft());
    }

    public static VersionDiff between(VersionDraft before, VersionDraft after) {
        return new VersionDiff(
                Changes.between(numbered(before.promises()), numbered(after.promises()),
                        p -> List.of(p.category(), p.text()),
                        NumberedPromise::number),
                // A provision keeps its text when its promise is renumbered, or its promise when reworded.
                Changes.between(before.provisions(), after.provisions(),
                        p -> Arrays.asList(p.type(), p.text(), p.promiseNumber()),
                        p -> List.of(p.type(), p.text()),
                        p -> Arrays.asList(p.type(), p.promiseNumber())),
                Changes.between(before.indicators(), after.indicators(),
                        i -> Arrays.asList(i.name(), i.promiseNumber(), i.comparison(), comparable(i.targetValue()),
                                i.unit()),
                        IndicatorDraft::name));
    }

    /** Promises whose content stayed the same under another number: complaints cite promises by number. */
    public List<Changes.Change<NumberedPromise>> renumberedPromises() {
        return promises.unchanged().stream().filter(c -> c.before().number() != c.after().number()).toList();
    }

    /** Nothing a customer would notice: no promise, provision or indicator added, changed, removed or renumbered. */
    public boolean isEmpty() {
        return promises.isEmpty() && provisions.isEmpty() && indicators.isEmpty() && renumberedPromises().isEmpty();
    }

    private static List<NumberedPromise> numbered(List<PromiseDraft> promises) {
        return IntStream.range(0, promises.size())
                .mapToObj(i -> new NumberedPromise(i + 1, promises.get(i).category(), promises.get(i).text()))
                .toList();
    }

    /** 95 and 95.0000 (as the database returns it) are the same target. */
    private static BigDecimal comparable(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
