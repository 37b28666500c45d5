package io.customercodes.version;

import io.customercodes.code.Code;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Query("select v from CodeVersion v join fetch v.code c where v.state = ?1 order by c.title")
    List<CodeVersion> findAllByStateWithCode(VersionState state);

    /**
     * One page of the versions in a state, by title and key (a stable order), whose code's key, title or
     * organization contains the text (lower case, with % around it; null for all) and which make a promise of
     * the category (null for any).
     */
    @Query(value = "select v from CodeVersion v join fetch v.code c where v.state = :state"
            + " and (:text is null or lower(c.title) like :text or lower(c.organization) like :text"
            + " or lower(c.key) like :text)"
            + " and (:category is null or exists (select p.id from Promise p where p.version = v"
            + " and p.category = :category))"
            + " order by c.title, c.key",
            countQuery = "select count(v) from CodeVersion v join v.code c where v.state = :state"
            + " and (:text is null or lower(c.title) like :text or lower(c.organization) like :text"
            + " or lower(c.key) like :text)"
            + " and (:category is null or exists (select p.id from Promise p where p.version = v"
            + " and p.category = :category))")
    Page<CodeVersion> search(@Param("state") VersionState state, @Param("text") String text,
            @Param("category") PromiseCategory category, Pageable page);

    @Query(value = "select c from Code c where exists (select v.id from CodeVersion v where v.code = c"
            + " and v.state in ?1) order by c.key",
            countQuery = "select count(c) from Code c where exists (select v.id from CodeVersion v where v.code = c"
            + " and v.state in ?1)")
    Page<Code> codesWithVersionsIn(Collection<VersionState> states, Pageable page);

    @Query("select v from CodeVersion v where v.code.id in ?1 and v.state = ?2")
    List<CodeVersion> findByCodeIdsAndState(Collection<Long> codeIds, VersionState state);

    @Query("select distinct v.code.id from CodeVersion v where v.state in ?1")
    Set<Long> codeIdsWithVersionsIn(Collection<VersionState> states);

    default CodeVersion getVersion(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code version with id " + id));
    }

    default CodeVersion getVersion(Code code, int number) {
        return findByCodeAndNumber(code, number).orElseThrow(() -> new UnknownVersionException(code.getKey(), number));
    }
}
