package io.customercodes.adoption;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelUpdateRepository extends JpaRepository<ModelUpdate, Long> {

    List<ModelUpdate> findByToVersionIdOrderByIdAsc(Long toVersionId);

    /** The updates no review of the adopter has shown yet, oldest first. */
    List<ModelUpdate> findByAdopterCodeIdAndReviewIdIsNullOrderByIdAsc(Long adopterCodeId);

    List<ModelUpdate> findByReviewIdInOrderByIdAsc(Collection<Long> reviewIds);

    default ModelUpdate getUpdate(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No model update with id " + id));
    }
}
