package io.customercodes.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessSubjectRepository extends JpaRepository<ProcessSubject, String> {
}
