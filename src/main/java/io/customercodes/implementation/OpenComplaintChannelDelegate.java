package io.customercodes.implementation;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.system.ProcessSubject;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customers may now complain against the published promises (ISO 10001 annex B, ISO 10002). */
@Component("openComplaintChannel")
class OpenComplaintChannelDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionImplementationRepository implementations;

    private final Subjects subjects;

    OpenComplaintChannelDelegate(CodeRepository codes, VersionImplementationRepository implementations,
            Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
        this.implementations = implementations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessSubject subject = subjects.of(execution);
        Code code = codes.getCode(subject.getCodeId());
        code.acceptComplaints();
        codes.save(code);
        VersionImplementation record = implementations.forVersion(subject.getVersionId());
        record.openComplaints(EngineClock.now());
        implementations.save(record);
    }
}
