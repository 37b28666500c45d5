package io.customercodes.bench;

import io.customercodes.web.EngineRestClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Observes one Tasklist session and adds up the REST calls of each task it works, by the step Tasklist makes
 * them for: finding the task, claiming it, loading its form and its variables, submitting it. A task is over
 * at its submit-form; its sums go to {@link Latencies}. Calls outside a task (a start form) are not counted.
 */
final class TaskTimer implements EngineRestClient.CallObserver {

    static final String TASK = "whole task";
    static final String QUERY = "task query";
    static final String CLAIM = "claim";
    static final String FORM = "deployed form";
    static final String VARIABLES = "form variables";
    static final String SUBMIT = "submit form";
    static final String[] STEPS = {QUERY, CLAIM, FORM, VARIABLES, SUBMIT};

    /** Durations per step and per whole task, shared by the sessions of one side of one batch. */
    static final class Latencies {

        private final Map<String, Queue<Long>> nanos = new ConcurrentHashMap<>();

        void add(String step, long value) {
            nanos.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(value);
        }

        Queue<Long> of(String step) {
            return nanos.getOrDefault(step, new ConcurrentLinkedQueue<>());
        }

        int tasks() {
            return of(TASK).size();
        }

        void addAll(Latencies other) {
            other.nanos.forEach((step, values) -> values.forEach(value -> add(step, value)));
        }
    }

    private final Latencies sink;
    private final Map<String, Long> current = new LinkedHashMap<>();

    TaskTimer(Latencies sink) {
        this.sink = sink;
    }

    @Override
    public void called(String method, String path, long nanos, int status) {
        String step = step(method, path);
        if (step == null) {
            return;
        }
        current.merge(step, nanos, Long::sum);
        if (step.equals(SUBMIT)) {
            current.forEach(sink::add);
            sink.add(TASK, current.values().stream().mapToLong(Long::longValue).sum());
            current.clear();
        }
    }

    static String step(String method, String path) {
        if (path.equals("/engine-rest/filter") || path.matches("/engine-rest/filter/[^/]+/list")) {
            return QUERY;
        }
        if (!path.startsWith("/engine-rest/task/")) {
            return null;
        }
        if (path.endsWith("/claim")) {
            return CLAIM;
        }
        if (path.endsWith("/deployed-form")) {
            return FORM;
        }
        if (path.endsWith("/form-variables")) {
            return VARIABLES;
        }
        return method.equals("POST") && path.endsWith("/submit-form") ? SUBMIT : null;
    }
}
