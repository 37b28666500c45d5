package io.customercodes.publication;

import io.customercodes.version.Changes;
import io.customercodes.version.VersionDiff;
import io.customercodes.version.VersionDiff.NumberedPromise;
import java.util.ArrayList;
import java.util.List;

/** A version diff in a few lines a customer can read: promises one by one, provisions and indicators counted. */
final class VersionDiffSummary {

    private VersionDiffSummary() {
    }

    static List<String> of(VersionDiff diff) {
        List<String> lines = new ArrayList<>();
        Changes<NumberedPromise> promises = diff.promises();
        promises.changed().forEach(c -> lines.add("Promise %d (%s) changed".formatted(c.after().number(),
                c.after().category().label())));
        promises.added().forEach(p -> lines.add("Promise %d (%s) added".formatted(p.number(),
                p.category().label())));
        promises.removed().forEach(p -> lines.add("Former promise %d (%s) removed".formatted(p.number(),
                p.category().label())));
        diff.renumberedPromises().forEach(c -> lines.add("Former promise %d (%s) is now promise %d".formatted(
                c.before().number(), c.after().category().label(), c.after().number())));
        counted(lines, "Related provisions", diff.provisions());
        counted(lines, "Performance indicators", diff.indicators());
        if (lines.isEmpty()) {
            lines.add("No change to the promises, related provisions or performance indicators");
        }
        return lines;
    }

    private static void counted(List<String> lines, String what, Changes<?> changes) {
        List<String> counts = new ArrayList<>();
        if (!changes.added().isEmpty()) {
            counts.add(changes.added().size() + " added");
        }
        if (!changes.changed().isEmpty()) {
            counts.add(changes.changed().size() + " changed");
        }
        if (!changes.removed().isEmpty()) {
            counts.add(changes.removed().size() + " removed");
        }
        if (!counts.isEmpty()) {
            lines.add(what + ": " + String.join(", ", counts));
        }
    }
}
