package io.customercodes.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns off the engine's own login throttling. It counts failures per user, whoever sends them: after
 * loginMaxAttempts wrong passwords from anybody the account is locked for good, and during each delay it
 * refuses even the right password. {@link LoginThrottle} slows guessing down per client instead. Accounts
 * the engine locked before are unlocked when the engine starts.
 */
@Component
class NoAccountLockout extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(NoAccountLockout.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        // The delay is min(base * factor^(attempts - 1), max) seconds: zero, so no failure delays the user.
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayMaxTime(0);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        unlockLockedUsers(engine);
    }

    void unlockLockedUsers(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.isReadOnly()) {
            return; // e.g. LDAP: no lock in the engine's tables
        }
        String table = engine.getManagementService().getTableName(UserEntity.class);
        List<User> locked = identity.createNativeUserQuery()
                .sql("SELECT * FROM " + table + " WHERE ATTEMPTS_ > 0 OR LOCK_EXP_TIME_ IS NOT NULL")
                .list();
        for (User user : locked) {
            identity.unlockUser(user.getId());
            LOG.info("Unlocked user {}, whom the engine's login throttling had locked", user.getId());
        }
    }
}
