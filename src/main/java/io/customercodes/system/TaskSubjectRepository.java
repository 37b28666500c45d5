package io.customercodes.system;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class TaskSubjectRepository {

    private final JdbcClient jdbc;

    TaskSubjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskSubject> findById(String taskId) {
        return jdbc.sql("select task_id, process_instance_id, item from task_subject where task_id = ?")
                .param(taskId)
                .query((rs, row) -> new TaskSubject(rs.getString("task_id"), rs.getString("process_instance_id"),
                        rs.getString("item")))
                .optional();
    }

    boolean existsById(String taskId) {
        return jdbc.sql("select count(*) from task_subject where task_id = ?").param(taskId).query(Long.class)
                .single() > 0;
    }

    /** Records the task's item; a task's item never changes. */
    void save(TaskSubject subject) {
        jdbc.sql("insert into task_subject (task_id, process_instance_id, item) values (?, ?, ?)")
                .params(subject.getTaskId(), subject.getProcessInstanceId(), subject.getItem()).update();
    }
}
