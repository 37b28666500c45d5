package io.customercodes.implementation;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.requiredText;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Brief personnel", one task per team named in the internal communication plan. */
@Component("briefingTaskListener")
class BriefingTaskListener extends FormTaskListener {

    private final PersonnelBriefingRepository briefings;
    private final Actors actors;

    BriefingTaskListener(Subjects subjects, PersonnelBriefingRepository briefings, Actors actors) {
        super(subjects);
        this.briefings = briefings;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        appendToName(task, recordItem(task, "team"));
        task.setVariableLocal("briefingMethod", null);
        task.setVariableLocal("acknowledgedBy", null);
        task.setVariableLocal("briefingNotes", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        briefings.save(new PersonnelBriefing(versionId(task), item(task),
                choice(submitted(task, "briefingMethod"), BriefingMethod.class, "briefingMethod"),
                requiredText(submitted(task, "acknowledgedBy"), "acknowledgedBy"),
                text(submitted(task, "briefingNotes")), actors.completing(task), EngineClock.now()));
    }
}
