package io.customercodes.version;

import io.customercodes.code.CodeApi.IndicatorJson;
import io.customercodes.code.CodeApi.PromiseJson;
import io.customercodes.code.CodeApi.ProvisionJson;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of /api/codes/{codeKey}/versions and of version diffs. */
public final class VersionHistoryApi {

    private VersionHistoryApi() {
    }

    public record VersionEntry(int number, String state, String createdBy, Instant createdAt,
            Instant stateChangedAt, String publishedBy, Instant publishedAt, Instant endedAt) {
    }

    public record VersionDiffJson(String codeKey, int from, int to, PromiseChangesJson promises,
            ChangesJson<ProvisionJson> provisions, ChangesJson<IndicatorJson> indicators) {
    }

    /**
     * The promises of {@code to} are {@code added}, the {@code after} of {@code changed} and
     * {@code renumbered}, and {@code unchanged}; those of {@code from} that are gone are {@code removed}.
     */
    public record PromiseChangesJson(List<PromiseJson> added, List<ChangeJson<PromiseJson>> changed,
            List<PromiseJson> removed, List<ChangeJson<PromiseJson>> renumbered, List<PromiseJson> unchanged) {
    }

    public record ChangesJson<T>(List<T> added, List<ChangeJson<T>> changed, List<T> removed, List<T> unchanged) {
    }

    public record ChangeJson<T>(T before, T after) {
    }
}
