package io.customercodes.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms this application deploys, read from the classpath (forms/*.form), for code that takes the same
 * values as a form outside Tasklist, such as our JSON API: it applies the limits the form declares.
 */
public final class FormSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, FormSchema> LOADED = new ConcurrentHashMap<>();

    private FormSchemas() {
    }

    public static FormSchema of(String formKey) {
        return LOADED.computeIfAbsent(formKey, FormSchemas::load);
    }

    private static FormSchema load(String formKey) {
        String resource = "forms/" + formKey + ".form";
        try (InputStream json = FormSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalArgumentException("No form " + resource + " on the classpath");
            }
            return FormSchema.of(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
