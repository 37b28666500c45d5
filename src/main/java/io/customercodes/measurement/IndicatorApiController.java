package io.customercodes.measurement;

import io.customercodes.code.ApiPage;
import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.identity.Role;
import io.customercodes.security.CurrentUser;
import io.customercodes.security.ReadAccess;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published version's indicators with their latest readings; code managers record new readings. */
@RestController
@RequestMapping("/api/codes/{codeKey}/indicators")
class IndicatorApiController {

    record ReadingRequest(BigDecimal value, LocalDate measuredOn, String note) {
    }

    record ReadingJson(Long id, Long indicatorId, LocalDate measuredOn, BigDecimal value, String note,
            String recordedBy, Instant recordedAt) {

        static ReadingJson of(IndicatorReading r) {
            return new ReadingJson(r.getId(), r.getIndicatorId(), r.getMeasuredOn(), r.getValue(), r.getNote(),
                    r.getRecordedBy(), r.getRecordedAt());
        }
    }

    private final CodeRepository codes;
    private final IndicatorReadings readings;
    private final CurrentUser currentUser;
    private final ReadAccess access;

    IndicatorApiController(CodeRepository codes, IndicatorReadings readings, CurrentUser currentUser,
            ReadAccess access) {
        this.access = access;
        this.codes = codes;
        this.readings = readings;
        this.currentUser = currentUser;
    }

    /**
     * One page of the published version's indicators in the version's order: {@code page} from 1, {@code size} up
     * to 500 (default 100). A version has few indicators; they are paged like every other /api list.
     */
    @GetMapping
    @Transactional(readOnly = true)
    ResponseEntity<List<IndicatorStatus>> indicators(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        access.requireMeasurements();
        ApiPage asked = ApiPage.of(page, size);
        Code code = codes.getByKey(codeKey);
        Page<IndicatorStatus> found = asked.of(readings.status(code));
        return asked.answer("/api/codes/" + code.getKey() + "/indicators", found, found.getContent());
    }

    /** One page of an indicator's readings, oldest first, like {@link #indicators}. */
    @GetMapping("/{indicatorId}/readings")
    @Transactional(readOnly = true)
    ResponseEntity<List<ReadingJson>> readings(@PathVariable String codeKey, @PathVariable Long indicatorId,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        access.requireMeasurements();
        ApiPage asked = ApiPage.of(page, size);
        Code code = codes.getByKey(codeKey);
        return asked.answer("/api/codes/" + code.getKey() + "/indicators/" + indicatorId + "/readings",
                readings.history(code, indicatorId, asked.request()), ReadingJson::of);
    }

    @PostMapping("/{indicatorId}/readings")
    @Transactional
    ResponseEntity<ReadingJson> record(@PathVariable String codeKey, @PathVariable Long indicatorId,
            @RequestBody ReadingRequest request) {
        String user = currentUser.requireOneOf(Role.CODE_MANAGERS);
        ReadingLimits.check(request.value(), request.measuredOn(), request.note());
        IndicatorReading reading = readings.record(codes.getByKey(codeKey), indicatorId, request.value(),
                request.measuredOn(), request.note(), user);
        return ResponseEntity.created(URI.create("/api/codes/" + codeKey + "/indicators/" + indicatorId + "/readings"))
                .body(ReadingJson.of(reading));
    }
}
