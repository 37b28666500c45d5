package io.customercodes.notification;

import java.time.Instant;

/** A message to a user or group about a task, kept as a record of who was told what and when. */
public class Notification {

    private final Long id;

    private final String recipientGroup;
    private final String recipientUser;
    private final String subject;
    private final String body;
    private final String taskId;
    private final Instant createdAt;
    private final String mailedTo;

    Notification(String recipientGroup, String recipientUser, String subject, String body, String taskId,
            Instant createdAt, String mailedTo) {
        this(null, recipientGroup, recipientUser, subject, body, taskId, createdAt, mailedTo);
    }

    Notification(Long id, String recipientGroup, String recipientUser, String subject, String body, String taskId,
            Instant createdAt, String mailedTo) {
        this.id = id;
        this.recipientGroup = recipientGroup;
        this.recipientUser = recipientUser;
        this.subject = subject;
        this.body = body;
        this.taskId = taskId;
        this.createdAt = createdAt;
        this.mailedTo = mailedTo;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientGroup() {
        return recipientGroup;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getTaskId() {
        return taskId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The addresses the message was mailed to, comma-separated; empty when nobody had an address. */
    public String getMailedTo() {
        return mailedTo;
    }
}
