package io.customercodes.upgrade;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * From release 7e438a8, the last before start-up migration; later releases have fixtures and subclasses of their
 * own.
 */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=upgradeFromPreviousRelease",
        "release=2026-11-26-7e438a8", RunningInstancesMigrateToNewestModels.DEPLOY_RELEASE})
class MigrationFromPreviousReleaseTest extends RunningInstancesMigrateToNewestModels {
}
