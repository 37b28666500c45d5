package io.customercodes.complaint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server in the test: every mail that would leave is kept for the test to read. */
@TestConfiguration
class CapturedMail {

    static final List<SimpleMailMessage> SENT = new CopyOnWriteArrayList<>();

    @Bean
    JavaMailSenderImpl capturingMailSender() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                SENT.addAll(List.of(messages));
            }
        };
    }

    static List<SimpleMailMessage> to(String address) {
        return SENT.stream().filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address)).toList();
    }
}
