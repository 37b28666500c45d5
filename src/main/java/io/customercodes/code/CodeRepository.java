package io.customercodes.code;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeRepository extends JpaRepository<Code, Long> {

    Optional<Code> findByKey(String key);

    boolean existsByKey(String key);

    @Query("select count(v) > 0 from CodeVersion v where v.code.id = ?1"
            + " and v.state = io.customercodes.version.VersionState.PUBLISHED")
    boolean hasPublishedVersion(Long codeId);

    /** The codes started from this model code, oldest first. */
    @Query("select c from Code c where c.adoptedModel = ?1 order by c.createdAt, c.key")
    List<Code> findAdopters(Code model);

    /** One page of the codes started from this model code, by key. */
    @Query(value = "select c from Code c where c.adoptedModel = ?1 order by c.key",
            countQuery = "select count(c) from Code c where c.adoptedModel = ?1")
    Page<Code> findAdopters(Code model, Pageable page);

    /** One page of the ids of all codes, by key. */
    @Query(value = "select c.id from Code c order by c.key", countQuery = "select count(c) from Code c")
    Page<Long> idsByKey(Pageable page);

    /**
     * One page of the ids of the codes customers have seen (a version of them was published), by key: a range of
     * {@code ix_code_published_once}, ordered as the index is, so that H2 too reads it in order and stops at the page.
     */
    @Query(value = "select c.id from Code c where c.publishedOnce = true order by c.publishedOnce, c.key, c.id",
            countQuery = "select count(c) from Code c where c.publishedOnce = true")
    Page<Long> idsOfPublishedByKey(Pageable page);

    /** The codes with their interested parties (an eager collection) in one statement, not one per code. */
    @Query("select c from Code c left join fetch c.interestedParties where c.id in ?1")
    List<Code> findAllWithPartiesById(Collection<Long> ids);

    /** The model codes members may start from: a version in force, not withdrawn; by title. */
    @Query("select c from Code c where c.kind = io.customercodes.code.CodeKind.MODEL and c.withdrawnAt is null"
            + " and c.inForce = true order by c.title, c.key")
    List<Code> findPublishedModels();

    default Code getCode(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code with id " + id));
    }

    default Code getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new UnknownCodeException(key));
    }
}
