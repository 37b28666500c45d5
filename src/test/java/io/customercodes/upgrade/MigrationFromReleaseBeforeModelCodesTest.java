package io.customercodes.upgrade;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * From the release before model codes and the small-business path (5b16d97, whose models 67e6091 shipped too):
 * codes drafted, approved or in review then carry on under developmentPath.dmn and the adopter reviews.
 */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=upgradeFromBeforeModelCodes",
        "release=2026-11-26-5b16d97", RunningInstancesMigrateToNewestModels.DEPLOY_RELEASE})
class MigrationFromReleaseBeforeModelCodesTest extends RunningInstancesMigrateToNewestModels {
}
