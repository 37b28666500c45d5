package io.customercodes.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeReviewRepository extends JpaRepository<CodeReview, Long> {

    List<CodeReview> findByCodeIdOrderByStartedAtAsc(Long codeId);

    /** One page of a code's reviews, as they started, the id breaking ties. */
    Page<CodeReview> findByCodeIdOrderByStartedAtAscIdAsc(Long codeId, Pageable page);

    Optional<CodeReview> findFirstByCodeIdAndDecisionIsNotNullOrderByDecidedAtDesc(Long codeId);

    Optional<CodeReview> findFirstByCodeIdAndDecisionAndDecidedAtLessThanEqualOrderByDecidedAtDescIdDesc(Long codeId,
            ReviewDecision decision, Instant decidedAt);

    /** The review whose decision to revise opened a version created at that moment. */
    default Optional<CodeReview> revisionCause(Long codeId, Instant versionCreatedAt) {
        return findFirstByCodeIdAndDecisionAndDecidedAtLessThanEqualOrderByDecidedAtDescIdDesc(codeId,
                ReviewDecision.REVISE, versionCreatedAt);
    }

    default Optional<CodeReview> lastDecided(Long codeId) {
        return findFirstByCodeIdAndDecisionIsNotNullOrderByDecidedAtDesc(codeId);
    }

    Optional<CodeReview> findFirstByCodeIdOrderByStartedAtDesc(Long codeId);

    default CodeReview getReview(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No review with id " + id));
    }
}
