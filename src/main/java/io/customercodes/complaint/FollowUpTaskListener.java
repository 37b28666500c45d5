package io.customercodes.complaint;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.text;

import io.customercodes.complaint.AnswerTaskListener.Answer;
import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Follow up unanswered complaint": 14 days without an answer; the handler reaches the complainant, or closes. */
@Component("followUpTaskListener")
class FollowUpTaskListener extends ComplaintTaskListener {

    private final AnswerTaskListener answers;

    FollowUpTaskListener(Subjects subjects, ComplaintCases cases, Actors actors, AnswerTaskListener answers) {
        super(subjects, cases, actors);
        this.answers = answers;
    }

    @Override
    protected void prepare(DelegateTask task) {
        task.setVariableLocal("responseSummary", cases.responseSummary(complaint(task)));
        task.setVariableLocal("complainantAnswer", null);
        task.setVariableLocal("answerNotes", null);
        clearDecision(task, ComplaintVariables.COMPLAINANT_REACHED);
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        Answer answer = choice(submitted(task, "complainantAnswer"), Answer.class, "complainantAnswer");
        String notes = text(submitted(task, "answerNotes"));
        boolean reached = answer != Answer.NOT_REACHED;
        setDecision(task, ComplaintVariables.COMPLAINANT_REACHED, reached);
        if (reached) {
            answers.record(complaint, task, answer, notes);
        } else {
            complaint.closeWithoutAnswer();
            saveWithStep(complaint, task, "FOLLOW_UP", "not reached; closed without an answer"
                    + (notes == null ? "" : ": " + notes));
        }
    }
}
