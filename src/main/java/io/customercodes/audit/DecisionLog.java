package io.customercodes.audit;

import io.customercodes.system.EngineClock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

@Component
public class DecisionLog {

    private final DecisionRecordRepository records;

    DecisionLog(DecisionRecordRepository records) {
        this.records = records;
    }

    public DecisionRecord record(Long codeId, Long versionId, DecisionKind kind, String decision, String comment,
            String actor) {
        return records.save(new DecisionRecord(codeId, versionId, kind, decision, comment, actor, EngineClock.now()));
    }

    public List<DecisionRecord> forVersion(Long versionId) {
        return records.findByVersionIdOrderByDecidedAtAscIdAsc(versionId);
    }

    public List<DecisionRecord> forCode(Long codeId) {
        return records.findByCodeIdOrderByDecidedAtAscIdAsc(codeId);
    }

    /** One page of the decisions taken on a code, oldest first, the id breaking ties. */
    public Page<DecisionRecord> forCode(Long codeId, Pageable page) {
        return records.findByCodeIdOrderByDecidedAtAscIdAsc(codeId, page);
    }
}
