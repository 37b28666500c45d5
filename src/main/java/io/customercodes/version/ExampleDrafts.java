package io.customercodes.version;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customercodes.code.ExampleDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example drafts shipped with the app (src/main/resources/examples/), read as a {@link VersionDraft}. */
public final class ExampleDrafts {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExampleDrafts() {
    }

    public static VersionDraft of(ExampleDraft example) {
        try (InputStream json = ExampleDrafts.class.getClassLoader().getResourceAsStream(example.resource())) {
            if (json == null) {
                throw new IllegalStateException("The example draft " + example.resource() + " is missing");
            }
            return JSON.readValue(json, VersionDraft.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example draft " + example.resource(), e);
        }
    }
}
