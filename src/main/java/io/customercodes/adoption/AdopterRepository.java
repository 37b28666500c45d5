package io.customercodes.adoption;

import io.customercodes.code.Code;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The codes started from a model code, a page at a time. */
interface AdopterRepository extends Repository<Code, Long> {

    @Query(value = "select c from Code c where c.adoptedModel = ?1 order by c.key",
            countQuery = "select count(c) from Code c where c.adoptedModel = ?1")
    Page<Code> adopters(Code model, Pageable page);
}
