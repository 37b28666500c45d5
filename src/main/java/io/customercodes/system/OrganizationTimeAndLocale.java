package io.customercodes.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The organization's time zone ({@code customer-codes.time-zone}, e.g. Europe/Vienna) and the locale its dates
 * are written in ({@code customer-codes.locale}, e.g. de-AT), both defaulting to the server's. Set once, before
 * the engine exists, as the JVM's defaults: due dates, "today", timers and every date the app writes into a
 * form, a review's data or a mail then agree. Public pages write dates in the reader's own locale.
 */
public class OrganizationTimeAndLocale implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty("customer-codes.time-zone", "").strip();
        if (!zone.isEmpty()) {
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
            } catch (DateTimeException e) {
                throw new IllegalStateException("customer-codes.time-zone '" + zone
                        + "' is not a time zone; use a region such as Europe/Vienna or America/New_York");
            }
        }
        String locale = environment.getProperty("customer-codes.locale", "").strip();
        if (!locale.isEmpty()) {
            try {
                Locale.setDefault(Locale.Category.FORMAT, new Locale.Builder().setLanguageTag(locale).build());
            } catch (IllformedLocaleException e) {
                throw new IllegalStateException("customer-codes.locale '" + locale
                        + "' is not a language tag; use one such as en-GB, de-AT or fr-FR");
            }
        }
    }
}
