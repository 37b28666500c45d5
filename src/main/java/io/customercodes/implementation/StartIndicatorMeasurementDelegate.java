package io.customercodes.implementation;

import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** From now on, readings of the version's indicators count towards its reviews (ISO 10001 clause 8.2). */
@Component("startIndicatorMeasurement")
class StartIndicatorMeasurementDelegate implements JavaDelegate {

    private final VersionImplementationRepository implementations;

    private final Subjects subjects;

    StartIndicatorMeasurementDelegate(VersionImplementationRepository implementations, Subjects subjects) {
        this.subjects = subjects;
        this.implementations = implementations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VersionImplementation record = implementations.forVersion(subjects.of(execution).getVersionId());
        record.startMeasurement(EngineClock.now());
        implementations.save(record);
    }
}
