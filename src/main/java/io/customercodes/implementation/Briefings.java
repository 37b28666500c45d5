package io.customercodes.implementation;

import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersionRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The multi-instance collection of "Brief personnel": {@code ${briefings.teamsFor(execution)}}. */
@Component("briefings")
public class Briefings {

    private final CodeVersionRepository versions;
    private final Subjects subjects;

    Briefings(CodeVersionRepository versions, Subjects subjects) {
        this.versions = versions;
        this.subjects = subjects;
    }

    public List<String> teamsFor(DelegateExecution execution) {
        return versions.getVersion(subjects.of(execution).getVersionId()).getTeams();
    }
}
