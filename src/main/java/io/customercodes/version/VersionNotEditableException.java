package io.customercodes.version;

public class VersionNotEditableException extends IllegalStateException {

    public VersionNotEditableException(String codeKey, int number, VersionState state) {
        super("Version %d of %s is %s; only a draft can be changed".formatted(number, codeKey, state));
    }
}
