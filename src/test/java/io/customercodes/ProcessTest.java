package io.customercodes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Process tests run the real models, delegates and an H2 database; the test plays the users and the clock.
 * Their engine has a name of its own: the engine's REST API serves the engine registered as "default",
 * which must stay the one of the {@code @HttpTest} context whichever of the two contexts starts last.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=processTests")
@ActiveProfiles("test")
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected ProcessScenario scenario;

    @Autowired
    protected RuntimeService runtime;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** The running (or last) instance of a process for a code, by business key. */
    protected ProcessInstance instance(String processKey, String codeKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(codeKey).singleResult();
    }
}
