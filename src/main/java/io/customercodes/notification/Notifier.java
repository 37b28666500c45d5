package io.customercodes.notification;

import io.customercodes.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, @Value("${customer-codes.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** Tells the task's assignee, or else its candidate group, about the task, with a link to it in Tasklist. */
    public Notification aboutTask(String taskId, String assignee, String group, String subject, String text) {
        String body = text + "\n\nOpen the task: " + taskLink(taskId);
        Notification notification = notifications.save(new Notification(assignee == null ? group : null,
                assignee, subject, body, taskId, EngineClock.now()));
        log.info("Notification to {}: {}", assignee != null ? assignee : "group " + group, subject);
        return notification;
    }

    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
