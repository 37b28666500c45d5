package io.customercodes.version;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.code.UnknownCodeException;
import io.customercodes.security.ReadAccess;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The codes and versions /api shows the caller: all of them to those who work on drafts, else only codes
 * customers have seen and their versions that were published. What is hidden is reported as unknown.
 */
@Component
public class VisibleVersions {

    private static final List<VersionState> SEEN_BY_CUSTOMERS = Arrays.stream(VersionState.values())
            .filter(VersionState::wasPublished).toList();

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final ReadAccess access;

    VisibleVersions(CodeRepository codes, CodeVersionRepository versions, ReadAccess access) {
        this.codes = codes;
        this.versions = versions;
        this.access = access;
    }

    public List<Code> codes() {
        List<Code> all = codes.findAll(Sort.by("key"));
        if (access.seesUnpublished()) {
            return all;
        }
        var published = versions.codeIdsWithVersionsIn(SEEN_BY_CUSTOMERS);
        return all.stream().filter(c -> published.contains(c.getId())).toList();
    }

    /** One page of the codes the caller may read, by key. */
    public Page<Code> codes(int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        return access.seesUnpublished() ? codes.findAll(request.withSort(Sort.by("key")))
                : versions.codesWithVersionsIn(SEEN_BY_CUSTOMERS, request);
    }

    public Code code(String key) {
        Code code = codes.getByKey(key);
        if (!access.seesUnpublished() && versions.findByCodeOrderByNumberAsc(code).stream().noneMatch(published())) {
            throw new UnknownCodeException(key);
        }
        return code;
    }

    /** The versions of a code the caller may see, oldest first. */
    public List<CodeVersion> of(Code code) {
        List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(code);
        return access.seesUnpublished() ? all : all.stream().filter(published()).toList();
    }

    public CodeVersion version(Code code, int number) {
        CodeVersion version = versions.getVersion(code, number);
        if (!access.seesUnpublished() && !version.getState().wasPublished()) {
            throw new UnknownVersionException(code.getKey(), number);
        }
        return version;
    }

    private static Predicate<CodeVersion> published() {
        return v -> v.getState().wasPublished();
    }
}
