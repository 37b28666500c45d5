package io.customercodes.notification;

import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class NotificationRepository {

    private static final String SELECT = """
            select id, recipient_group, recipient_user, subject, body, task_id, created_at, mailed_to
            from notification""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Notification save(Notification n) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into notification
                    (recipient_group, recipient_user, subject, body, task_id, created_at, mailed_to)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(n.getRecipientGroup(), n.getRecipientUser(), n.getSubject(), n.getBody(), n.getTaskId(),
                        utc(n.getCreatedAt()), n.getMailedTo()));
        return new Notification(id, n.getRecipientGroup(), n.getRecipientUser(), n.getSubject(), n.getBody(),
                n.getTaskId(), n.getCreatedAt(), n.getMailedTo());
    }

    public List<Notification> findByTaskIdOrderByCreatedAtAsc(String taskId) {
        return jdbc.sql(SELECT + " where task_id = ? order by created_at, id").param(taskId)
                .query(NotificationRepository::notification).list();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("recipient_group"), rs.getString("recipient_user"),
                rs.getString("subject"), rs.getString("body"), rs.getString("task_id"), instant(rs, "created_at"),
                rs.getString("mailed_to"));
    }
}
