package io.customercodes.implementation;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.requiredText;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Brief personnel", one task per team named in the internal communication plan. */
@Component("briefingTaskListener")
class BriefingTaskListener extends FormTaskListener {

    private final PersonnelBriefingRepository briefings;
    private final Actors actors;

    BriefingTaskListener(PersonnelBriefingRepository briefings, Actors actors) {
        this.briefings = briefings;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        appendToName(task, (String) task.getVariable("team"));
        task.setVariableLocal("briefingMethod", null);
        task.setVariableLocal("acknowledgedBy", null);
        task.setVariableLocal("briefingNotes", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        briefings.save(new PersonnelBriefing(versionId(task), (String) task.getVariable("team"),
                choice(submitted(task, "briefingMethod"), BriefingMethod.class, "briefingMethod"),
                requiredText(submitted(task, "acknowledgedBy"), "acknowledgedBy"),
                text(submitted(task, "briefingNotes")), actors.completing(task), EngineClock.now()));
    }
}
