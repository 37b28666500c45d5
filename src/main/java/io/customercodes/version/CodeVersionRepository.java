package io.customercodes.version;

import io.customercodes.code.Code;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    Optional<CodeVersion> findByCodeAndState(Code code, VersionState state);

    List<CodeVersion> findByCodeOrderByNumberAsc(Code code);

    Optional<CodeVersion> findByCodeAndNumber(Code code, int number);

    @Query("select coalesce(max(v.number), 0) from CodeVersion v where v.code = ?1")
    int highestNumber(Code code);

    /** One page of a code's versions, oldest first (the number is unique within a code). */
    Page<CodeVersion> findByCodeOrderByNumberAsc(Code code, Pageable page);

    Page<CodeVersion> findByCodeAndStateInOrderByNumberAsc(Code code, Collection<VersionState> states, Pageable page);

    @Query("select v from CodeVersion v where v.code.id in ?1 and v.state = ?2")
    List<CodeVersion> findByCodeIdsAndState(Collection<Long> codeIds, VersionState state);

    default CodeVersion getVersion(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code version with id " + id));
    }

    default CodeVersion getVersion(Code code, int number) {
        return findByCodeAndNumber(code, number).orElseThrow(() -> new UnknownVersionException(code.getKey(), number));
    }
}
