package io.customercodes.measurement;

import io.customercodes.version.PublishedVersionChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An open readings task lists the indicators of the version published when it was created; when that version is
 * superseded or withdrawn, the task is replaced (a new version's indicators) or the round ends (nothing to read).
 * Runs in the transaction that changed the version, so the two cannot disagree.
 */
@Component
class OpenReadingsFollowPublishedVersion {

    static final String MESSAGE = "PublishedVersionChanged";

    private final RuntimeService runtime;

    OpenReadingsFollowPublishedVersion(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void publishedVersionChanged(PublishedVersionChanged change) {
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(change.codeKey()).correlateAll();
    }
}
