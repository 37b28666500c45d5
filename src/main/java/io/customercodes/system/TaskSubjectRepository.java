package io.customercodes.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskSubjectRepository extends JpaRepository<TaskSubject, String> {
}
