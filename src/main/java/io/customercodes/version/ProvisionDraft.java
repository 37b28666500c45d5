package io.customercodes.version;

public record ProvisionDraft(ProvisionType type, String text, Integer promiseNumber) {
}
