package io.customercodes.complaint;

import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Respond to complaint": the text the complainant receives; it is sent right after (ISO 10002 8.7). */
@Component("responseTaskListener")
class ResponseTaskListener extends ComplaintTaskListener {

    ResponseTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        Complaint complaint = complaint(task);
        task.setVariableLocal("complaintSummary", cases.summary(complaint));
        task.setVariableLocal("investigationSummary", cases.investigationSummary(complaint));
        task.setVariableLocal("responseText", complaint.getResponseText());
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        complaint.prepareResponse(requiredText(submitted(task, "responseText"), "responseText"));
        saveWithStep(complaint, task, "RESPONSE_WRITTEN", "response written");
    }
}
