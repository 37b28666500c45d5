package io.customercodes.approval;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.system.Markdown;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The accuracy checks recorded for a code, as compliance and top management read them. */
@Component
class AccuracyRecord {

    private final DecisionLog decisions;
    private final CodeVersionRepository versions;

    AccuracyRecord(DecisionLog decisions, CodeVersionRepository versions) {
        this.decisions = decisions;
        this.versions = versions;
    }

    /** Every check recorded so far on any version of the code, newest first: what compliance found before. */
    String earlierChecks(CodeVersion current) {
        List<DecisionRecord> checks = new ArrayList<>(decisions.forCode(current.getCodeId()).stream()
                .filter(d -> d.getKind() == DecisionKind.ACCURACY).toList());
        Collections.reverse(checks);
        StringBuilder md = new StringBuilder("#### Earlier accuracy checks of this code\n\n");
        if (checks.isEmpty()) {
            return md.append("_None: this is the first check of this code._\n").toString();
        }
        for (DecisionRecord check : checks) {
            md.append("- ").append(describe(check, current)).append('\n');
            if (check.getComment() != null && !check.getComment().isBlank()) {
                md.append('\n').append("  ").append(Markdown.quote(check.getComment()).strip().replace("\n", "\n  "))
                        .append("\n\n");
            }
        }
        return md.toString();
    }

    /** The latest check of this version with its findings and any gaps accepted, for approval. */
    String verdict(CodeVersion version) {
        Optional<DecisionRecord> latest = decisions.forVersion(version.getId()).stream()
                .filter(d -> d.getKind() == DecisionKind.ACCURACY).reduce((first, second) -> second);
        StringBuilder md = new StringBuilder("#### Compliance verdict\n\n");
        if (latest.isEmpty()) {
            return md.append("_No accuracy check recorded._\n").toString();
        }
        DecisionRecord check = latest.get();
        md.append("**").append(label(check.getDecision())).append("**, checked by ").append(check.getActor())
                .append(" on ").append(Markdown.when(check.getDecidedAt())).append("\n\n");
        md.append(check.getComment() == null || check.getComment().isBlank() ? "_No findings written._\n"
                : Markdown.quote(check.getComment()));
        return md.toString();
    }

    private String describe(DecisionRecord check, CodeVersion current) {
        String version = check.getVersionId() == null ? "code"
                : check.getVersionId().equals(current.getId()) ? "version " + current.getNumber() + " (this draft)"
                : "version " + versions.findById(check.getVersionId()).map(CodeVersion::getNumber)
                        .map(String::valueOf).orElse("?");
        return "**" + label(check.getDecision()) + "**, " + version + ", " + check.getActor() + ", "
                + Markdown.when(check.getDecidedAt());
    }

    private static String label(String decision) {
        return "ACCURATE".equals(decision) ? "Accurate and not misleading"
                : "MISLEADING".equals(decision) ? "Misleading" : decision;
    }
}
