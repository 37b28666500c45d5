package io.customercodes.upgrade;

import java.util.List;

/** A running instance left on its old definition, and the activities it waits at that the newest model lacks. */
public record Refusal(String processInstanceId, String businessKey, String executionId, List<String> unmappedActivities,
        String reason) {
}
