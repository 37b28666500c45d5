package io.customercodes.adoption;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.VersionState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a code sponsor sees of a model code's adopters, to improve the model: which model version each one runs, and
 * how many complaints customers filed against each model promise across all adopters. Counts only: no complaint's
 * text and nothing about the complainants.
 */
@Service
@Transactional(readOnly = true)
public class ModelAdopters {

    /** One adopter: the model version its published version is based on, and whether a model update awaits review. */
    public record Adopter(String key, String title, String organization, boolean withdrawn, Integer publishedVersion,
            Integer modelVersion, boolean behindModel, boolean modelUpdateAwaitingReview) {
    }

    /** Complaints filed against one promise of one model version, through the adopters' promises copied from it. */
    public record PromiseComplaints(int modelVersion, int promiseNumber, PromiseCategory category, String text,
            long complaints, long adopters) {
    }

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final ModelUpdates updates;
    private final JdbcTemplate jdbc;

    ModelAdopters(CodeRepository codes, CodeVersionRepository versions, ModelUpdates updates, JdbcTemplate jdbc) {
        this.codes = codes;
        this.versions = versions;
        this.updates = updates;
        this.jdbc = jdbc;
    }

    /** The model code with this key, if there is one. */
    public Optional<Code> model(String key) {
        return codes.findByKey(key).filter(Code::isModel);
    }

    /** One page (from 0) of the model's adopters, by key. */
    public Page<Adopter> adopters(Code model, int page, int size) {
        Integer current = versions.findByCodeAndState(model, VersionState.PUBLISHED).map(CodeVersion::getNumber)
                .orElse(null);
        Page<Code> found = codes.findAdopters(model, PageRequest.of(page, size));
        Map<Long, CodeVersion> published = versions.findByCodeIdInAndState(
                        found.getContent().stream().map(Code::getId).toList(), VersionState.PUBLISHED).stream()
                .collect(Collectors.toMap(v -> v.getCodeId(), v -> v));
        return found.map(adopter -> {
            Optional<CodeVersion> version = Optional.ofNullable(published.get(adopter.getId()));
            Integer basis = version.map(CodeVersion::getBasedOn).map(CodeVersion::getNumber).orElse(null);
            return new Adopter(adopter.getKey(), adopter.getTitle(), adopter.getOrganization(), adopter.isWithdrawn(),
                    version.map(CodeVersion::getNumber).orElse(null), basis,
                    basis != null && current != null && basis < current,
                    !adopter.isWithdrawn() && updates.awaitsReview(adopter.getId()));
        });
    }

    /**
     * Complaint counts per promise of every model version ever published, across all adopters (zero where none),
     * by model version and promise number.
     */
    public List<PromiseComplaints> complaintsPerModelPromise(Code model) {
        Map<Long, PromiseCounts> counts = new HashMap<>();
        jdbc.query("""
                select mp.id, count(c.id), count(distinct c.code_id)
                from complaint c
                join promise p on p.version_id = c.version_id and c.promise_number = p.position + 1
                join promise mp on mp.id = p.model_promise_id
                join code_version mv on mv.id = mp.version_id
                where mv.code_id = ?
                group by mp.id""", (RowCallbackHandler) rs -> counts.put(rs.getLong(1),
                        new PromiseCounts(rs.getLong(2), rs.getLong(3))), model.getId());
        return versions.withContent(versions.findByCodeOrderByNumberAsc(model).stream()
                        .filter(v -> v.getPublishedAt() != null).toList()).stream()
                .flatMap(version -> version.getPromises().stream().map(promise -> {
                    PromiseCounts count = counts.getOrDefault(promise.getId(), PromiseCounts.NONE);
                    return new PromiseComplaints(version.getNumber(), promise.getNumber(), promise.getCategory(),
                            promise.getText(), count.complaints(), count.adopters());
                }))
                .toList();
    }

    private record PromiseCounts(long complaints, long adopters) {
        static final PromiseCounts NONE = new PromiseCounts(0, 0);
    }
}
