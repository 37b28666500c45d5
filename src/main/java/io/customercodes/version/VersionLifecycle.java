package io.customercodes.version;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** State changes of code versions, and the rule that a code has at most one published version. */
@Service
@Transactional
public class VersionLifecycle {

    private final CodeVersionRepository versions;
    private final CodeRepository codes;
    private final DecisionLog decisions;
    private final CodesInForceByCategory inForceByCategory;
    private final ApplicationEventPublisher events;

    VersionLifecycle(CodeVersionRepository versions, CodeRepository codes, DecisionLog decisions,
            CodesInForceByCategory inForceByCategory, ApplicationEventPublisher events) {
        this.versions = versions;
        this.codes = codes;
        this.decisions = decisions;
        this.inForceByCategory = inForceByCategory;
        this.events = events;
    }

    /**
     * A new draft: a copy of the published version if there is one, else a first version: for a code that adopts
     * a model code a copy of the model's published version, otherwise empty or a copy of the example the code was
     * proposed with.
     */
    public CodeVersion openDraft(Code code, String actor) {
        List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(code);
        all.stream().filter(v -> v.getState().isInDevelopment()).findFirst().ifPresent(open -> {
            throw new IllegalStateException("Version %d of %s is still in development (%s)"
                    .formatted(open.getNumber(), code.getKey(), open.getState()));
        });
        if (all.isEmpty() && code.getAdoptedModel() != null) {
            CodeVersion model = versions.findByCodeAndState(code.getAdoptedModel(), VersionState.PUBLISHED)
                    .orElseThrow(() -> new IllegalStateException("Model code " + code.getAdoptedModel().getKey()
                            + " has no published version to adopt"));
            return versions.save(CodeVersion.adoptionOf(model, code, actor, EngineClock.now()));
        }
        Optional<CodeVersion> published = all.stream().filter(v -> v.getState() == VersionState.PUBLISHED).findFirst();
        Optional<CodeVersion> newerModel = published.flatMap(this::newerModelVersion);
        if (newerModel.isPresent()) {
            return versions.save(CodeVersion.revisionOnNewModel(published.get(), newerModel.get(),
                    versions.highestNumber(code) + 1, actor, EngineClock.now()));
        }
        CodeVersion draft = published
                .map(p -> CodeVersion.revisionOf(p, versions.highestNumber(code) + 1, actor, EngineClock.now()))
                .orElseGet(() -> all.isEmpty()
                        ? firstDraft(code, actor)
                        : CodeVersion.revisionOf(all.get(all.size() - 1), all.size() + 1, actor, EngineClock.now()));
        return versions.save(draft);
    }

    private static CodeVersion firstDraft(Code code, String actor) {
        CodeVersion draft = CodeVersion.firstDraft(code, actor, EngineClock.now());
        if (code.getExampleDraft() != null) {
            draft.updateDraft(ExampleDrafts.of(code.getExampleDraft()));
        }
        return draft;
    }

    /** For an adopter's version: the model's published version if it is newer than the one the version is based on. */
    private Optional<CodeVersion> newerModelVersion(CodeVersion adopted) {
        if (adopted.getBasedOnId() == null) {
            return Optional.empty();
        }
        return versions.findByCodeAndState(adopted.getBasedOn().getCode(), VersionState.PUBLISHED)
                .filter(model -> model.getNumber() > adopted.getBasedOn().getNumber());
    }

    public CodeVersion moveTo(Long versionId, VersionState next) {
        CodeVersion version = versions.getVersion(versionId);
        boolean wasInForce = version.getState() == VersionState.PUBLISHED;
        version.moveTo(next, EngineClock.now());
        versions.save(version);
        if (wasInForce || next == VersionState.PUBLISHED) {
            codes.saveInForce(version.getCode());
        }
        if (wasInForce) {
            inForceByCategory.removed(version.getCode());
            events.publishEvent(new PublishedVersionChanged(version.getCodeId(), version.getCode().getKey()));
        }
        return version;
    }

    /** Publishes an approved version; the version it replaces becomes SUPERSEDED. */
    public CodeVersion publish(Long versionId, String actor) {
        CodeVersion version = versions.getVersion(versionId);
        // The superseded version leaves PUBLISHED before the new one enters it.
        Optional<CodeVersion> superseded = versions.findByCodeAndState(version.getCode(), VersionState.PUBLISHED);
        superseded.ifPresent(previous -> {
            previous.moveTo(VersionState.SUPERSEDED, EngineClock.now());
            versions.save(previous);
        });
        version.publish(actor, EngineClock.now());
        versions.save(version);
        codes.saveInForce(version.getCode());
        inForceByCategory.published(version);
        decisions.record(version.getCodeId(), version.getId(), DecisionKind.PUBLICATION, "PUBLISHED",
                "Version " + version.getNumber() + " published", actor);
        if (superseded.isPresent()) { // a first publication has nothing that follows the version before it
            events.publishEvent(new PublishedVersionChanged(version.getCodeId(), version.getCode().getKey()));
        }
        return version;
    }

    public CodeVersion reject(Long versionId) {
        return moveTo(versionId, VersionState.REJECTED);
    }

    public Optional<CodeVersion> published(Code code) {
        return versions.findByCodeAndState(code, VersionState.PUBLISHED);
    }
}
