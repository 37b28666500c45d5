package io.customercodes.complaint;

import io.customercodes.system.EngineClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints are records the organization keeps ({@code customer-codes.retention.records-years}, default 6 years
 * after they were closed); after that the complainant's name, e-mail, phone and status link are erased, while
 * what happened, the response and the outcome stay for the code's statistics. Every night; on several nodes the
 * second finds nothing left to do.
 */
@Component
public class ComplaintRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintRetention.class);

    private final ComplaintRepository complaints;
    private final int years;

    ComplaintRetention(ComplaintRepository complaints,
            @Value("${customer-codes.retention.records-years:6}") int years) {
        if (years < 1) {
            throw new IllegalStateException("customer-codes.retention.records-years must be at least 1");
        }
        this.complaints = complaints;
        this.years = years;
    }

    @Scheduled(cron = "${customer-codes.retention.records-cron:0 30 2 * * *}")
    @Transactional
    public int erasePersonalDataPastRetention() {
        Instant now = EngineClock.now();
        Instant cutoff = ZonedDateTime.ofInstant(now, EngineClock.zone()).minusYears(years).toInstant();
        int erased = complaints.erasePersonalDataOfClosedBefore(cutoff, now);
        if (erased > 0) {
            LOG.info("Erased the complainant's details of {} complaints closed more than {} years ago", erased, years);
        }
        return erased;
    }
}
