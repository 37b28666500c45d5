package io.customercodes.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: every decision records its actor. */
@Component
public class Actors {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
    }

    /** The user completing a task: the logged-in user, else the assignee Tasklist requires before completing. */
    public String completing(DelegateTask task) {
        String user = current();
        if (SYSTEM.equals(user) && task.getAssignee() != null) {
            return task.getAssignee();
        }
        return user;
    }
}
