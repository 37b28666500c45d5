package io.customercodes.implementation;

import io.customercodes.version.CodeVersionRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** The multi-instance collection of "Brief personnel": {@code ${briefings.teamsFor(versionId)}}. */
@Component("briefings")
public class Briefings {

    private final CodeVersionRepository versions;

    Briefings(CodeVersionRepository versions) {
        this.versions = versions;
    }

    public List<String> teamsFor(Long versionId) {
        return versions.getVersion(versionId).getTeams();
    }
}
