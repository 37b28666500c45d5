package io.customercodes.version;

import io.customercodes.code.ApiPage;
import io.customercodes.code.Code;
import io.customercodes.code.CodeApi.IndicatorJson;
import io.customercodes.code.CodeApi.PromiseJson;
import io.customercodes.code.CodeApi.ProvisionJson;
import io.customercodes.version.VersionDiff.NumberedPromise;
import io.customercodes.version.VersionHistoryApi.ChangeJson;
import io.customercodes.version.VersionHistoryApi.ChangesJson;
import io.customercodes.version.VersionHistoryApi.PromiseChangesJson;
import io.customercodes.version.VersionHistoryApi.VersionDiffJson;
import io.customercodes.version.VersionHistoryApi.VersionEntry;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every version of a code the caller may see, and what changed from one to another. */
@RestController
@RequestMapping("/api/codes/{codeKey}/versions")
@Transactional(readOnly = true)
class VersionHistoryApiController {

    private final VisibleVersions visible;

    VersionHistoryApiController(VisibleVersions visible) {
        this.visible = visible;
    }

    /** One page of the versions, oldest first: {@code page} from 1, {@code size} up to 500 (default 100). */
    @GetMapping
    ResponseEntity<List<VersionEntry>> versions(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        ApiPage asked = ApiPage.of(page, size);
        Code code = visible.code(codeKey);
        return asked.answer("/api/codes/" + code.getKey() + "/versions", visible.of(code, asked.request()),
                v -> new VersionEntry(v.getNumber(), v.getState().name(), v.getCreatedBy(), v.getCreatedAt(),
                        v.getStateChangedAt(), v.getPublishedBy(), v.getPublishedAt(), v.getEndedAt()));
    }

    @GetMapping("/{from}/diff/{to}")
    VersionDiffJson diff(@PathVariable String codeKey, @PathVariable @Min(1) int from, @PathVariable @Min(1) int to) {
        Code code = visible.code(codeKey);
        VersionDiff diff = VersionDiff.between(visible.version(code, from), visible.version(code, to));
        return new VersionDiffJson(code.getKey(), from, to, promises(diff), json(diff.provisions(), p ->
                new ProvisionJson(p.type().name(), p.text(), p.promiseNumber())), json(diff.indicators(), i ->
                new IndicatorJson(i.name(), i.promiseNumber(), i.comparison().name(), i.targetValue(), i.unit())));
    }

    private static PromiseChangesJson promises(VersionDiff diff) {
        Changes<NumberedPromise> promises = diff.promises();
        Function<NumberedPromise, PromiseJson> json = p -> new PromiseJson(p.number(), p.category().name(), p.text());
        List<Changes.Change<NumberedPromise>> renumbered = diff.renumberedPromises();
        return new PromiseChangesJson(promises.added().stream().map(json).toList(),
                pairs(promises.changed(), json), promises.removed().stream().map(json).toList(),
                pairs(renumbered, json),
                promises.unchanged().stream().filter(c -> !renumbered.contains(c)).map(c -> json.apply(c.after()))
                        .toList());
    }

    private static <T, J> ChangesJson<J> json(Changes<T> changes, Function<T, J> json) {
        return new ChangesJson<>(changes.added().stream().map(json).toList(), pairs(changes.changed(), json),
                changes.removed().stream().map(json).toList(),
                changes.unchanged().stream().map(c -> json.apply(c.after())).toList());
    }

    private static <T, J> List<ChangeJson<J>> pairs(List<Changes.Change<T>> changes, Function<T, J> json) {
        return changes.stream().map(c -> new ChangeJson<>(json.apply(c.before()), json.apply(c.after()))).toList();
    }
}
