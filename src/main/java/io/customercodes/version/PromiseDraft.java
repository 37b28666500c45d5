package io.customercodes.version;

public record PromiseDraft(PromiseCategory category, String text) {
}
