package io.customercodes.consultation;

import io.customercodes.code.CodeRepository;
import io.customercodes.code.InterestedParty;
import java.util.List;
import org.springframework.stereotype.Component;

/** The multi-instance collection of the consultation: {@code ${consultationParties.of(codeKey)}}. */
@Component("consultationParties")
public class ConsultationParties {

    private final CodeRepository codes;

    ConsultationParties(CodeRepository codes) {
        this.codes = codes;
    }

    public List<String> of(String codeKey) {
        return codes.getByKey(codeKey).getInterestedParties().stream().map(InterestedParty::name).toList();
    }
}
