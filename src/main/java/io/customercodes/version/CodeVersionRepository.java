package io.customercodes.version;

import io.customercodes.code.Code;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    Optional<CodeVersion> findByCodeAndState(Code code, VersionState state);

    List<CodeVersion> findByCodeOrderByNumberAsc(Code code);

    Optional<CodeVersion> findByCodeAndNumber(Code code, int number);

    @Query(value = "select coalesce(max(v.number), 0) from code_version v where v.code_id = ?1", nativeQuery = true)
    int highestNumber(Long codeId);

    default int highestNumber(Code code) {
        return highestNumber(code.getId());
    }

    /** One page of a code's versions, oldest first (the number is unique within a code). */
    Page<CodeVersion> findByCodeOrderByNumberAsc(Code code, Pageable page);

    Page<CodeVersion> findByCodeAndStateInOrderByNumberAsc(Code code, Collection<VersionState> states, Pageable page);

    List<CodeVersion> findByCodeIdInAndState(Collection<Long> codeIds, VersionState state);

    /** As {@link #findByCodeIdInAndState}, with each code and its interested parties in the same statement. */
    @EntityGraph(attributePaths = {"code", "code.interestedParties"})
    List<CodeVersion> findWithCodeByCodeIdInAndState(Collection<Long> codeIds, VersionState state);

    default CodeVersion getVersion(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code version with id " + id));
    }

    default CodeVersion getVersion(Code code, int number) {
        return findByCodeAndNumber(code, number).orElseThrow(() -> new UnknownVersionException(code.getKey(), number));
    }
}
