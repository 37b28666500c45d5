package io.customercodes.consultation;

import io.customercodes.code.CodeRepository;
import io.customercodes.code.InterestedParty;
import io.customercodes.system.Subjects;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The multi-instance collection of the consultation: {@code ${consultationParties.of(execution)}}. */
@Component("consultationParties")
public class ConsultationParties {

    private final CodeRepository codes;
    private final Subjects subjects;

    ConsultationParties(CodeRepository codes, Subjects subjects) {
        this.codes = codes;
        this.subjects = subjects;
    }

    public List<String> of(DelegateExecution execution) {
        return codes.getCode(subjects.of(execution).getCodeId()).getInterestedParties().stream()
                .map(InterestedParty::name).toList();
    }
}
