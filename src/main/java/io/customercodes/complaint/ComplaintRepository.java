package io.customercodes.complaint;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByReference(String reference);

    Optional<Complaint> findByStatusTokenHash(String statusTokenHash);

    Page<Complaint> findByCodeIdOrderByReceivedAtAscIdAsc(Long codeId, Pageable page);

    /** One page of a code's complaints: as they came in, the id breaking ties. */
    default Page<Complaint> pageOfCode(Long codeId, Pageable page) {
        return findByCodeIdOrderByReceivedAtAscIdAsc(codeId, page);
    }

    /** Erases the complainant's name, contact details and status link of complaints closed before the cutoff. */
    @Modifying
    @Query(value = "update complaint set complainant_name = null, complainant_email = null, complainant_phone = null,"
            + " status_token_hash = null, personal_data_erased_at = ?2"
            + " where closed_at < ?1 and personal_data_erased_at is null", nativeQuery = true)
    int erasePersonalDataOfClosedBefore(Instant cutoff, Instant now);

    default Complaint getByReference(String reference) {
        return findByReference(reference).orElseThrow(() -> new UnknownComplaintException(reference));
    }
}
