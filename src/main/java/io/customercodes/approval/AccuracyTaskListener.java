package io.customercodes.approval;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.strings;
import static io.customercodes.system.FormValues.text;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.ModelDeviations;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionSummary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Check code is accurate and not misleading" (ISO 10001 clause 4, principle of accuracy). */
@Component("accuracyTaskListener")
class AccuracyTaskListener extends FormTaskListener {

    static final String DECISION = "accuracyDecision";
    static final String JUSTIFICATION = "gapJustification";

    enum AccuracyDecision { ACCURATE, MISLEADING }

    private final CodeVersionRepository versions;
    private final DecisionLog decisions;
    private final Actors actors;
    private final AccuracyRecord record;

    AccuracyTaskListener(Subjects subjects, CodeVersionRepository versions, DecisionLog decisions, Actors actors,
            AccuracyRecord record) {
        super(subjects);
        this.versions = versions;
        this.decisions = decisions;
        this.actors = actors;
        this.record = record;
    }

    @Override
    protected void prepare(DelegateTask task) {
        clearDecision(task, DECISION);
        CodeVersion version = versions.getVersion(versionId(task));
        List<AccuracyGap> gaps = AccuracyGaps.of(version.draft());
        task.setVariableLocal("draftSummary", VersionSummary.markdown(version));
        task.setVariableLocal("accuracyGaps", AccuracyGaps.markdown(gaps));
        task.setVariableLocal("gapCount", (long) gaps.size());
        task.setVariableLocal("earlierChecks", record.earlierChecks(version));
        task.setVariableLocal("modelDeviations", ModelDeviations.markdown(version));
        task.setVariableLocal("principlesMet", FormValues.json(List.of()));
        task.setVariableLocal("accuracyFindings", null);
        task.setVariableLocal(JUSTIFICATION, null);
    }

    @Override
    protected void submit(DelegateTask task) {
        AccuracyDecision decision = choice(task.getVariable(DECISION), AccuracyDecision.class, DECISION);
        Set<GuidingPrinciple> met = EnumSet.noneOf(GuidingPrinciple.class);
        for (String principle : strings(submitted(task, "principlesMet"), "principlesMet")) {
            met.add(choice(principle, GuidingPrinciple.class, "principlesMet"));
        }
        Set<GuidingPrinciple> unmet = EnumSet.allOf(GuidingPrinciple.class);
        unmet.removeAll(met);
        String findings = text(submitted(task, "accuracyFindings"));
        if (decision == AccuracyDecision.ACCURATE && !unmet.isEmpty()) {
            throw new InvalidFormInputException("principlesMet",
                    "a code is accurate only when it meets every guiding principle; tick " + labels(unmet)
                            + ", or return the draft as misleading");
        }
        if (decision == AccuracyDecision.MISLEADING && findings == null) {
            throw new InvalidFormInputException("accuracyFindings", "say what is misleading so drafting can fix it");
        }
        CodeVersion version = versions.getVersion(versionId(task));
        List<AccuracyGap> gaps = AccuracyGaps.of(version.draft());
        String justification = text(submitted(task, JUSTIFICATION));
        if (decision == AccuracyDecision.ACCURATE && !gaps.isEmpty() && justification == null) {
            throw new InvalidFormInputException(JUSTIFICATION, "the draft lacks " + gaps.size()
                    + (gaps.size() == 1 ? " thing" : " things") + " (" + String.join("; ",
                    gaps.stream().map(AccuracyGap::toString).toList())
                    + "); say why it is accurate all the same, or return it as misleading");
        }
        String comment = unmet.isEmpty() ? findings
                : "Principles not met: " + labels(unmet) + (findings == null ? "" : "\n" + findings);
        if (decision == AccuracyDecision.ACCURATE && !gaps.isEmpty()) {
            comment = (comment == null ? "" : comment + "\n\n") + acceptedGaps(gaps, justification);
        } else if (!gaps.isEmpty()) {
            comment = comment + "\n\nThe draft also lacks:\n" + String.join("\n",
                    gaps.stream().map(gap -> "- " + gap).toList());
        }
        decisions.record(version.getCodeId(), version.getId(), DecisionKind.ACCURACY, decision.name(), comment,
                actors.completing(task));
    }

    /** The gaps compliance accepted and why, kept in the decision's comment with who and when. */
    private static String acceptedGaps(List<AccuracyGap> gaps, String justification) {
        StringBuilder text = new StringBuilder("Gaps accepted:\n");
        gaps.forEach(gap -> text.append("- ").append(gap).append('\n'));
        return text.append("\nJustification: ").append(justification).toString();
    }

    /** "Capacity, Accountability": the principles as the form labels them, in the standard's order. */
    private static String labels(Set<GuidingPrinciple> principles) {
        return String.join(", ", principles.stream().map(GuidingPrinciple::label).toList());
    }
}
