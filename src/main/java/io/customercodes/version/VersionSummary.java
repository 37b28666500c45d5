package io.customercodes.version;

import java.util.List;

/** A version as markdown, for the read-only parts of review forms. */
public final class VersionSummary {

    private VersionSummary() {
    }

    public static String markdown(CodeVersion version) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(version.getCode().getTitle()).append(", version ").append(version.getNumber())
                .append("\n\n");
        section(md, "Objectives", version.getObjectives());
        md.append("#### Promises\n\n");
        List<Promise> promises = version.getPromises();
        if (promises.isEmpty()) {
            md.append("_No promises drafted yet._\n\n");
        }
        for (Promise p : promises) {
            md.append(p.getNumber()).append(". **").append(p.getCategory().label()).append(":** ")
                    .append(oneLine(p.getText())).append('\n');
        }
        md.append('\n');
        if (!version.getProvisions().isEmpty()) {
            md.append("#### Related provisions\n\n");
            for (RelatedProvision p : version.getProvisions()) {
                md.append("- **").append(p.getType().label()).append(":** ").append(oneLine(p.getText()));
                if (p.getPromiseNumber() != null) {
                    md.append(" _(promise ").append(p.getPromiseNumber()).append(")_");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!version.getIndicators().isEmpty()) {
            md.append("#### Performance indicators\n\n");
            for (PerformanceIndicator i : version.getIndicators()) {
                md.append("- ").append(oneLine(i.getName())).append(": ").append(i.getTargetText()).append('\n');
            }
            md.append('\n');
        }
        md.append("Complaints are answered within **").append(version.getResponseDays())
                .append(" working days**.\n\n");
        section(md, "Procedures", version.getProcedures());
        section(md, "Communication plan", version.getCommunicationPlan());
        section(md, "Resources", version.getResources());
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, String text) {
        if (text != null && !text.isBlank()) {
            md.append("#### ").append(heading).append("\n\n").append(text.strip()).append("\n\n");
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
