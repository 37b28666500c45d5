package io.customercodes.adoption;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.DisplayDates;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionChanges;
import io.customercodes.version.VersionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps adopters current: when a sponsor publishes a new version of a model code, each adopter that is not
 * withdrawn gets a {@link ModelUpdate}, and the adopter's next review shows what changed in the model from the
 * version it is based on. The development process asks {@code ${modelUpdates.recordAdopterUpdates(versionId)}}
 * right after publication, in the publication's transaction, and requests each adopter's review in a job of its own.
 */
@Component("modelUpdates")
@Transactional
public class ModelUpdates {

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final ModelUpdateRepository updates;

    ModelUpdates(CodeRepository codes, CodeVersionRepository versions, ModelUpdateRepository updates) {
        this.codes = codes;
        this.versions = versions;
        this.updates = updates;
    }

    /**
     * For a version just published, the ids of the updates whose review request is still to be sent: none for an
     * organization's own code, and none for a model's first version (nobody can have adopted it before). Asked again
     * (a retried job), it records nothing twice.
     */
    public List<Long> recordAdopterUpdates(Long versionId) {
        CodeVersion published = versions.getVersion(versionId);
        Code model = published.getCode();
        if (!model.isModel() || published.getState() != VersionState.PUBLISHED) {
            return List.of();
        }
        List<ModelUpdate> recorded = updates.findByToVersionIdOrderByIdAsc(versionId);
        if (recorded.isEmpty()) {
            recorded = new ArrayList<>();
            for (Code adopter : codes.findAdopters(model)) {
                Optional<CodeVersion> basis = basis(adopter);
                if (adopter.isWithdrawn() || basis.isPresent() && basis.get().getId().equals(versionId)) {
                    continue;
                }
                recorded.add(updates.save(new ModelUpdate(model.getId(), adopter.getId(),
                        basis.map(CodeVersion::getId).orElse(null), versionId, published.getPublishedAt())));
            }
        }
        return recorded.stream().filter(u -> !u.isReviewRequested()).map(ModelUpdate::getId).toList();
    }

    /** The model version an adopter runs: its published version's basis, else that of its latest version. */
    Optional<CodeVersion> basis(Code adopter) {
        Optional<CodeVersion> published = versions.findByCodeAndState(adopter, VersionState.PUBLISHED);
        if (published.isPresent()) {
            return Optional.ofNullable(published.get().getBasedOn());
        }
        List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(adopter);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(all.size() - 1).getBasedOn());
    }

    /**
     * What a review of this code about to start shows of its model's updates: every one no review has shown yet, or
     * an empty text for a code that adopted no model or whose model has not changed.
     */
    @Transactional(readOnly = true)
    public String pendingMarkdown(Long adopterCodeId) {
        StringBuilder md = new StringBuilder();
        awaitingReview(adopterCodeId).forEach(u -> md.append(markdown(u)));
        return md.toString();
    }

    /** The review that started shows the pending updates: they are its trigger, and the next one shows none. */
    public void shownIn(Long adopterCodeId, Long reviewId) {
        awaitingReview(adopterCodeId).forEach(u -> updates.shownIn(u, reviewId));
    }

    /**
     * Whether a model update waits for this code's next review: the lifecycle was developing a version or in a
     * review when the model changed, so it brings its next review forward.
     */
    @Transactional(readOnly = true)
    public boolean awaitsReview(Long adopterCodeId) {
        return !awaitingReview(adopterCodeId).isEmpty();
    }

    /**
     * Updates no review has shown yet, without those the code has caught up with meanwhile (a revision opened after
     * the update moved to the new model version already).
     */
    List<ModelUpdate> awaitingReview(Long adopterCodeId) {
        List<ModelUpdate> pending = updates.findByAdopterCodeIdAndReviewIdIsNullOrderByIdAsc(adopterCodeId);
        if (pending.isEmpty()) {
            return pending;
        }
        int basis = basis(codes.getCode(adopterCodeId)).map(CodeVersion::getNumber).orElse(0);
        return pending.stream().filter(u -> versions.getVersion(u.getToVersionId()).getNumber() > basis).toList();
    }

    /** The model updates a review showed, for /api. */
    @Transactional(readOnly = true)
    public List<ModelUpdateView> shownIn(Long reviewId) {
        return shownIn(List.of(reviewId)).getOrDefault(reviewId, List.of());
    }

    /** The model updates each of these reviews showed, in one statement for a whole page of reviews. */
    @Transactional(readOnly = true)
    public Map<Long, List<ModelUpdateView>> shownIn(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        List<ModelUpdate> shown = updates.findByReviewIdInOrderByIdAsc(reviewIds);
        Map<Long, CodeVersion> modelVersions = versions.findWithCodeByIdIn(shown.stream()
                        .flatMap(u -> Stream.of(u.getFromVersionId(), u.getToVersionId())).filter(Objects::nonNull)
                        .distinct().toList())
                .stream().collect(Collectors.toMap(CodeVersion::getId, Function.identity()));
        return shown.stream().collect(Collectors.groupingBy(ModelUpdate::getReviewId,
                Collectors.mapping(u -> view(u, modelVersions), Collectors.toList())));
    }

    private static ModelUpdateView view(ModelUpdate update, Map<Long, CodeVersion> modelVersions) {
        CodeVersion to = modelVersions.get(update.getToVersionId());
        Integer from = update.getFromVersionId() == null ? null
                : modelVersions.get(update.getFromVersionId()).getNumber();
        return new ModelUpdateView(to.getCode().getKey(), from, to.getNumber(), update.getPublishedAt());
    }

    /** One model update as a review shows it (no text of the adopter's, only the model's). */
    public record ModelUpdateView(String modelKey, Integer fromVersion, Integer toVersion,
            Instant publishedAt) {
    }

    private String markdown(ModelUpdate update) {
        CodeVersion to = versions.getVersion(update.getToVersionId());
        Code model = to.getCode();
        StringBuilder md = new StringBuilder("\n#### Model code updated\n\n").append(model.getTitle()).append(" (")
                .append(model.getKey()).append("), which this code adopted, published version ")
                .append(to.getNumber()).append(" on ").append(DisplayDates.date(update.getPublishedAt()));
        if (update.getFromVersionId() == null) {
            return md.append(". This code is based on no version of it yet.\n").toString();
        }
        CodeVersion from = versions.getVersion(update.getFromVersionId());
        md.append("; this code is based on version ").append(from.getNumber()).append(". Decide REVISE to move to "
                + "version ").append(to.getNumber()).append(" (the new draft is based on it, with the model's "
                + "changes where this code followed the model), or CONTINUE to stay on version ")
                .append(from.getNumber()).append(".\n\n");
        return md.append(VersionChanges.modelMarkdown(from, to)).toString();
    }
}
