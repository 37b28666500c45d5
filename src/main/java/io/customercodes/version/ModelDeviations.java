package io.customercodes.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a version of an adopted code changed against its model code version: promises and indicators removed,
 * reworded or added, targets loosened or tightened, a longer or shorter response time. Both versions are read as
 * they are, so the list is the same wherever it is shown: in the draft, to compliance, on the public page.
 */
public final class ModelDeviations {

    private static final int QUOTE = 120;

    private ModelDeviations() {
    }

    /** Empty for a version that is not based on a model code. */
    public static List<ModelDeviation> of(CodeVersion version) {
        CodeVersion model = version.getBasedOn();
        List<ModelDeviation> found = new ArrayList<>();
        if (model == null) {
            return found;
        }
        for (Promise modelPromise : model.getPromises()) {
            Promise kept = version.getPromises().stream()
                    .filter(p -> modelPromise.getId().equals(p.getModelPromiseId()))
                    .findFirst().orElse(null);
            if (kept == null) {
                found.add(new ModelDeviation(ModelDeviation.Kind.PROMISE_REMOVED, "Model promise "
                        + modelPromise.getNumber() + " removed: “" + quote(modelPromise.getText()) + "”"));
            } else if (!kept.getText().strip().equals(modelPromise.getText().strip())
                    || kept.getCategory() != modelPromise.getCategory()) {
                found.add(new ModelDeviation(ModelDeviation.Kind.PROMISE_REWORDED, "Model promise "
                        + modelPromise.getNumber() + " adapted as promise " + kept.getNumber() + ": “"
                        + quote(kept.getText()) + "”"));
            }
        }
        for (Promise own : version.getPromises()) {
            if (own.getModelPromiseId() == null) {
                found.add(new ModelDeviation(ModelDeviation.Kind.PROMISE_ADDED, "Promise " + own.getNumber()
                        + " added: “" + quote(own.getText()) + "”"));
            }
        }
        for (PerformanceIndicator modelIndicator : model.getIndicators()) {
            PerformanceIndicator kept = version.getIndicators().stream()
                    .filter(i -> modelIndicator.getId().equals(i.getModelIndicatorId()))
                    .findFirst().orElse(null);
            if (kept == null) {
                found.add(new ModelDeviation(ModelDeviation.Kind.INDICATOR_REMOVED, "Model indicator “"
                        + modelIndicator.getName() + "” (" + modelIndicator.getTargetText() + ") removed"));
            } else if (kept.isLooserThan(modelIndicator)) {
                found.add(new ModelDeviation(ModelDeviation.Kind.TARGET_LOOSENED, "Target of “" + kept.getName()
                        + "” loosened from " + modelIndicator.getTargetText() + " to " + kept.getTargetText()));
            } else if (modelIndicator.isLooserThan(kept)
                    || !Objects.equals(kept.getUnit(), modelIndicator.getUnit())) {
                found.add(new ModelDeviation(ModelDeviation.Kind.TARGET_TIGHTENED, "Target of “" + kept.getName()
                        + "” changed from " + modelIndicator.getTargetText() + " to " + kept.getTargetText()));
            }
        }
        for (PerformanceIndicator own : version.getIndicators()) {
            if (own.getModelIndicatorId() == null) {
                found.add(new ModelDeviation(ModelDeviation.Kind.INDICATOR_ADDED, "Indicator “" + own.getName()
                        + "” (" + own.getTargetText() + ") added"));
            }
        }
        if (version.getResponseDays() > model.getResponseDays()) {
            found.add(new ModelDeviation(ModelDeviation.Kind.RESPONSE_TIME_LONGER, "Complaints answered within "
                    + version.getResponseDays() + " working days instead of " + model.getResponseDays()));
        } else if (version.getResponseDays() < model.getResponseDays()) {
            found.add(new ModelDeviation(ModelDeviation.Kind.RESPONSE_TIME_SHORTER, "Complaints answered within "
                    + version.getResponseDays() + " working days instead of " + model.getResponseDays()));
        }
        return found;
    }

    public static List<ModelDeviation> weakenings(CodeVersion version) {
        return of(version).stream().filter(ModelDeviation::isWeakening).toList();
    }

    /** "Based on model code Fair online retail (FAIR-ONLINE-RETAIL) version 2" */
    public static String basis(CodeVersion version) {
        CodeVersion model = version.getBasedOn();
        return model == null ? null : "Based on model code " + model.getCode().getTitle() + " ("
                + model.getCode().getKey() + ") version " + model.getNumber();
    }

    /**
     * What compliance reads in the accuracy check: the model version, each change (the weakenings marked) and the
     * adopter's reasons; null for a version not based on a model code.
     */
    public static String markdown(CodeVersion version) {
        if (version.getBasedOnId() == null) {
            return null;
        }
        List<ModelDeviation> deviations = of(version);
        StringBuilder md = new StringBuilder("#### ").append(basis(version))
                .append(deviations.isEmpty() ? ", unchanged\n" : ", with these changes\n\n");
        for (ModelDeviation d : deviations) {
            md.append("- ").append(d.isWeakening() ? "**Promises less than the model:** " : "")
                    .append(d.description()).append('\n');
        }
        if (version.getDeviationReasons() != null) {
            md.append("\n**Reasons given by the code manager:**\n\n").append(version.getDeviationReasons()).append('\n');
        }
        return md.toString();
    }

    private static String quote(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1) + "…";
    }
}
