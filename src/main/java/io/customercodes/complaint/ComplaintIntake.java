package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint, whichever way it came in (public form, API, a handler on the phone): checks it, gives
 * it its reference and the promised response date from the cited code version, stores it and starts its
 * handling with the reference as business key. Nothing is written when any field is refused.
 */
@Service
public class ComplaintIntake {

    public static final String PROCESS_KEY = "complaintHandling";

    static final int MAX_WHAT_HAPPENED = 8000;
    static final int MAX_REMEDY_WANTED = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 40;

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/.-]{4,39}");

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final ComplaintRepository complaints;
    private final ComplaintNumbering numbering;
    private final IssuedStatusTokens tokens;
    private final RuntimeService runtime;

    ComplaintIntake(CodeRepository codes, CodeVersionRepository versions, ComplaintRepository complaints,
            ComplaintNumbering numbering, IssuedStatusTokens tokens, RuntimeService runtime) {
        this.codes = codes;
        this.versions = versions;
        this.complaints = complaints;
        this.numbering = numbering;
        this.tokens = tokens;
        this.runtime = runtime;
    }

    /** Files the complaint and starts complaintHandling for it; the token is returned once and never stored. */
    @Transactional
    public FiledComplaint file(NewComplaint filing, String filedBy) {
        FiledComplaint filed = register(filing, filedBy);
        runtime.startProcessInstanceByKey(PROCESS_KEY, filed.reference());
        return filed;
    }

    /** Files the complaint without starting its handling: the caller is that handling, started from Tasklist. */
    @Transactional
    FiledComplaint register(NewComplaint filing, String filedBy) {
        NewComplaint checked = checked(filing);
        Code code = codes.findByKey(checked.codeKey()).orElseThrow(() -> new InvalidFormInputException("codeKey",
                "there is no code " + checked.codeKey()));
        CodeVersion version = cited(code).orElseThrow(() -> new InvalidFormInputException("codeKey",
                code.getKey() + " has no published version to complain against"));
        if (checked.promiseNumber() != null && (checked.promiseNumber() < 1
                || checked.promiseNumber() > version.getPromises().size())) {
            throw new InvalidFormInputException("promiseNumber", "version " + version.getNumber() + " of "
                    + code.getKey() + " has promises 1 to " + version.getPromises().size()
                    + "; leave it empty for another matter");
        }
        Instant now = EngineClock.now();
        LocalDate today = EngineClock.dateOf(now);
        ComplaintReference reference = numbering.next(code, today.getYear());
        String token = StatusTokens.newToken();
        LocalDate due = WorkingDays.after(today, version.getResponseDays());
        complaints.save(new Complaint(reference, code.getId(), version.getId(), checked, StatusTokens.hash(token),
                filedBy, now, version.getResponseDays(), due));
        tokens.hold(reference.text(), token);
        log.info("Complaint {} filed ({})", reference.text(), checked.channel());
        return new FiledComplaint(reference.text(), token, due);
    }

    /** The version complained about: the published one, or the last one of a withdrawn code. */
    private Optional<CodeVersion> cited(Code code) {
        Optional<CodeVersion> published = versions.findByCodeAndState(code, VersionState.PUBLISHED);
        if (published.isPresent() || !code.isWithdrawn()) {
            return published;
        }
        return versions.findByCodeOrderByNumberAsc(code).stream()
                .filter(v -> v.getState() == VersionState.WITHDRAWN).reduce((first, last) -> last);
    }

    static NewComplaint checked(NewComplaint filing) {
        if (filing.channel() == null) {
            throw new IllegalArgumentException("A complaint needs the channel it came by");
        }
        String codeKey = required(filing.codeKey(), "codeKey", 40);
        String whatHappened = required(filing.whatHappened(), "whatHappened", MAX_WHAT_HAPPENED);
        String remedyWanted = optional(filing.remedyWanted(), "remedyWanted", MAX_REMEDY_WANTED);
        String name = required(filing.complainantName(), "complainantName", MAX_NAME);
        String email = optional(filing.complainantEmail(), "complainantEmail", MAX_EMAIL);
        String phone = optional(filing.complainantPhone(), "complainantPhone", MAX_PHONE);
        if (email == null && phone == null) {
            throw new InvalidFormInputException("complainantEmail", "give an e-mail address or a phone number"
                    + " so that we can answer");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidFormInputException("complainantEmail", "is not an e-mail address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidFormInputException("complainantPhone", "is not a phone number");
        }
        if (!filing.consentToStore()) {
            throw new InvalidFormInputException("consentToStore", "we can only handle the complaint if we may"
                    + " store these details for it");
        }
        return new NewComplaint(codeKey.toUpperCase(Locale.ROOT), filing.promiseNumber(), whatHappened,
                remedyWanted, name, email, phone, true, filing.channel());
    }

    private static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw new InvalidFormInputException(field, "is required");
        }
        return text;
    }

    private static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidFormInputException(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }
}
