package io.customercodes.version;

import static io.customercodes.system.FormValues.requiredText;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.FormTaskListener;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Set objectives and gather information" (ISO 10001 clauses 6.2 and 6.3). */
@Component("objectivesTaskListener")
class ObjectivesTaskListener extends FormTaskListener {

    private final CodeVersionRepository versions;

    ObjectivesTaskListener(Subjects subjects, CodeVersionRepository versions) {
        super(subjects);
        this.versions = versions;
    }

    @Override
    protected void prepare(DelegateTask task) {
        CodeVersion version = versions.getVersion(versionId(task));
        VersionPlan plan = version.plan();
        task.setVariableLocal("codeTitle", version.getCode().getTitle());
        task.setVariableLocal("codeScope", version.getCode().getScope());
        task.setVariableLocal("versionNumber", version.getNumber());
        task.setVariableLocal("objectives", plan.objectives());
        task.setVariableLocal("complaintsAnalysis", plan.complaintsAnalysis());
        task.setVariableLocal("customerExpectations", plan.customerExpectations());
        task.setVariableLocal("legalRequirements", plan.legalRequirements());
    }

    @Override
    protected void submit(DelegateTask task) {
        CodeVersion version = versions.getVersion(versionId(task));
        version.updatePlan(new VersionPlan(
                requiredText(submitted(task, "objectives"), "objectives"),
                text(submitted(task, "complaintsAnalysis")),
                text(submitted(task, "customerExpectations")),
                text(submitted(task, "legalRequirements"))));
        versions.save(version);
    }
}
