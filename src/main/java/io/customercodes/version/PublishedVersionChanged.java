package io.customercodes.version;

/**
 * A code's published version was replaced by a newer one or withdrawn, inside the transaction that did it. Work
 * that holds the old version's contents (open readings against its indicators) follows it.
 */
public record PublishedVersionChanged(Long codeId, String codeKey) {
}
