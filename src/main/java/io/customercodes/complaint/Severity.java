package io.customercodes.complaint;

public enum Severity {
    LOW, MEDIUM, HIGH
}
