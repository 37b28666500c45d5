package io.customercodes.retention;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the engine keeps the history of a finished process instance or decision ({@code
 * customer-codes.retention.engine-history-days}, default 180): Cockpit's view of what happened, not our
 * records, which live in our own tables. New deployments take it from {@link HistoryTimeToLiveOnDeployment}; at each
 * start the definitions deployed before the setting changed get it too, so that changing it needs no new model. The
 * nightly history cleanup then removes what has passed its time.
 */
@Component
class EngineHistoryTimeToLive {

    private static final Logger LOG = LoggerFactory.getLogger(EngineHistoryTimeToLive.class);

    private final RepositoryService repository;
    private final int days;

    EngineHistoryTimeToLive(RepositoryService repository,
            @Value("${customer-codes.retention.engine-history-days:180}") int days) {
        this.repository = repository;
        this.days = validDays(days);
    }

    static int validDays(int days) {
        if (days < 1) {
            throw new IllegalStateException("customer-codes.retention.engine-history-days must be at least 1");
        }
        return days;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before the sample codes end their first instances
    @Transactional
    void applyToEveryDefinition() {
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("Engine history of {} definitions is kept {} days after their instances end", changed, days);
        }
    }
}
