package io.customercodes.consultation;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.system.Markdown;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every consultation round of a version for top management: each party's position and comments, and what the
 * code manager concluded from the round. The latest round comes first and says so.
 */
@Component
public class ConsultationRecord {

    /** {@link Consultation#summary} heads the digest that consolidation appends to the code manager's notes. */
    private static final Pattern DIGEST = Pattern.compile("(?s)^(.*?)\\s*### Consultation round (\\d+) on version");

    private final CodeVersionRepository versions;
    private final ConsultationFeedbackRepository feedback;
    private final DecisionLog decisions;

    ConsultationRecord(CodeVersionRepository versions, ConsultationFeedbackRepository feedback,
            DecisionLog decisions) {
        this.versions = versions;
        this.feedback = feedback;
        this.decisions = decisions;
    }

    public String markdown(Long versionId) {
        CodeVersion version = versions.getVersion(versionId);
        Map<Integer, List<ConsultationFeedback>> rounds = new TreeMap<>(feedback
                .findByVersionIdOrderByRoundAscIdAsc(versionId).stream()
                .collect(Collectors.groupingBy(ConsultationFeedback::getRound)));
        Map<Integer, DecisionRecord> consolidations = new TreeMap<>();
        for (DecisionRecord d : decisions.forVersion(versionId)) {
            if (d.getKind() == DecisionKind.CONSULTATION_OUTCOME) {
                consolidations.put(round(d), d);
            }
        }
        StringBuilder md = new StringBuilder("#### Consultation\n\n");
        int latest = version.getConsultationRound();
        if (latest == 0) {
            return md.append("_This version was not consulted on._\n").toString();
        }
        for (int round = latest; round >= 1; round--) {
            md.append("**Round ").append(round).append(round == latest ? " (latest)" : "").append("**\n\n");
            List<ConsultationFeedback> given = rounds.getOrDefault(round, List.of());
            if (given.isEmpty()) {
                md.append("_No feedback was received._\n\n");
            }
            for (ConsultationFeedback f : given) {
                md.append("- **").append(f.getParty().label()).append("**: ");
                if (f.isMissing()) {
                    md.append("_no answer before the deadline_\n");
                    continue;
                }
                md.append(f.getPosition().label()).append(", ").append(f.getGivenBy()).append(", ")
                        .append(Markdown.when(f.getGivenAt())).append('\n');
                if (f.getComments() != null) {
                    md.append('\n').append(indent(Markdown.quote(f.getComments())));
                }
            }
            md.append('\n');
            DecisionRecord consolidation = consolidations.get(round);
            if (consolidation != null) {
                md.append("Consolidation: **").append(outcome(consolidation.getDecision())).append("**, ")
                        .append(consolidation.getActor()).append(", ").append(Markdown.when(consolidation.getDecidedAt()))
                        .append("\n\n");
                String notes = notes(consolidation);
                md.append(notes == null ? "_No consolidation notes._\n\n" : Markdown.quote(notes));
            }
        }
        return md.toString();
    }

    /** The outcome as the consolidation form offers it. */
    private static String outcome(String decision) {
        return "PROCEED".equals(decision) ? "Proceed to accuracy check"
                : "REVISE".equals(decision) ? "Revise the draft and consult again" : decision;
    }

    /** The round a consolidation concluded, from the digest it carries; 0 when it carries none. */
    private static int round(DecisionRecord consolidation) {
        Matcher digest = DIGEST.matcher(consolidation.getComment() == null ? "" : consolidation.getComment());
        return digest.find() ? Integer.parseInt(digest.group(2)) : 0;
    }

    /** What the code manager wrote, without the digest of the round appended to it. */
    private static String notes(DecisionRecord consolidation) {
        String comment = consolidation.getComment();
        if (comment == null) {
            return null;
        }
        Matcher digest = DIGEST.matcher(comment);
        String notes = digest.find() ? digest.group(1) : comment;
        return notes.isBlank() ? null : notes.strip();
    }

    private static String indent(String block) {
        return "  " + block.strip().replace("\n", "\n  ") + "\n";
    }
}
