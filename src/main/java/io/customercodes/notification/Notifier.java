package io.customercodes.notification;

import io.customercodes.system.DisplayDates;
import io.customercodes.system.EngineClock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Tells people about tasks: a stored notification, and a mail with a link to the task in Tasklist. */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final IdentityService identity;
    private final MailOutbox outbox;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, IdentityService identity, MailOutbox outbox,
            @Value("${customer-codes.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.identity = identity;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    /** Tells the task's assignee, or else every member of the group, about the task. */
    public Notification aboutTask(String taskId, String assignee, String group, String subject, String text) {
        String body = text + "\n\nOpen the task: " + taskLink(taskId);
        List<String> to = addresses(assignee, group);
        Notification notification = notifications.save(new Notification(assignee == null ? group : null,
                assignee, subject, body, taskId, EngineClock.now(), String.join(",", to)));
        log.info("Notification to {}: {}", assignee != null ? assignee : "group " + group, subject);
        outbox.send(to, subject, body);
        return notification;
    }

    /** "on 9 December 2026", or "soon" for a task without a due date: for sentences like "is due …". */
    public static String due(Date dueDate) {
        return dueDate == null ? "soon" : "on " + DisplayDates.date(dueDate);
    }

    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private List<String> addresses(String assignee, String group) {
        List<User> users = assignee != null ? identity.createUserQuery().userId(assignee).list()
                : identity.createUserQuery().memberOfGroup(group).list();
        return users.stream().map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct()
                .toList();
    }
}
