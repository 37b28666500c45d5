package io.customercodes.version;

import io.customercodes.code.Code;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeVersionRepository extends JpaRepository<CodeVersion, Long> {

    Optional<CodeVersion> findByCodeAndState(Code code, VersionState state);

    List<CodeVersion> findByCodeOrderByNumberAsc(Code code);

    Optional<CodeVersion> findByCodeAndNumber(Code code, int number);

    @Query("select coalesce(max(v.number), 0) from CodeVersion v where v.code = ?1")
    int highestNumber(Code code);

    @Query("select v from CodeVersion v join fetch v.code c where v.state = ?1 order by c.title")
    List<CodeVersion> findAllByStateWithCode(VersionState state);

    @Query("select distinct v.code.id from CodeVersion v where v.state in ?1")
    Set<Long> codeIdsWithVersionsIn(Collection<VersionState> states);

    default CodeVersion getVersion(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code version with id " + id));
    }

    default CodeVersion getVersion(Code code, int number) {
        return findByCodeAndNumber(code, number).orElseThrow(() -> new UnknownVersionException(code.getKey(), number));
    }
}
