package io.customercodes.system;

import java.util.Set;

/**
 * Form fields that carry a complainant's personal data. A phone intake submits them through the engine, which
 * would keep them as variables and in history; they are stored in the complaint instead, and the engine keeps
 * neither their runtime variables (the intake removes them) nor their values in history.
 */
public final class PersonalData {

    public static final Set<String> FORM_FIELDS = Set.of("complainantName", "complainantEmail", "complainantPhone");

    static final String REDACTED = "[personal data: kept only with the complaint]";

    private PersonalData() {
    }
}
