package io.customercodes.complaint;

import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Investigate complaint": findings, root cause and the remedy, beside what the code provides (ISO 10002 8.5). */
@Component("investigationTaskListener")
class InvestigationTaskListener extends ComplaintTaskListener {

    InvestigationTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        Complaint complaint = complaint(task);
        task.setVariableLocal("complaintSummary", cases.summary(complaint));
        task.setVariableLocal("relatedProvisions", cases.relatedProvisions(complaint));
        task.setVariableLocal("findings", complaint.getFindings());
        task.setVariableLocal("rootCause", complaint.getRootCause());
        task.setVariableLocal("remedyOffered", complaint.getRemedyOffered());
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        complaint.investigate(requiredText(submitted(task, "findings"), "findings"),
                requiredText(submitted(task, "rootCause"), "rootCause"),
                requiredText(submitted(task, "remedyOffered"), "remedyOffered"));
        saveWithStep(complaint, task, "INVESTIGATION", "investigated");
    }
}
