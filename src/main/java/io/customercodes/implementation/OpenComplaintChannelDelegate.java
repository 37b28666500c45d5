package io.customercodes.implementation;

import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customers may now complain against the published promises (ISO 10001 annex B, ISO 10002). */
@Component("openComplaintChannel")
class OpenComplaintChannelDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionImplementationRepository implementations;

    OpenComplaintChannelDelegate(CodeRepository codes, VersionImplementationRepository implementations) {
        this.codes = codes;
        this.implementations = implementations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        codes.getByKey((String) execution.getVariable("codeKey")).acceptComplaints();
        implementations.forVersion((Long) execution.getVariable("versionId")).openComplaints(EngineClock.now());
    }
}
