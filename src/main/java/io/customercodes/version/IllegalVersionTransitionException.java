package io.customercodes.version;

public class IllegalVersionTransitionException extends IllegalStateException {

    public IllegalVersionTransitionException(String codeKey, int number, VersionState from, VersionState to) {
        super("Version %d of %s cannot move from %s to %s".formatted(number, codeKey, from, to));
    }
}
