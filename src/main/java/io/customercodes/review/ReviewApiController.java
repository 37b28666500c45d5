package io.customercodes.review;

import io.customercodes.adoption.ModelUpdates;
import io.customercodes.adoption.ModelUpdates.ModelUpdateView;
import io.customercodes.code.ApiPage;
import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.identity.Role;
import io.customercodes.security.CurrentUser;
import io.customercodes.security.ReadAccess;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A code's reviews with their findings and decisions; managers may ask for an ad-hoc review. */
@RestController
@RequestMapping("/api/codes/{codeKey}/reviews")
class ReviewApiController {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewApiController.class);

    record ReviewJson(Long id, Integer versionNumber, String trigger, LocalDate dueOn, Instant startedAt,
            Integer missedTargets, Integer complaintsReceived, String customerSatisfaction,
            String stakeholderSatisfaction, String dataSummary, String evaluation, String recommendation,
            String evaluatedBy, Instant evaluatedAt, String decision, String rationale, String decidedBy,
            Instant decidedAt, LocalDate heldOn, List<ModelUpdates.ModelUpdateView> modelUpdates) {
    }

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final CodeReviewRepository reviews;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final ReadAccess access;
    private final LifecyclePhase phase;
    private final ModelUpdates modelUpdates;

    ReviewApiController(CodeRepository codes, CodeVersionRepository versions, CodeReviewRepository reviews,
            RuntimeService runtime, CurrentUser currentUser, ReadAccess access, LifecyclePhase phase,
            ModelUpdates modelUpdates) {
        this.modelUpdates = modelUpdates;
        this.access = access;
        this.phase = phase;
        this.codes = codes;
        this.versions = versions;
        this.reviews = reviews;
        this.runtime = runtime;
        this.currentUser = currentUser;
    }

    /** One page of the reviews, as they started: {@code page} from 1, {@code size} up to 500 (default 100). */
    @GetMapping
    @Transactional(readOnly = true)
    ResponseEntity<List<ReviewJson>> reviews(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        access.requireReviews();
        ApiPage asked = ApiPage.of(page, size);
        Code code = codes.getByKey(codeKey);
        Map<Long, Integer> numbers = versions.findByCodeOrderByNumberAsc(code).stream()
                .collect(Collectors.toMap(CodeVersion::getId, CodeVersion::getNumber));
        Page<CodeReview> found = reviews.findByCodeIdOrderByStartedAtAscIdAsc(code.getId(), asked.request());
        Map<Long, List<ModelUpdateView>> updates = modelUpdates.shownIn(
                found.getContent().stream().map(CodeReview::getId).toList());
        return asked.answer("/api/codes/" + code.getKey() + "/reviews", found, r -> new ReviewJson(r.getId(),
                numbers.get(r.getVersionId()), name(r.getReviewTrigger()), r.getDueOn(), r.getStartedAt(),
                r.getMissedTargets(), r.getComplaintsReceived(), name(r.getCustomerSatisfaction()),
                name(r.getStakeholderSatisfaction()), r.getDataSummary(), r.getEvaluation(),
                name(r.getRecommendation()), r.getEvaluatedBy(), r.getEvaluatedAt(), name(r.getDecision()),
                r.getRationale(), r.getDecidedBy(), r.getDecidedAt(), LocalDateOf.instant(r.getDecidedAt()),
                updates.getOrDefault(r.getId(), List.of())));
    }

    /**
     * Sends AdHocReviewRequested to the code's lifecycle, which starts a review at once if it waits for one. Code
     * sponsors may ask for reviews of model codes only, which they manage.
     */
    @PostMapping("/ad-hoc")
    ResponseEntity<ProblemDetail> requestAdHocReview(@PathVariable String codeKey) {
        String user = currentUser.requireOneOf(Role.CODE_MANAGERS, Role.TOP_MANAGEMENT, Role.CODE_SPONSORS);
        Code code = codes.getByKey(codeKey);
        if (!code.isModel()) {
            currentUser.requireOneOf(Role.CODE_MANAGERS, Role.TOP_MANAGEMENT);
        }
        // Correlating all: a lifecycle that does not wait for the message is an empty result, not an exception
        // the engine would log as an ERROR with its stack trace. Only the code's lifecycle subscribes to it.
        boolean started = !runtime.createMessageCorrelation("AdHocReviewRequested")
                .processInstanceBusinessKey(code.getKey()).setVariable("reviewRequestedBy", user)
                .correlateAllWithResult().isEmpty();
        if (!started) {
            String why = phase.whyNoReviewNow(code.getKey());
            LOG.info("Refused ad-hoc review of {} asked by {}: {}", code.getKey(), user, why);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, why);
            problem.setTitle("No review possible now");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted().build();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
