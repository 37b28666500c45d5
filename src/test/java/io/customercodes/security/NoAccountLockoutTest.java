package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HttpTest
class NoAccountLockoutTest {

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessEngine engine;

    @Autowired
    NoAccountLockout noAccountLockout;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void theEngineLocksNoAccountHoweverManyPasswordsAreWrong() {
        for (int i = 0; i < 25; i++) {
            assertThat(identity.checkPassword("sam", "guess" + i)).isFalse();
        }

        assertThat(identity.checkPassword("sam", "sam")).isTrue();
    }

    @Test
    void anAccountTheEngineLockedBeforeIsUnlockedAtStartup() {
        // As the engine's own throttling left carla: ten failures, locked for good.
        jdbc.update("UPDATE ACT_ID_USER SET ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? WHERE ID_ = 'carla'",
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
        assertThat(identity.checkPassword("carla", "carla")).as("locked before the start").isFalse();

        noAccountLockout.postProcessEngineBuild(engine);

        assertThat(identity.checkPassword("carla", "carla")).isTrue();
        assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'carla'", Integer.class))
                .isZero();
    }
}
