package io.customercodes.code;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CodeRepository extends JpaRepository<Code, Long> {

    Optional<Code> findByKey(String key);

    boolean existsByKey(String key);

    @Query("select count(v) > 0 from CodeVersion v where v.code.id = ?1"
            + " and v.state = io.customercodes.version.VersionState.PUBLISHED")
    boolean hasPublishedVersion(Long codeId);

    /** The codes started from this model code, oldest first. */
    @Query("select c from Code c where c.adoptedModel = ?1 order by c.createdAt, c.key")
    List<Code> findAdopters(Code model);

    default Code getCode(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code with id " + id));
    }

    default Code getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new UnknownCodeException(key));
    }
}
