package io.customercodes.measurement;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.VersionLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the start form's code has a published version with indicators; refuses the start otherwise. */
@Component("findMeasuredCode")
class FindMeasuredCodeDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;

    private final Subjects subjects;

    FindMeasuredCodeDelegate(CodeRepository codes, VersionLifecycle lifecycle, Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object key = execution.getVariable("codeKey");
        Code code = key instanceof String s ? codes.findByKey(s.strip()).orElse(null) : null;
        if (code == null) {
            throw new InvalidFormInputException("codeKey", "there is no code with key " + key);
        }
        codes.lock(code.getId()); // see OpenReadingsFollowPublishedVersion
        CodeVersion published = lifecycle.published(code).orElseThrow(() -> new InvalidFormInputException(
                "codeKey", code.getKey() + " has no published version to measure"));
        if (published.getIndicators().isEmpty()) {
            throw new InvalidFormInputException("codeKey", "the published version of " + code.getKey()
                    + " defines no performance indicators");
        }
        subjects.startedFor(execution, code.getId());
        subjects.nowOnVersion(execution, published.getId());
        execution.setProcessBusinessKey(code.getKey());
        execution.setVariable("codeKey", code.getKey());
        execution.setVariable("versionId", published.getId());
    }
}
