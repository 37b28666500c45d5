package io.customercodes.implementation;

import io.customercodes.system.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** From now on, readings of the version's indicators count towards its reviews (ISO 10001 clause 8.2). */
@Component("startIndicatorMeasurement")
class StartIndicatorMeasurementDelegate implements JavaDelegate {

    private final VersionImplementationRepository implementations;

    StartIndicatorMeasurementDelegate(VersionImplementationRepository implementations) {
        this.implementations = implementations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        implementations.forVersion((Long) execution.getVariable("versionId")).startMeasurement(EngineClock.now());
    }
}
