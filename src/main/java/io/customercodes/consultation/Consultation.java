package io.customercodes.consultation;

import io.customercodes.code.InterestedParty;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feedback of the current consultation round of a version. */
@Service
@Transactional
public class Consultation {

    private final CodeVersionRepository versions;
    private final ConsultationFeedbackRepository feedback;

    Consultation(CodeVersionRepository versions, ConsultationFeedbackRepository feedback) {
        this.versions = versions;
        this.feedback = feedback;
    }

    public ConsultationFeedback give(Long versionId, InterestedParty party, ConsultationPosition position,
            String comments, String actor) {
        CodeVersion version = versions.getVersion(versionId);
        return feedback.save(new ConsultationFeedback(versionId, version.getConsultationRound(), party, position,
                comments, actor, EngineClock.now()));
    }

    /** At the deadline: every party that has not answered this round is recorded as not heard. */
    public List<InterestedParty> recordMissing(Long versionId) {
        CodeVersion version = versions.getVersion(versionId);
        int round = version.getConsultationRound();
        List<InterestedParty> missing = version.getCode().getInterestedParties().stream()
                .filter(p -> !feedback.existsByVersionIdAndRoundAndParty(versionId, round, p))
                .toList();
        for (InterestedParty party : missing) {
            feedback.save(new ConsultationFeedback(versionId, round, party, null, null, null, EngineClock.now()));
        }
        return missing;
    }

    public List<ConsultationFeedback> currentRound(Long versionId) {
        return feedback.findByVersionIdAndRoundOrderByIdAsc(versionId, versions.getVersion(versionId)
                .getConsultationRound());
    }

    /** The round's feedback as markdown, for the code manager who consolidates it. */
    public String summary(Long versionId) {
        CodeVersion version = versions.getVersion(versionId);
        List<ConsultationFeedback> round = currentRound(versionId);
        StringBuilder md = new StringBuilder("### Consultation round ").append(version.getConsultationRound())
                .append(" on version ").append(version.getNumber()).append("\n\n");
        if (round.isEmpty()) {
            md.append("_No feedback was received._\n");
        }
        for (ConsultationFeedback f : round) {
            md.append("- **").append(f.getParty().label()).append("**: ");
            if (f.isMissing()) {
                md.append("_no answer before the deadline_\n");
            } else {
                md.append(f.getPosition().label()).append(" (").append(f.getGivenBy()).append(")");
                if (f.getComments() != null) {
                    md.append(" — ").append(f.getComments().replaceAll("\\s+", " ").strip());
                }
                md.append('\n');
            }
        }
        return md.toString();
    }
}
