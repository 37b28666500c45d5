package io.customercodes.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeReviewRepository extends JpaRepository<CodeReview, Long> {

    List<CodeReview> findByCodeIdOrderByStartedAtAsc(Long codeId);

    Optional<CodeReview> findFirstByCodeIdAndDecisionIsNotNullOrderByDecidedAtDesc(Long codeId);

    default Optional<CodeReview> lastDecided(Long codeId) {
        return findFirstByCodeIdAndDecisionIsNotNullOrderByDecidedAtDesc(codeId);
    }

    Optional<CodeReview> findFirstByCodeIdOrderByStartedAtDesc(Long codeId);

    default CodeReview getReview(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No review with id " + id));
    }
}
