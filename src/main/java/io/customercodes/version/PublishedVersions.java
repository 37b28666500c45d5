package io.customercodes.version;

import io.customercodes.code.CodeRepository;
import org.springframework.stereotype.Component;

/** For gateway conditions: {@code ${publishedVersions.exists(codeKey)}}. */
@Component("publishedVersions")
public class PublishedVersions {

    private final CodeRepository codes;
    private final CodeVersionRepository versions;

    PublishedVersions(CodeRepository codes, CodeVersionRepository versions) {
        this.codes = codes;
        this.versions = versions;
    }

    public boolean exists(String codeKey) {
        return versions.findByCodeAndState(codes.getByKey(codeKey), VersionState.PUBLISHED).isPresent();
    }
}
