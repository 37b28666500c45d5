package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadinessGateTest {

    final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    final ReadinessGate gate = new ReadinessGate(availability);

    @Test
    void whileStartingTheApiAnswers503WithRetryAfterAsProblemJson() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = call("/api/codes", "application/json", chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "not ready for users yet");
        assertThat(chain.getRequest()).as("request passed on").isNull();
    }

    @Test
    void whileStartingABrowserGetsAPageThatTriesAgain() throws Exception {
        MockHttpServletResponse response = call("/camunda/app/tasklist/", "text/html,application/xhtml+xml",
                new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("http-equiv=\"refresh\" content=\"5\"",
                "not ready for users yet");
    }

    @Test
    void whileStartingTheEngineRestApiOfTasklistIsClosedToo() throws Exception {
        MockHttpServletResponse response = call("/engine-rest/task", "text/html, application/json",
                new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void healthProbesAnswerWhileStarting() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            MockFilterChain chain = new MockFilterChain();
            call(path, "application/json", chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
    }

    @Test
    void onceReadyEveryRequestPasses() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = call("/api/codes", "application/json", chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String path, String accept, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, chain);
        return response;
    }
}
