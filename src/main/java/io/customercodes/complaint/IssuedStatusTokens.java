package io.customercodes.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A new status token, held for the rest of the filing transaction only, so the acknowledgement mailed in it
 * can carry the status link. It is never stored, logged or put into a process variable.
 */
@Component
class IssuedStatusTokens {

    void hold(String reference, String token) {
        tokens().put(reference, token);
    }

    Optional<String> of(String reference) {
        return TransactionSynchronizationManager.hasResource(this) ? Optional.ofNullable(tokens().get(reference))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> tokens() {
        if (!TransactionSynchronizationManager.hasResource(this)) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return new HashMap<>();
            }
            TransactionSynchronizationManager.bindResource(this, new HashMap<String, String>());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IssuedStatusTokens.this);
                }
            });
        }
        return (Map<String, String>) TransactionSynchronizationManager.getResource(this);
    }
}
