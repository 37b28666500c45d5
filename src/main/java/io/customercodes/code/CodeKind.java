package io.customercodes.code;

/**
 * An organization's own code, or a sponsor's model code (ISO 10001 annex G) that member organizations adopt and
 * adapt.
 */
public enum CodeKind {
    ORGANIZATION,
    MODEL
}
