package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class JobLocksOfThisNodeTest extends ProcessTest {

    @Autowired
    JobLocksOfThisNode locks;

    @Autowired
    ManagementService management;

    @Autowired
    DataSource dataSource;

    @Test
    void theJobExecutorLocksJobsInTheNameOfThisNodesHostname() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();

        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(configuration.getHostname())
                .isEqualTo(locks.owner());
    }

    @Test
    void onStartTheNodeReleasesWhatItHadLockedBeforeAndLeavesOtherNodesLocksAlone() {
        Job mine = publicationJob(ProcessScenario.uniqueKey("LOCKED"));
        Job others = publicationJob(ProcessScenario.uniqueKey("LOCKED"));
        lock(mine, locks.owner());
        lock(others, "another-node");

        assertThat(locks.releaseEarlierLocks()).isEqualTo(1);

        assertThat(lock(mine)).as("lock owner and expiry of this node's job").containsOnlyNulls();
        assertThat(lock(others)).as("lock owner of the other node's job").startsWith("another-node");
        new JdbcTemplate(dataSource).update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null"
                + " where ID_ = ?", others.getId());
    }

    /** A code approved: its publication waits as an asynchronous job. */
    private Job publicationJob(String key) {
        scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days");
        scenario.complete("tom", key, "Task_ApproveCode", ProcessScenario.form("approvalDecision", "APPROVED"));
        String development = runtime.createProcessInstanceQuery().processDefinitionKey("codeDevelopment")
                .processInstanceBusinessKey(key).singleResult().getId();
        return management.createJobQuery().processInstanceId(development).messages().singleResult();
    }

    private void lock(Job job, String owner) {
        new JdbcTemplate(dataSource).update("update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?",
                owner, Timestamp.from(Instant.now().plus(5, ChronoUnit.MINUTES)), job.getId());
    }

    private List<Object> lock(Job job) {
        return new JdbcTemplate(dataSource).queryForList("select LOCK_OWNER_, LOCK_EXP_TIME_ from ACT_RU_JOB"
                + " where ID_ = ?", job.getId()).get(0).values().stream().toList();
    }
}
