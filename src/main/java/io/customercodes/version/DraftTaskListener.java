package io.customercodes.version;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.decimal;
import static io.customercodes.system.FormValues.entries;
import static io.customercodes.system.FormValues.integer;
import static io.customercodes.system.FormValues.requiredText;
import static io.customercodes.system.FormValues.text;

import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Markdown;
import io.customercodes.system.Subjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Draft promises and provisions" (ISO 10001 clauses 6.5 to 6.9). */
@Component("draftTaskListener")
class DraftTaskListener extends FormTaskListener {

    private final CodeVersionRepository versions;
    private final DecisionLog decisions;

    DraftTaskListener(Subjects subjects, CodeVersionRepository versions, DecisionLog decisions) {
        super(subjects);
        this.versions = versions;
        this.decisions = decisions;
    }

    @Override
    protected void prepare(DelegateTask task) {
        CodeVersion version = versions.getVersion(versionId(task));
        VersionDraft draft = version.draft();
        task.setVariableLocal("codeTitle", version.getCode().getTitle());
        task.setVariableLocal("versionNumber", version.getNumber());
        task.setVariableLocal("draftNotes", notes(version));
        task.setVariableLocal("promises", FormValues.json(draft.promises().stream().map(p -> map(
                "category", p.category().name(), "text", p.text(), "modelPromise", p.modelPromiseNumber())).toList()));
        task.setVariableLocal("provisions", FormValues.json(draft.provisions().stream().map(p -> map(
                "type", p.type().name(), "text", p.text(), "promiseNumber", p.promiseNumber())).toList()));
        task.setVariableLocal("indicators", FormValues.json(draft.indicators().stream().map(i -> map(
                "name", i.name(), "promiseNumber", i.promiseNumber(), "comparison", i.comparison().name(),
                "targetValue", i.targetValue(), "unit", i.unit(), "modelIndicator", i.modelIndicatorNumber())).toList()));
        task.setVariableLocal("teams", FormValues.json(draft.teams().stream().map(t -> map("name", t)).toList()));
        task.setVariableLocal("procedures", draft.procedures());
        task.setVariableLocal("communicationPlan", draft.communicationPlan());
        task.setVariableLocal("resources", draft.resources());
        task.setVariableLocal("responseDays", (long) draft.responseDays());
        task.setVariableLocal("modelBasis", modelBasis(version));
        task.setVariableLocal("deviationReasons", version.getDeviationReasons());
    }

    /** For a code based on a model code: which model version, and what the draft changes so far. */
    private static String modelBasis(CodeVersion version) {
        if (version.getBasedOnId() == null) {
            return null;
        }
        StringBuilder md = new StringBuilder("**").append(ModelDeviations.basis(version)).append(".** ")
                .append("Adapt it to your organization: add promises, tighten targets, fill in your own complaint")
                .append(" channel and responsibilities. Removing a model promise or indicator, loosening a target or")
                .append(" a longer response time needs a reason below.\n\n");
        List<ModelDeviation> deviations = ModelDeviations.of(version);
        if (deviations.isEmpty()) {
            md.append("_No changes to the model yet._");
        }
        for (ModelDeviation d : deviations) {
            md.append("- ").append(d.isWeakening() ? "**Needs a reason:** " : "").append(d.description()).append('\n');
        }
        return md.toString();
    }

    @Override
    protected void submit(DelegateTask task) {
        List<PromiseDraft> promises = new ArrayList<>();
        for (Map<String, Object> entry : entries(submitted(task, "promises"), "promises")) {
            promises.add(new PromiseDraft(choice(entry.get("category"), PromiseCategory.class, "promises.category"),
                    requiredText(entry.get("text"), "promises.text"),
                    integer(entry.get("modelPromise"), "promises.modelPromise")));
        }
        if (promises.isEmpty()) {
            throw new InvalidFormInputException("promises", "a code needs at least one promise");
        }
        List<ProvisionDraft> provisions = new ArrayList<>();
        for (Map<String, Object> entry : entries(submitted(task, "provisions"), "provisions")) {
            provisions.add(new ProvisionDraft(choice(entry.get("type"), ProvisionType.class, "provisions.type"),
                    requiredText(entry.get("text"), "provisions.text"),
                    promiseNumber(entry.get("promiseNumber"), promises.size(), "provisions.promiseNumber")));
        }
        List<IndicatorDraft> indicators = new ArrayList<>();
        for (Map<String, Object> entry : entries(submitted(task, "indicators"), "indicators")) {
            BigDecimal target = decimal(entry.get("targetValue"), "indicators.targetValue");
            if (target == null) {
                throw new InvalidFormInputException("indicators.targetValue", "every indicator needs a target value");
            }
            indicators.add(new IndicatorDraft(requiredText(entry.get("name"), "indicators.name"),
                    promiseNumber(entry.get("promiseNumber"), promises.size(), "indicators.promiseNumber"),
                    choice(entry.get("comparison"), Comparison.class, "indicators.comparison"), target,
                    text(entry.get("unit")), integer(entry.get("modelIndicator"), "indicators.modelIndicator")));
        }
        List<String> teams = new ArrayList<>();
        for (Map<String, Object> entry : entries(submitted(task, "teams"), "teams")) {
            String team = text(entry.get("name"));
            if (team != null && !teams.contains(team)) {
                teams.add(team);
            }
        }
        CodeVersion version = versions.getVersion(versionId(task));
        CodeVersion model = version.getBasedOn();
        checkModelNumbers(promises.stream().map(PromiseDraft::modelPromiseNumber).toList(),
                model == null ? 0 : model.getPromises().size(), "promises.modelPromise", model != null);
        checkModelNumbers(indicators.stream().map(IndicatorDraft::modelIndicatorNumber).toList(),
                model == null ? 0 : model.getIndicators().size(), "indicators.modelIndicator", model != null);
        version.updateDraft(new VersionDraft(promises, provisions, indicators,
                text(submitted(task, "procedures")), text(submitted(task, "communicationPlan")),
                text(submitted(task, "resources")), teams, responseDays(submitted(task, "responseDays"))));
        version.explainDeviations(text(submitted(task, "deviationReasons")));
        List<ModelDeviation> weakenings = ModelDeviations.weakenings(version);
        if (!weakenings.isEmpty() && version.getDeviationReasons() == null) {
            throw new InvalidFormInputException("deviationReasons", "state why this code promises less than "
                    + "the model code: " + String.join("; ", weakenings.stream().map(ModelDeviation::description)
                    .toList()));
        }
        versions.save(version);
    }

    /** Each model promise or indicator is adapted at most once, and only ones the model version has. */
    private static void checkModelNumbers(List<Integer> numbers, int modelItems, String field, boolean adopted) {
        Set<Integer> seen = new HashSet<>();
        for (Integer number : numbers) {
            if (number == null) {
                continue;
            }
            if (!adopted) {
                throw new InvalidFormInputException(field, "this code is not based on a model code");
            }
            if (number < 1 || number > modelItems) {
                throw new InvalidFormInputException(field, "the model code has no number " + number);
            }
            if (!seen.add(number)) {
                throw new InvalidFormInputException(field, "number " + number
                        + " of the model code is adapted twice; add your own as a new entry instead");
            }
        }
    }

    private static int responseDays(Object value) {
        Integer days = integer(value, "responseDays");
        if (days == null) {
            return VersionDraft.DEFAULT_RESPONSE_DAYS;
        }
        if (days < 1 || days > VersionDraft.MAX_RESPONSE_DAYS) {
            throw new InvalidFormInputException("responseDays", "must be 1 to " + VersionDraft.MAX_RESPONSE_DAYS
                    + " working days");
        }
        return days;
    }

    private static Integer promiseNumber(Object value, int promises, String field) {
        Integer number = integer(value, field);
        if (number != null && (number < 1 || number > promises)) {
            throw new InvalidFormInputException(field, "refers to promise " + number + ", but the draft has "
                    + (promises == 0 ? "no promises yet; add the promise first, or leave the number empty"
                    : promises == 1 ? "one promise; use 1, or leave the number empty"
                    : promises + " promises; use a number from 1 to " + promises + ", or leave it empty"));
        }
        return number;
    }

    /** What consultation, the accuracy check and approval asked of this version so far. */
    private String notes(CodeVersion version) {
        StringBuilder md = new StringBuilder();
        for (DecisionRecord d : decisions.forVersion(version.getId())) {
            if (d.getComment() == null || d.getComment().isBlank()) {
                continue;
            }
            md.append("- **").append(heading(d)).append("** by ").append(d.getActor()).append(", ")
                    .append(Markdown.when(d.getDecidedAt())).append(": ")
                    .append(d.getComment().strip().replace("\n", "\n  ")).append('\n');
        }
        return md.isEmpty() ? "_None yet._" : md.toString();
    }

    /** "Consultation: proceed", "Accuracy check: misleading", "Approval: changes requested". */
    private static String heading(DecisionRecord d) {
        String decision = words(d.getDecision());
        return switch (d.getKind()) {
            case CONSULTATION_OUTCOME -> "Consultation: " + decision;
            case ACCURACY -> "Accuracy check: " + ("ACCURATE".equals(d.getDecision()) ? "accurate and not misleading"
                    : decision);
            case APPROVAL -> "Approval: " + decision;
            default -> {
                String kind = words(d.getKind().name());
                yield Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + decision;
            }
        };
    }

    private static String words(String name) {
        return name == null ? "" : name.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
