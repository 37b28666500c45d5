package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** References are handed out by the database, so filings at the same moment never share one or skip one. */
class ComplaintReferencesTest extends ProcessTest {

    @Autowired
    IdentityService identity;

    @Test
    void concurrentFilingsAgainstOneCodeGetConsecutiveDistinctReferences() throws Exception {
        TestUsers.create(identity);
        String key = ProcessScenario.uniqueKey("BUSY");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        int threads = 6;
        int each = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<String>> filer = () -> {
                start.await();
                List<String> references = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    references.add(scenario.fileComplaint(key, 1).reference());
                }
                return references;
            };
            results.add(pool.submit(filer));
        }
        start.countDown();
        List<String> references = new ArrayList<>();
        for (Future<List<String>> result : results) {
            references.addAll(result.get());
        }
        pool.shutdown();

        String prefix = key + "-" + EngineClock.today().getYear() + "-";
        assertThat(references).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, threads * each).mapToObj(n -> prefix + "%05d".formatted(n)).toList());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("complaintHandling")
                .processInstanceBusinessKeyLike(prefix + "%").count()).isEqualTo(threads * each);
    }
}
