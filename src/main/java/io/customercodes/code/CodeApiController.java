package io.customercodes.code;

import io.customercodes.audit.DecisionLog;
import io.customercodes.code.CodeApi.CodeDetail;
import io.customercodes.code.CodeApi.CodeSummary;
import io.customercodes.code.CodeApi.DecisionJson;
import io.customercodes.code.CodeApi.IndicatorJson;
import io.customercodes.code.CodeApi.ModelBasisJson;
import io.customercodes.code.CodeApi.PromiseJson;
import io.customercodes.code.CodeApi.ProvisionJson;
import io.customercodes.code.CodeApi.VersionDetail;
import io.customercodes.code.CodeApi.VersionSummary;
import io.customercodes.security.ReadAccess;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.ModelDeviation;
import io.customercodes.version.ModelDeviations;
import io.customercodes.version.VersionState;
import io.customercodes.version.VisibleVersions;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Codes, their versions and the decisions taken on them, as far as the caller may read them ({@link ReadAccess}). */
@RestController
@RequestMapping("/api/codes")
@Transactional(readOnly = true)
class CodeApiController {

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final DecisionLog decisions;
    private final VisibleVersions visible;
    private final ReadAccess access;

    CodeApiController(CodeRepository codes, CodeVersionRepository versions, DecisionLog decisions,
            VisibleVersions visible, ReadAccess access) {
        this.codes = codes;
        this.versions = versions;
        this.decisions = decisions;
        this.visible = visible;
        this.access = access;
    }

    /**
     * One page of the codes, by key: {@code page} from 1, {@code size} up to 500 (default 100). The total is in
     * {@code X-Total-Count}, the neighbouring pages in {@code Link} (rel first, prev, next, last).
     */
    @GetMapping
    ResponseEntity<List<CodeSummary>> list(@RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        ApiPage asked = ApiPage.of(page, size);
        Page<Code> found = visible.codes(asked.number() - 1, asked.size());
        Map<Long, Integer> published = versions.findByCodeIdInAndState(
                found.getContent().stream().map(Code::getId).toList(), VersionState.PUBLISHED).stream()
                .collect(Collectors.toMap(v -> v.getCodeId(), CodeVersion::getNumber));
        return asked.answer("/api/codes", found, c -> new CodeSummary(c.getKey(), c.getTitle(), c.getOrganization(),
                published.get(c.getId()), c.getNextReviewOn(), c.isWithdrawn()));
    }

    @GetMapping("/{codeKey}")
    CodeDetail show(@PathVariable String codeKey) {
        Code code = visible.code(codeKey);
        return new CodeDetail(code.getKey(), code.getTitle(), code.getOrganization(), code.getScope(),
                code.getReviewIntervalMonths(), code.getNextReviewOn(), code.isAcceptingComplaints(),
                code.getInterestedParties().stream().map(Enum::name).toList(), code.getCreatedBy(),
                code.getCreatedAt(), code.getWithdrawnAt(),
                visible.of(code).stream()
                        .map(v -> new VersionSummary(v.getNumber(), v.getState().name(), v.getCreatedAt(),
                                v.getStateChangedAt(), v.getPublishedBy(), v.getPublishedAt()))
                        .toList(),
                code.getKind().name(), code.getAdoptedModel() == null ? null : code.getAdoptedModel().getKey(),
                code.isSmallBusiness(), code.getExampleDraft() == null ? null : code.getExampleDraft().name());
    }

    @GetMapping("/{codeKey}/versions/{number}")
    VersionDetail version(@PathVariable String codeKey, @PathVariable @Min(1) int number) {
        CodeVersion v = visible.version(visible.code(codeKey), number);
        return new VersionDetail(codeKey, v.getNumber(), v.getState().name(), v.getObjectives(),
                v.getPromises().stream().map(p -> new PromiseJson(p.getNumber(), p.getCategory().name(), p.getText()))
                        .toList(),
                v.getProvisions().stream().map(p -> new ProvisionJson(p.getType().name(), p.getText(),
                        p.getPromiseNumber())).toList(),
                v.getIndicators().stream().map(i -> new IndicatorJson(i.getName(), i.getPromiseNumber(),
                        i.getComparison().name(), i.getTargetValue(), i.getUnit())).toList(),
                v.getProcedures(), v.getCommunicationPlan(), v.getResources(), v.getTeams(),
                v.getResponseDays(), v.getConsultationRound(), v.getCreatedBy(), v.getCreatedAt(), v.getPublishedBy(),
                v.getPublishedAt(), v.getEndedAt(), v.getBasedOnId() == null ? null : new ModelBasisJson(
                        v.getBasedOn().getCode().getKey(), v.getBasedOn().getNumber(),
                        ModelDeviations.of(v).stream().map(ModelDeviation::description).toList(),
                        v.getDeviationReasons()));
    }

    /** One page of the decisions taken on the code, oldest first, like {@link #list}. */
    @GetMapping("/{codeKey}/audit")
    ResponseEntity<List<DecisionJson>> auditTrail(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        return auditTrail(codeKey, "audit", page, size);
    }

    /** The audit trail's first name, kept for callers that know it. */
    @Deprecated
    @GetMapping("/{codeKey}/decisions")
    ResponseEntity<List<DecisionJson>> decisions(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        return auditTrail(codeKey, "decisions", page, size);
    }

    private ResponseEntity<List<DecisionJson>> auditTrail(String codeKey, String list, String page, String size) {
        access.requireAuditTrail();
        ApiPage asked = ApiPage.of(page, size);
        Code code = codes.getByKey(codeKey);
        Map<Long, Integer> numbers = versions.findByCodeOrderByNumberAsc(code).stream()
                .collect(Collectors.toMap(CodeVersion::getId, CodeVersion::getNumber));
        return asked.answer("/api/codes/" + code.getKey() + "/" + list, decisions.forCode(code.getId(),
                asked.request()), d -> new DecisionJson(d.getVersionId() == null ? null : numbers.get(d.getVersionId()),
                d.getKind().name(), d.getDecision(), d.getComment(), d.getActor(), d.getDecidedAt()));
    }
}
