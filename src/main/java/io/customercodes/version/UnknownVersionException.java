package io.customercodes.version;

public class UnknownVersionException extends RuntimeException {

    public UnknownVersionException(String codeKey, int number) {
        super("Code %s has no version %d".formatted(codeKey, number));
    }
}
