package io.customercodes.system;

import java.time.Instant;

/** Pieces of the markdown that read-only parts of Camunda Forms show. */
public final class Markdown {

    private Markdown() {
    }

    public static String when(Instant instant) {
        return instant == null ? "unknown date" : DisplayDates.dateTime(instant);
    }

    /** Text a user wrote, kept whole, as a block quote: its own line breaks and markup cannot end the block. */
    public static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "> " + text.strip().replace("\r\n", "\n").replace("\n", "\n> ") + "\n\n";
    }
}
