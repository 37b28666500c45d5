package io.customercodes.consultation;

import io.customercodes.code.InterestedParty;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationFeedbackRepository extends JpaRepository<ConsultationFeedback, Long> {

    List<ConsultationFeedback> findByVersionIdAndRoundOrderByIdAsc(Long versionId, int round);

    List<ConsultationFeedback> findByVersionIdOrderByRoundAscIdAsc(Long versionId);

    boolean existsByVersionIdAndRoundAndParty(Long versionId, int round, InterestedParty party);
}
