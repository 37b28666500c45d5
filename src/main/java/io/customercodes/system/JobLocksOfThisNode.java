package io.customercodes.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job the job executor has locked stays locked for its lock time (5 minutes) even when the JVM holding
 * the lock was killed: after a crash, a code approved just before would wait that long to be published.
 * So each node locks jobs in the name of its Camunda hostname, which stays the same across restarts and
 * differs between the nodes of a cluster (docker/compose.yaml and scripts/two-nodes.sh set one per node),
 * and on start, before its job executor runs, releases what it had locked before: only its own locks, so
 * the jobs another node is running are left alone.
 */
@Component
class JobLocksOfThisNode extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobLocksOfThisNode.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.getJobExecutor().setLockOwner(owner());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        int released = releaseEarlierLocks();
        if (released > 0) {
            log.info("Released {} job(s) that node {} had locked before it stopped", released, owner());
        }
    }

    String owner() {
        return configuration.getHostname();
    }

    /** Returns how many jobs were released. */
    int releaseEarlierLocks() {
        return new JdbcTemplate(configuration.getDataSource()).update("update "
                + configuration.getDatabaseTablePrefix() + "ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null,"
                + " REV_ = REV_ + 1 where LOCK_OWNER_ = ?", owner());
    }
}
