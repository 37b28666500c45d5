package io.customercodes.code;

import io.customercodes.identity.Role;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who manages a code: a sponsor's model code is developed, implemented and reviewed by the code sponsors, every
 * other code by the code managers. The models ask it with {@code ${codeRoles.managerGroup(execution)}}; the answer
 * comes from the code the process instance works on, not from a process variable, so instances started before
 * model codes existed need nothing new.
 */
@Component("codeRoles")
public class CodeRoles {

    public static final String MANAGERS = Role.CODE_MANAGERS.groupId();
    public static final String SPONSORS = Role.CODE_SPONSORS.groupId();

    private final Subjects subjects;
    private final CodeRepository codes;
    private final IdentityService identity;

    CodeRoles(Subjects subjects, CodeRepository codes, IdentityService identity) {
        this.subjects = subjects;
        this.codes = codes;
        this.identity = identity;
    }

    public String managerGroup(DelegateExecution execution) {
        return subjects.find(execution)
                .flatMap(subject -> codes.findById(subject.getCodeId()))
                .filter(Code::isModel)
                .map(model -> SPONSORS)
                .orElse(MANAGERS);
    }

    /** Whether the acting user is a code sponsor, by the groups the engine authorizes him with. */
    public boolean actorIsSponsor() {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return false;
        }
        if (current.getGroupIds() != null) {
            return current.getGroupIds().contains(SPONSORS);
        }
        return identity.createGroupQuery().groupMember(current.getUserId()).groupId(SPONSORS).count() > 0;
    }
}
