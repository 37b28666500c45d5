package io.customercodes.complaint;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Record complainant's answer": an answer given by phone or letter, taken down by a handler. */
@Component("answerTaskListener")
class AnswerTaskListener extends ComplaintTaskListener {

    enum Answer { ACCEPTS, REJECTS, NOT_REACHED }

    AnswerTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        task.setVariableLocal("responseSummary", cases.responseSummary(complaint(task)));
        task.setVariableLocal("complainantAnswer", null);
        task.setVariableLocal("answerNotes", null);
        clearDecision(task, ComplaintVariables.COMPLAINANT_ACCEPTS);
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        Answer answer = choice(submitted(task, "complainantAnswer"), Answer.class, "complainantAnswer");
        if (answer == Answer.NOT_REACHED) {
            throw new InvalidFormInputException("complainantAnswer",
                    "record whether the complainant accepts or rejects the response");
        }
        record(complaint, task, answer, text(submitted(task, "answerNotes")));
    }

    void record(Complaint complaint, DelegateTask task, Answer answer, String notes) {
        boolean accepts = answer == Answer.ACCEPTS;
        complaint.recordAnswer(accepts, notes, "HANDLER", EngineClock.now());
        saveWithStep(complaint, task, "ANSWER", accepts ? "accepted" : "rejected");
        setDecision(task, ComplaintVariables.COMPLAINANT_ACCEPTS, accepts);
    }
}
