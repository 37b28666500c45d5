package io.customercodes.system;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Replaces Camunda's job executor health, which says DOWN until the job executor starts. It starts only
 * once the application is ready (after the demo run's sample codes), so while starting it is not broken
 * but not there yet: OUT_OF_SERVICE, like the readiness state. DOWN is kept for a stopped job executor
 * in a running application.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ApplicationAvailability availability;

    JobExecutorHealth(ObjectProvider<JobExecutor> jobExecutor, ApplicationAvailability availability) {
        this.jobExecutor = jobExecutor;
        this.availability = availability;
    }

    @Override
    public Health health() {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            return Health.up().withDetail("jobExecution", "disabled").build();
        }
        if (executor.isActive()) {
            return Health.up().withDetail("lockOwner", executor.getLockOwner()).build();
        }
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                ? Health.down().withDetail("jobExecutor", "stopped").build()
                : Health.outOfService().withDetail("jobExecutor", "starts once the application is ready").build();
    }
}
