package io.customercodes.notification;

import org.springframework.stereotype.Component;

/**
 * Mail to a customer rather than a user: sent once the transaction commits, like every mail, but neither the
 * address nor the text (which may hold a private link) is stored as a notification or written to the log.
 * The complaint it concerns keeps the record.
 */
@Component
public class CustomerMail {

    private final MailOutbox outbox;

    CustomerMail(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** {@code about} names the matter in the log, e.g. "complainant of ACME-ONLINE-2026-00042". */
    public void send(String address, String about, String subject, String body) {
        outbox.sendPrivately(address, about, subject, body);
    }
}
