package io.customercodes.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

    List<DecisionRecord> findByVersionIdOrderByDecidedAtAscIdAsc(Long versionId);

    List<DecisionRecord> findByCodeIdOrderByDecidedAtAscIdAsc(Long codeId);

    Page<DecisionRecord> findByCodeIdOrderByDecidedAtAscIdAsc(Long codeId, Pageable page);
}
