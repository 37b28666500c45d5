package io.customercodes.approval;

import io.customercodes.version.IndicatorDraft;
import io.customercodes.version.PromiseDraft;
import io.customercodes.version.ProvisionDraft;
import io.customercodes.version.ProvisionType;
import io.customercodes.version.VersionDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a draft visibly lacks per guiding principle of ISO 10001 clause 4: the parts a code needs so that
 * customers can use it (how to complain, who answers for it, where an unresolved complaint goes) and so that
 * its promises can be measured. Commitment and accuracy show in the wording only; compliance judges those.
 */
public final class AccuracyGaps {

    private AccuracyGaps() {
    }

    public static List<AccuracyGap> of(VersionDraft draft) {
        List<AccuracyGap> gaps = new ArrayList<>();
        if (blank(draft.procedures())) {
            gaps.add(new AccuracyGap(GuidingPrinciple.CAPACITY,
                    "no procedures: the draft does not say how the promises are kept"));
        }
        if (blank(draft.resources())) {
            gaps.add(new AccuracyGap(GuidingPrinciple.CAPACITY,
                    "no resources: the draft does not say who and what keeps the promises"));
        }
        if (blank(draft.communicationPlan())) {
            gaps.add(new AccuracyGap(GuidingPrinciple.VISIBILITY,
                    "no communication plan: the draft does not say how customers and personnel learn of the code"));
        }
        if (lacks(draft, ProvisionType.COMPLAINT_CHANNEL)) {
            gaps.add(new AccuracyGap(GuidingPrinciple.ACCESSIBILITY,
                    "no complaint channel: the code does not say how customers complain"));
        }
        if (lacks(draft, ProvisionType.DISPUTE_RESOLUTION)) {
            gaps.add(new AccuracyGap(GuidingPrinciple.RESPONSIVENESS,
                    "no dispute-resolution body: the code does not say where an unresolved complaint can go"));
        }
        if (lacks(draft, ProvisionType.RESPONSIBILITY)) {
            gaps.add(new AccuracyGap(GuidingPrinciple.ACCOUNTABILITY,
                    "no responsibility provision: the code does not say who is responsible for keeping it"));
        }
        List<PromiseDraft> promises = draft.promises();
        for (int number = 1; number <= promises.size(); number++) {
            if (!measured(draft, number)) {
                gaps.add(new AccuracyGap(GuidingPrinciple.CONTINUAL_IMPROVEMENT, "promise " + number + " ("
                        + promises.get(number - 1).category().label()
                        + ") has no performance indicator: whether it is kept cannot be measured"));
            }
        }
        return gaps;
    }

    /** Every principle with what the draft lacks for it, for the compliance officer's form. */
    public static String markdown(List<AccuracyGap> gaps) {
        StringBuilder md = new StringBuilder("#### What the draft lacks, per guiding principle\n\n");
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            List<AccuracyGap> lacking = gaps.stream().filter(g -> g.principle() == principle).toList();
            md.append("- **").append(principle.label()).append("**: ");
            if (lacking.isEmpty()) {
                md.append(principle == GuidingPrinciple.COMMITMENT || principle == GuidingPrinciple.ACCURACY
                        ? "judge from the wording; the draft's data cannot show it" : "nothing missing");
            } else {
                md.append(String.join("; ", lacking.stream().map(AccuracyGap::lacking).toList()));
            }
            md.append('\n');
        }
        md.append('\n').append(gaps.isEmpty()
                ? "_No gaps found in the draft's data._"
                : "**" + gaps.size() + (gaps.size() == 1 ? " gap" : " gaps") + ".** To pass the draft as accurate "
                        + "anyway, justify accepting " + (gaps.size() == 1 ? "it" : "them") + " below.");
        return md.append('\n').toString();
    }

    private static boolean lacks(VersionDraft draft, ProvisionType type) {
        return draft.provisions().stream().map(ProvisionDraft::type).noneMatch(type::equals);
    }

    private static boolean measured(VersionDraft draft, int promiseNumber) {
        return draft.indicators().stream().map(IndicatorDraft::promiseNumber)
                .anyMatch(n -> Objects.equals(n, promiseNumber));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
