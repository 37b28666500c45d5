package io.customercodes.code;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Derived queries and plain SQL, no JPQL: Spring Data and Hibernate parse JPQL with ANTLR, whose first parses cost
 * seconds of every start (and its caches memory) for a handful of queries.
 */
public interface CodeRepository extends JpaRepository<Code, Long> {

    Optional<Code> findByKey(String key);

    boolean existsByKey(String key);

    List<Code> findByAdoptedModelOrderByCreatedAtAscKeyAsc(Code model);

    Page<Code> findByAdoptedModelOrderByKeyAsc(Code model, Pageable page);

    /** The codes started from this model code, oldest first. */
    default List<Code> findAdopters(Code model) {
        return findByAdoptedModelOrderByCreatedAtAscKeyAsc(model);
    }

    /** One page of the codes started from this model code, by key. */
    default Page<Code> findAdopters(Code model, Pageable page) {
        return findByAdoptedModelOrderByKeyAsc(model, page);
    }

    /** One page of the ids of all codes, by key. */
    @Query(value = "select c.id from code c order by c.code_key", countQuery = "select count(*) from code c",
            nativeQuery = true)
    Page<Long> idsByKey(Pageable page);

    /**
     * One page of the ids of the codes customers have seen (a version of them was published), by key: a range of
     * {@code ix_code_published_once}, ordered as the index is, so that H2 too reads it in order and stops at the page.
     */
    @Query(value = "select c.id from code c where c.published_once = true"
            + " order by c.published_once, c.code_key, c.id",
            countQuery = "select count(*) from code c where c.published_once = true", nativeQuery = true)
    Page<Long> idsOfPublishedByKey(Pageable page);

    /** The codes with their interested parties (an eager collection) in one statement, not one per code. */
    @EntityGraph(attributePaths = "interestedParties")
    List<Code> findAllWithPartiesByIdIn(Collection<Long> ids);

    List<Code> findByKindAndWithdrawnAtIsNullAndInForceTrueOrderByTitleAscKeyAsc(CodeKind kind);

    /** The model codes members may start from: a version in force, not withdrawn; by title. */
    default List<Code> findPublishedModels() {
        return findByKindAndWithdrawnAtIsNullAndInForceTrueOrderByTitleAscKeyAsc(CodeKind.MODEL);
    }

    default Code getCode(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code with id " + id));
    }

    default Code getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new UnknownCodeException(key));
    }
}
