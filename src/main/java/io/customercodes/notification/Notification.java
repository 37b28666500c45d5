package io.customercodes.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message to a user or group about a task, kept as a record of who was told what and when. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipientGroup;
    private String recipientUser;
    private String subject;
    private String body;
    private String taskId;
    private Instant createdAt;
    private String mailedTo;

    protected Notification() {
    }

    Notification(String recipientGroup, String recipientUser, String subject, String body, String taskId,
            Instant createdAt, String mailedTo) {
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
