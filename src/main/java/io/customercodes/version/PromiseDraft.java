package io.customercodes.version;

/**
 * One promise as drafted; in a code based on a model code, {@code modelPromiseNumber} is the number of the model
 * version's promise it was copied from (null for a promise of the organization's own).
 */
public record PromiseDraft(PromiseCategory category, String text, Integer modelPromiseNumber) {

    public PromiseDraft(PromiseCategory category, String text) {
        this(category, text, null);
    }
}
