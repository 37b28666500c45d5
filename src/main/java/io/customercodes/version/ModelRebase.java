package io.customercodes.version;

import io.customercodes.version.VersionDiff.NumberedPromise;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An adopter's draft moved from the model version it was based on to the model's new version (a review after a model
 * update decided to revise). Each promise and indicator copied from the model keeps its link, now to the new model's
 * one; where the adopter had kept the model's wording or target unchanged, it takes the model's new one, and where it
 * had adapted it, its own stays. Promises and indicators the new model adds are appended as suggestions (the adopter
 * may remove them, with a reason); what the model removed stays in the draft as the adopter's own.
 */
final class ModelRebase {

    private ModelRebase() {
    }

    static VersionDraft onto(VersionDraft adopted, VersionDraft oldModel, VersionDraft newModel) {
        VersionDiff diff = VersionDiff.between(oldModel, newModel);
        Map<Integer, NumberedPromise> promiseNow = new HashMap<>();
        Map<Integer, NumberedPromise> promiseBefore = new HashMap<>();
        List<Changes.Change<NumberedPromise>> kept = new ArrayList<>(diff.promises().unchanged());
        kept.addAll(diff.promises().changed());
        kept.forEach(c -> {
            promiseNow.put(c.before().number(), c.after());
            promiseBefore.put(c.before().number(), c.before());
        });
        List<PromiseDraft> promises = new ArrayList<>();
        for (PromiseDraft p : adopted.promises()) {
            NumberedPromise now = p.modelPromiseNumber() == null ? null : promiseNow.get(p.modelPromiseNumber());
            if (now == null) {
                promises.add(new PromiseDraft(p.category(), p.text(), null));
                continue;
            }
            NumberedPromise before = promiseBefore.get(p.modelPromiseNumber());
            boolean followedModel = before.category() == p.category() && before.text().equals(p.text());
            promises.add(followedModel ? new PromiseDraft(now.category(), now.text(), now.number())
                    : new PromiseDraft(p.category(), p.text(), now.number()));
        }
        diff.promises().added().forEach(p -> promises.add(new PromiseDraft(p.category(), p.text(), p.number())));

        Map<Integer, Integer> indicatorNow = new HashMap<>();
        Map<Integer, IndicatorDraft> indicatorBefore = new HashMap<>();
        List<Changes.Change<IndicatorDraft>> keptIndicators = new ArrayList<>(diff.indicators().unchanged());
        keptIndicators.addAll(diff.indicators().changed());
        keptIndicators.forEach(c -> {
            int before = oldModel.indicators().indexOf(c.before()) + 1;
            indicatorNow.put(before, newModel.indicators().indexOf(c.after()) + 1);
            indicatorBefore.put(before, c.before());
        });
        List<IndicatorDraft> indicators = new ArrayList<>();
        for (IndicatorDraft i : adopted.indicators()) {
            Integer now = i.modelIndicatorNumber() == null ? null : indicatorNow.get(i.modelIndicatorNumber());
            if (now == null) {
                indicators.add(new IndicatorDraft(i.name(), i.promiseNumber(), i.comparison(), i.targetValue(),
                        i.unit(), null));
                continue;
            }
            IndicatorDraft before = indicatorBefore.get(i.modelIndicatorNumber());
            IndicatorDraft model = newModel.indicators().get(now - 1);
            indicators.add(sameMeasure(before, i)
                    ? new IndicatorDraft(model.name(), i.promiseNumber(), model.comparison(), model.targetValue(),
                            model.unit(), now)
                    : new IndicatorDraft(i.name(), i.promiseNumber(), i.comparison(), i.targetValue(), i.unit(), now));
        }
        for (IndicatorDraft added : diff.indicators().added()) {
            indicators.add(new IndicatorDraft(added.name(), adoptersNumber(promises, added.promiseNumber()),
                    added.comparison(), added.targetValue(), added.unit(), newModel.indicators().indexOf(added) + 1));
        }
        return new VersionDraft(promises, adopted.provisions(), indicators, adopted.procedures(),
                adopted.communicationPlan(), adopted.resources(), adopted.teams(), adopted.responseDays());
    }

    private static boolean sameMeasure(IndicatorDraft model, IndicatorDraft adopted) {
        return model.name().equals(adopted.name()) && model.comparison() == adopted.comparison()
                && same(model.targetValue(), adopted.targetValue()) && Objects.equals(model.unit(), adopted.unit());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The number, in the adopter's draft, of the promise copied from this model promise (null if none). */
    private static Integer adoptersNumber(List<PromiseDraft> promises, Integer modelNumber) {
        for (int i = 0; modelNumber != null && i < promises.size(); i++) {
            if (modelNumber.equals(promises.get(i).modelPromiseNumber())) {
                return i + 1;
            }
        }
        return null;
    }
}
