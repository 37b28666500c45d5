package io.customercodes.version;

import io.customercodes.version.VersionDiff.NumberedPromise;
import java.util.List;
import java.util.function.Function;

/** A {@link VersionDiff} as markdown for the one who approves a revision: each change with its old and new wording. */
public final class VersionChanges {

    private VersionChanges() {
    }

    public static String markdown(CodeVersion inForce, CodeVersion revision) {
        return markdown(inForce.getNumber(), inForce.draft(), revision.draft());
    }

    static String markdown(int inForceNumber, VersionDraft inForce, VersionDraft revision) {
        return markdown("#### What changes against version " + inForceNumber + ", in force\n\n", inForce, revision);
    }

    /** What changed in a model code from the version an adopter is based on to its new one, for the adopter. */
    public static String modelMarkdown(CodeVersion basis, CodeVersion newModel) {
        return markdown("#### What changed in the model from version " + basis.getNumber() + " to version "
                + newModel.getNumber() + "\n\n", basis.draft(), newModel.draft());
    }

    private static String markdown(String heading, VersionDraft inForce, VersionDraft revision) {
        VersionDiff diff = VersionDiff.between(inForce, revision);
        StringBuilder md = new StringBuilder(heading);
        if (diff.isEmpty()) {
            return md.append("_No promise, related provision or performance indicator changes._\n").toString();
        }
        Function<NumberedPromise, String> promise = p -> "promise " + p.number() + " (" + p.category().label()
                + "): " + oneLine(p.text());
        List<Changes.Change<NumberedPromise>> renumbered = diff.renumberedPromises();
        if (diff.promises().isEmpty() && !renumbered.isEmpty()) {
            md.append("\n**Promises**\n\n");
        }
        section(md, "Promises", diff.promises(), promise);
        for (Changes.Change<NumberedPromise> moved : renumbered) {
            md.append("- **renumbered:** promise ").append(moved.before().number()).append(" is now promise ")
                    .append(moved.after().number()).append(" (complaints cite promises by number)\n");
        }
        section(md, "Related provisions", diff.provisions(), p -> p.type().label() + ": " + oneLine(p.text())
                + (p.promiseNumber() == null ? "" : " (promise " + p.promiseNumber() + ")"));
        section(md, "Performance indicators", diff.indicators(), i -> oneLine(i.name()) + " "
                + i.comparison().symbol() + " " + i.targetValue().stripTrailingZeros().toPlainString()
                + (i.unit() == null ? "" : " " + i.unit())
                + (i.promiseNumber() == null ? "" : " (promise " + i.promiseNumber() + ")"));
        return md.toString();
    }

    private static <T> void section(StringBuilder md, String heading, Changes<T> changes, Function<T, String> line) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n**").append(heading).append("**\n\n");
        each(md, "added", changes.added(), line);
        for (Changes.Change<T> change : changes.changed()) {
            md.append("- **changed:** ").append(line.apply(change.before())).append("  \n  **now:** ")
                    .append(line.apply(change.after())).append('\n');
        }
        each(md, "removed", changes.removed(), line);
    }

    private static <T> void each(StringBuilder md, String what, List<T> items, Function<T, String> line) {
        items.forEach(item -> md.append("- **").append(what).append(":** ").append(line.apply(item)).append('\n'));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
