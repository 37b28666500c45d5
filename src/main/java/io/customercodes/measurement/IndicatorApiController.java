package io.customercodes.measurement;

import io.customercodes.code.CodeRepository;
import io.customercodes.identity.Role;
import io.customercodes.security.CurrentUser;
import io.customercodes.security.ReadAccess;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @GetMapping
    @Transactional(readOnly = true)
    List<IndicatorStatus> indicators(@PathVariable String codeKey) {
        access.requireMeasurements();
        return readings.status(codes.getByKey(codeKey));
    }

    @GetMapping("/{indicatorId}/readings")
    @Transactional(readOnly = true)
    List<ReadingJson> readings(@PathVariable String codeKey, @PathVariable Long indicatorId) {
        access.requireMeasurements();
        return readings.history(codes.getByKey(codeKey), indicatorId).stream().map(ReadingJson::of).toList();
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
