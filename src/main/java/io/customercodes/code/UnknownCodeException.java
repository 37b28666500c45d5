package io.customercodes.code;

public class UnknownCodeException extends RuntimeException {

    public UnknownCodeException(String key) {
        super("No code with key " + key);
    }
}
