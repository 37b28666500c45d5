package io.customercodes.code;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeRepository extends JpaRepository<Code, Long> {

    Optional<Code> findByKey(String key);

    boolean existsByKey(String key);

    default Code getCode(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No code with id " + id));
    }

    default Code getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new UnknownCodeException(key));
    }
}
