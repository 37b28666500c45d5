package io.customercodes.implementation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonnelBriefingRepository extends JpaRepository<PersonnelBriefing, Long> {

    List<PersonnelBriefing> findByVersionIdOrderByIdAsc(Long versionId);
}
