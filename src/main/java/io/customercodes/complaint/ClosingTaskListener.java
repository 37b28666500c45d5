package io.customercodes.complaint;

import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Record remedy delivered": the complainant accepted; what was done closes the complaint (ISO 10002 8.8). */
@Component("closingTaskListener")
class ClosingTaskListener extends ComplaintTaskListener {

    ClosingTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        Complaint complaint = complaint(task);
        task.setVariableLocal("responseSummary", cases.responseSummary(complaint));
        task.setVariableLocal("remedyDelivered", complaint.getRemedyOffered());
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        complaint.resolve(requiredText(submitted(task, "remedyDelivered"), "remedyDelivered"));
        saveWithStep(complaint, task, "CLOSING", "resolved");
    }
}
