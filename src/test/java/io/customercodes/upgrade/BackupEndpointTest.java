package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Only administrators back up, and only the H2 file database of the default run: the tests' in-memory H2 and
 * PostgreSQL are refused with the way to go (BackupAndRestoreTest backs up a real one).
 */
@HttpTest
class BackupEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void onlyAdministratorsMayAskForABackup() {
        for (String user : new String[] {"mary", "sam", "carla", "tom", "hank"}) {
            assertThat(new EngineRestClient(port, user).post("/api/admin/backups", Map.of()).status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(new EngineRestClient(port, null).post("/api/admin/backups", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aDatabaseOtherThanAnH2FileIsReferredToItsOwnTools() {
        EngineRestClient.Response refused = new EngineRestClient(port, "admin").post("/api/admin/backups", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("pg_dump");
    }
}
