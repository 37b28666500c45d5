package io.customercodes.code;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CodeRegistration {

    private final CodeRepository codes;
    private final DecisionLog decisions;

    CodeRegistration(CodeRepository codes, DecisionLog decisions) {
        this.codes = codes;
        this.decisions = decisions;
    }

    /** Registers a proposed code on the development path the decision chose for it. */
    public Code register(CodeProposal proposal, DevelopmentPath path, String actor) {
        if (codes.existsByKey(proposal.codeKey())) {
            throw new InvalidFormInputException("codeKey", "a code with key " + proposal.codeKey()
                    + " already exists — choose another key");
        }
        int interval = proposal.reviewIntervalMonths() != null
                ? proposal.reviewIntervalMonths() : path.defaultReviewIntervalMonths();
        Code proposed = newCode(proposal, interval, actor);
        proposed.follow(path, proposal.smallBusiness());
        proposed.startFrom(proposal.exampleDraft());
        Code code = codes.save(proposed);
        decisions.record(code.getId(), null, DecisionKind.CODE_CREATED, "CREATED", proposal.title(), actor);
        return code;
    }

    private Code newCode(CodeProposal proposal, int interval, String actor) {
        if (proposal.kind() == CodeKind.MODEL) {
            return Code.model(proposal.codeKey(), proposal.title(), proposal.organization(), proposal.scope(),
                    interval, proposal.interestedParties(), actor, EngineClock.now());
        }
        if (proposal.modelCodeKey() != null) {
            return Code.adopting(publishedModel(proposal.modelCodeKey()), proposal.codeKey(), proposal.title(),
                    proposal.organization(), proposal.scope(), interval,
                    proposal.interestedParties(), actor, EngineClock.now());
        }
        return new Code(proposal.codeKey(), proposal.title(), proposal.organization(), proposal.scope(),
                interval, proposal.interestedParties(), actor, EngineClock.now());
    }

    private Code publishedModel(String key) {
        return codes.findByKey(key).filter(Code::isModel).filter(m -> !m.isWithdrawn())
                .filter(Code::isInForce)
                .orElseThrow(() -> new InvalidFormInputException("modelCodeKey", key
                        + " is not a published model code: the model codes are listed on the public /codes page"));
    }
}
