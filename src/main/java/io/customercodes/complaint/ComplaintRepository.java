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

    /** One page of a code's complaints: as they came in, the id breaking ties. */
    @Query(value = "select c from Complaint c where c.codeId = ?1 order by c.receivedAt, c.id",
            countQuery = "select count(c) from Complaint c where c.codeId = ?1")
    Page<Complaint> pageOfCode(Long codeId, Pageable page);

    /** Erases the complainant's name, contact details and status link of complaints closed before the cutoff. */
    @Modifying
    @Query("update Complaint c set c.complainantName = null, c.complainantEmail = null, c.complainantPhone = null,"
            + " c.statusTokenHash = null, c.personalDataErasedAt = ?2"
            + " where c.closedAt < ?1 and c.personalDataErasedAt is null")
    int erasePersonalDataOfClosedBefore(Instant cutoff, Instant now);

    default Complaint getByReference(String reference) {
        return findByReference(reference).orElseThrow(() -> new UnknownComplaintException(reference));
    }
}
