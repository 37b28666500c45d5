package io.customercodes.consultation;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.text;

import io.customercodes.code.InterestedParty;
import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Give feedback on draft code", one task per interested party (ISO 10001 clause 6.4, annex E). */
@Component("feedbackTaskListener")
class FeedbackTaskListener extends FormTaskListener {

    private final CodeVersionRepository versions;
    private final Consultation consultation;
    private final Actors actors;

    FeedbackTaskListener(Subjects subjects, CodeVersionRepository versions, Consultation consultation, Actors actors) {
        super(subjects);
        this.versions = versions;
        this.consultation = consultation;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        CodeVersion version = versions.getVersion(versionId(task));
        InterestedParty party = InterestedParty.valueOf(recordItem(task, "stakeholder"));
        appendToName(task, party.label());
        task.setVariableLocal("stakeholderLabel", party.label());
        task.setVariableLocal("codeTitle", version.getCode().getTitle());
        task.setVariableLocal("versionNumber", version.getNumber());
        task.setVariableLocal("draftSummary", VersionSummary.markdown(version));
        task.setVariableLocal("consultationPosition", null);
        task.setVariableLocal("feedbackComments", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        ConsultationPosition position = choice(submitted(task, "consultationPosition"),
                ConsultationPosition.class, "consultationPosition");
        String comments = text(submitted(task, "feedbackComments"));
        if (position != ConsultationPosition.SUPPORT && comments == null) {
            throw new InvalidFormInputException("feedbackComments",
                    "say which changes you ask for or why you object");
        }
        consultation.give(versionId(task), InterestedParty.valueOf(item(task)), position, comments,
                actors.completing(task));
    }
}
