package io.customercodes.publication;

class NoPublishedCodeException extends RuntimeException {

    private final String key;

    NoPublishedCodeException(String key) {
        super("No published code " + key);
        this.key = key;
    }

    String key() {
        return key;
    }
}
