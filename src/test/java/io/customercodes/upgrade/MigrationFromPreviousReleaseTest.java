package io.customercodes.upgrade;

import org.springframework.boot.test.context.SpringBootTest;

/** From the last release (7e438a8): replace its fixture under releases/ at each release. */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=upgradeFromPreviousRelease",
        "release=2026-11-26-7e438a8", RunningInstancesMigrateToNewestModels.DEPLOY_RELEASE})
class MigrationFromPreviousReleaseTest extends RunningInstancesMigrateToNewestModels {
}
