package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.DisplayDates;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.Promise;
import io.customercodes.version.ProvisionType;
import io.customercodes.version.RelatedProvision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A complaint with the code version it cites, and the text handlers see in their forms. That text never
 * holds the complainant's name or contact: forms show process variables, and those stay free of personal
 * data; the handler opens the complaint itself for them.
 */
@Component
class ComplaintCases {


    private final ComplaintRepository complaints;
    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final String baseUrl;

    ComplaintCases(ComplaintRepository complaints, CodeRepository codes, CodeVersionRepository versions,
            @Value("${customer-codes.base-url}") String baseUrl) {
        this.complaints = complaints;
        this.codes = codes;
        this.versions = versions;
        this.baseUrl = baseUrl;
    }

    Complaint byReference(String reference) {
        return complaints.getByReference(reference);
    }

    /** Writes what changed on the complaint and the steps recorded on it; fails if it changed since it was read. */
    void save(Complaint complaint) {
        complaints.save(complaint);
    }

    Code code(Complaint complaint) {
        return codes.findById(complaint.getCodeId()).orElseThrow();
    }

    CodeVersion version(Complaint complaint) {
        return versions.getVersion(complaint.getVersionId());
    }

    Optional<Promise> promise(Complaint complaint) {
        return promise(complaint, version(complaint));
    }

    private static Optional<Promise> promise(Complaint complaint, CodeVersion version) {
        Integer number = complaint.getPromiseNumber();
        List<Promise> promises = version.getPromises();
        return number == null || number > promises.size() ? Optional.empty() : Optional.of(promises.get(number - 1));
    }

    /** The related provisions of a type for the complaint's promise, and those for every promise. */
    List<RelatedProvision> provisions(Complaint complaint, ProvisionType type) {
        return provisions(complaint, version(complaint), type);
    }

    private static List<RelatedProvision> provisions(Complaint complaint, CodeVersion version, ProvisionType type) {
        return version.getProvisions().stream().filter(p -> p.getType() == type)
                .filter(p -> p.getPromiseNumber() == null || p.getPromiseNumber().equals(complaint.getPromiseNumber()))
                .toList();
    }

    /** The dispute-resolution body the code names, if it names one (ISO 10003). */
    Optional<String> disputeResolutionBody(Complaint complaint) {
        return disputeResolutionBody(complaint, version(complaint));
    }

    private static Optional<String> disputeResolutionBody(Complaint complaint, CodeVersion version) {
        List<RelatedProvision> bodies = provisions(complaint, version, ProvisionType.DISPUTE_RESOLUTION);
        return bodies.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", bodies.stream().map(RelatedProvision::getText).toList()));
    }

    String summary(Complaint complaint) {
        Code code = code(complaint);
        CodeVersion version = version(complaint);
        StringBuilder md = new StringBuilder("#### Complaint ").append(complaint.getReference()).append("\n\n")
                .append("Against **").append(code.getTitle()).append("** (").append(code.getKey())
                .append(", version ").append(version.getNumber())
                .append(code.isWithdrawn() ? ", since withdrawn" : "").append("). Received ")
                .append(DisplayDates.dayAndDate(EngineClock.dateOf(complaint.getReceivedAt())))
                .append(" by ").append(channel(complaint.getChannel())).append("; response promised by **")
                .append(DisplayDates.dayAndDate(complaint.getResponseDueOn())).append("** (")
                .append(complaint.getResponseDays()).append(" working days).\n\n");
        md.append(promise(complaint, version).map(p -> "**Promise " + p.getNumber() + ":** " + p.getText())
                .orElse("**Promise:** another matter than the code's numbered promises")).append("\n\n");
        md.append("**What happened:** ").append(complaint.getWhatHappened()).append("\n\n");
        md.append("**Remedy wanted:** ").append(complaint.getRemedyWanted() == null ? "—"
                : complaint.getRemedyWanted()).append("\n\n");
        if (complaint.getSeverity() != null) {
            md.append("**Assessed:** severity ").append(complaint.getSeverity().name().toLowerCase(Locale.ROOT))
                    .append(complaint.isSafetyIssue() ? ", **safety issue (fast track)**" : "").append("\n\n");
        }
        md.append("The complainant's name and contact details: [open the complaint](").append(baseUrl)
                .append("/api/complaints/").append(complaint.getReference()).append(")");
        return md.toString();
    }

    /** The remedies and the dispute-resolution body the code states for the promise, for the investigation. */
    String relatedProvisions(Complaint complaint) {
        CodeVersion version = version(complaint);
        StringBuilder md = new StringBuilder("#### What the code provides for this promise\n\n");
        List<RelatedProvision> remedies = provisions(complaint, version, ProvisionType.REMEDY);
        if (remedies.isEmpty()) {
            md.append("_The code states no remedy for this promise._\n");
        }
        for (RelatedProvision remedy : remedies) {
            md.append("- **Remedy:** ").append(remedy.getText()).append('\n');
        }
        for (RelatedProvision other : version.getProvisions()) {
            if (other.getType() != ProvisionType.REMEDY && other.getType() != ProvisionType.DISPUTE_RESOLUTION
                    && complaint.getPromiseNumber() != null
                    && complaint.getPromiseNumber().equals(other.getPromiseNumber())) {
                md.append("- **").append(other.getType().label()).append(":** ").append(other.getText()).append('\n');
            }
        }
        md.append("\n").append(disputeResolutionBody(complaint, version).map(b -> "If the complainant rejects the response: "
                + b).orElse("The code names **no dispute-resolution body**: a rejected response cannot be referred"
                + " to one.")).append('\n');
        return md.toString();
    }

    String investigationSummary(Complaint complaint) {
        return "#### Investigation\n\n**Findings:** " + complaint.getFindings() + "\n\n**Root cause:** "
                + complaint.getRootCause() + "\n\n**Remedy offered:** " + complaint.getRemedyOffered();
    }

    String responseSummary(Complaint complaint) {
        StringBuilder md = new StringBuilder(summary(complaint)).append("\n\n#### Our response\n\n")
                .append(complaint.getResponseText());
        if (complaint.getRespondedAt() != null) {
            md.append("\n\nSent ").append(DisplayDates.dayAndDate(EngineClock.dateOf(complaint.getRespondedAt())))
                    .append('.');
        }
        if (complaint.getRemedyOffered() != null) {
            md.append("\n\n**Remedy offered:** ").append(complaint.getRemedyOffered());
        }
        if (complaint.getComplainantAccepts() != null) {
            md.append("\n\n**The complainant ").append(complaint.getComplainantAccepts() ? "accepted" : "rejected")
                    .append(" the response**").append(complaint.getAnswerComment() == null ? "."
                            : ": " + complaint.getAnswerComment());
        }
        return md.toString();
    }

    static String channel(ComplaintChannel channel) {
        return switch (channel) {
            case PUBLIC_FORM -> "the public complaint form";
            case API -> "the organization's helpdesk (API)";
            case PHONE -> "phone";
        };
    }
}
