package io.customercodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/** A DMN table of processes/ on the DMN engine alone, telling which rule matched, for rule-by-rule tests. */
public final class DecisionTable {

    private final AtomicReference<String> matchedRule = new AtomicReference<>();
    private final DmnEngine dmn;
    private final DmnDecision decision;

    public DecisionTable(String file, String decisionKey) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(
                event -> matchedRule.set(event.getMatchingRules().get(0).getId())));
        dmn = configuration.buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", file))) {
            decision = dmn.parseDecision(decisionKey, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
        return dmn.evaluateDecisionTable(decision, inputs);
    }

    /** The id of the rule the last evaluation matched first. */
    public String matchedRule() {
        return matchedRule.get();
    }
}
