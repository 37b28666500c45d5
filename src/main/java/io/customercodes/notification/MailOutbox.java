package io.customercodes.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail through Spring Mail when spring.mail.host is set, else writes it to the log (the default
 * run). Mail leaves only once the transaction that caused it commits, so a refused task completion or a
 * retried job never mails anybody.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailOutbox(ObjectProvider<JavaMailSender> sender, @Value("${customer-codes.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(List<String> to, String subject, String body) {
        send(to, null, subject, body);
    }

    /**
     * Sends mail whose recipients and body must not reach the log (a customer's address, a private link):
     * the log names only {@code logAs}.
     */
    void sendPrivately(String to, String logAs, String subject, String body) {
        send(List.of(to), logAs, subject, body);
    }

    private void send(List<String> to, String logAs, String subject, String body) {
        if (to.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(to, logAs, subject, body);
                }
            });
        } else {
            deliver(to, logAs, subject, body);
        }
    }

    private void deliver(List<String> to, String logAs, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            if (logAs == null) {
                log.info("Mail (no spring.mail.host set) to {}: {}\n{}", to, subject, body);
            } else {
                log.info("Mail (no spring.mail.host set) to {}: {} (text not logged)", logAs, subject);
            }
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            // The notification row stays as the record; a mail server outage must not undo the work.
            log.warn("Could not mail {} to {}: {}", subject, logAs == null ? to : logAs, e.getMessage());
        }
    }
}
