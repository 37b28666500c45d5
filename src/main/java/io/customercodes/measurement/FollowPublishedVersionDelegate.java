package io.customercodes.measurement;

import io.customercodes.code.CodeRepository;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.VersionLifecycle;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the published version changed: readings stay due if the code still has published indicators. */
@Component("followPublishedVersion")
class FollowPublishedVersionDelegate implements JavaDelegate {

    static final String STILL_DUE = "readingsStillDue";

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;
    private final Subjects subjects;

    FollowPublishedVersionDelegate(CodeRepository codes, VersionLifecycle lifecycle, Subjects subjects) {
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long codeId = subjects.of(execution).getCodeId();
        codes.lock(codeId); // see OpenReadingsFollowPublishedVersion
        Optional<CodeVersion> published = lifecycle.published(codes.getCode(codeId))
                .filter(version -> !version.getIndicators().isEmpty());
        published.ifPresent(version -> {
            subjects.nowOnVersion(execution, version.getId());
            execution.setVariable("versionId", version.getId());
        });
        execution.setVariable(STILL_DUE, published.isPresent());
    }
}
