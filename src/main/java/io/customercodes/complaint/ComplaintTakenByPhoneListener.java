package io.customercodes.complaint;

import static io.customercodes.system.FormValues.integer;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start of complaintHandling. Started by {@link ComplaintIntake#file} the complaint is already filed under
 * the business key. Started from Tasklist by a handler taking a call, the start form's values are filed here,
 * through the same intake, and the process takes the new reference as its business key; the values leave the
 * process at once, so the caller's details live only in the complaint.
 */
@Component("complaintTakenByPhone")
class ComplaintTakenByPhoneListener implements ExecutionListener {

    static final List<String> FORM_FIELDS = List.of("codeKey", "promiseNumber", "whatHappened", "remedyWanted",
            "complainantName", "complainantEmail", "complainantPhone", "consentToStore");

    private final ComplaintRepository complaints;
    private final ComplaintIntake intake;
    private final Actors actors;

    ComplaintTakenByPhoneListener(ComplaintRepository complaints, ComplaintIntake intake, Actors actors) {
        this.complaints = complaints;
        this.intake = intake;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        Optional<Complaint> filed = businessKey == null ? Optional.empty() : complaints.findByReference(businessKey);
        if (filed.isPresent() && !filed.get().isHandlingStarted()) {
            filed.get().handlingStarted(EngineClock.now());
            complaints.save(filed.get());
            return;
        }
        NewComplaint taken = new NewComplaint(text(execution.getVariable("codeKey")),
                integer(execution.getVariable("promiseNumber"), "promiseNumber"),
                text(execution.getVariable("whatHappened")), text(execution.getVariable("remedyWanted")),
                text(execution.getVariable("complainantName")), text(execution.getVariable("complainantEmail")),
                text(execution.getVariable("complainantPhone")),
                Boolean.TRUE.equals(execution.getVariable("consentToStore")), ComplaintChannel.PHONE);
        execution.removeVariables(FORM_FIELDS);
        FiledComplaint complaint = intake.register(taken, actors.current());
        execution.setProcessBusinessKey(complaint.reference());
        Complaint registered = complaints.getByReference(complaint.reference());
        registered.handlingStarted(EngineClock.now());
        complaints.save(registered);
    }
}
