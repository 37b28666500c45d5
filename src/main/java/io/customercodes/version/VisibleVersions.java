package io.customercodes.version;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.code.UnknownCodeException;
import io.customercodes.security.ReadAccess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

    /** One page of the codes the caller may read, by key: the page's ids first, then their rows. */
    public Page<Code> codes(int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        Page<Long> ids = access.seesUnpublished() ? codes.idsByKey(request) : codes.idsOfPublishedByKey(request);
        Map<Long, Code> rows = codes.findAllByIdIn(ids.getContent()).stream()
                .collect(Collectors.toMap(Code::getId, Function.identity(), (same, again) -> same));
        return ids.map(rows::get);
    }

    public Code code(String key) {
        Code code = codes.getByKey(key);
        if (!access.seesUnpublished() && !code.isPublishedOnce()) {
            throw new UnknownCodeException(key);
        }
        return code;
    }

    /** The versions of a code the caller may see, oldest first. */
    public List<CodeVersion> of(Code code) {
        List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(code);
        return access.seesUnpublished() ? all : all.stream().filter(published()).toList();
    }

    /** One page of the versions of a code the caller may see, oldest first. */
    public Page<CodeVersion> of(Code code, Pageable page) {
        return access.seesUnpublished() ? versions.findByCodeOrderByNumberAsc(code, page)
                : versions.findByCodeAndStateInOrderByNumberAsc(code, SEEN_BY_CUSTOMERS, page);
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
