package io.customercodes.version;

/** One way a version of an adopted code differs from the model code version it is based on. */
public record ModelDeviation(Kind kind, String description) {

    public enum Kind {
        PROMISE_REMOVED(true),
        PROMISE_REWORDED(false),
        PROMISE_ADDED(false),
        INDICATOR_REMOVED(true),
        TARGET_LOOSENED(true),
        TARGET_TIGHTENED(false),
        INDICATOR_ADDED(false),
        RESPONSE_TIME_LONGER(true),
        RESPONSE_TIME_SHORTER(false);

        private final boolean weakening;

        Kind(boolean weakening) {
            this.weakening = weakening;
        }

        /** Whether it promises customers less than the model does: allowed only with a stated reason. */
        public boolean isWeakening() {
            return weakening;
        }
    }

    public boolean isWeakening() {
        return kind.isWeakening();
    }
}
