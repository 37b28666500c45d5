package io.customercodes.publication;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.publication.PublishedCode.AdopterView;
import io.customercodes.publication.PublishedCode.IndicatorView;
import io.customercodes.publication.PublishedCode.ModelBasisView;
import io.customercodes.publication.PublishedCode.PromiseView;
import io.customercodes.publication.PublishedCode.ProvisionView;
import io.customercodes.publication.PublishedHistory.PublishedVersion;
import io.customercodes.review.CodeReviewRepository;
import io.customercodes.review.ReviewDecision;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.ModelDeviation;
import io.customercodes.version.ModelDeviations;
import io.customercodes.version.PerformanceIndicator;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.PublishedCatalogSearch;
import io.customercodes.version.RelatedProvision;
import io.customercodes.version.VersionDiff;
import io.customercodes.version.VersionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PublicCatalog {

    public record Entry(String key, String title, String organization, int versionNumber, boolean model) {
    }

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final CodeReviewRepository reviews;
    private final PublishedCatalogSearch search;

    PublicCatalog(CodeRepository codes, CodeVersionRepository versions, CodeReviewRepository reviews,
            PublishedCatalogSearch search) {
        this.codes = codes;
        this.search = search;
        this.versions = versions;
        this.reviews = reviews;
    }

    /** One page of the codes in force, found by text (key, title, organization) and by category of promise. */
    public CodeListing publishedCodes(String text, PromiseCategory category, int page) {
        // Control characters match nothing a user means; U+001F is also what separates the fields searched.
        String words = text == null ? null : text.replaceAll("\\p{Cntrl}", " ").strip();
        String lowerCase = words == null || words.isEmpty() ? null : words.toLowerCase(Locale.ROOT);
        Page<CodeVersion> found = search.search(lowerCase, category,
                PageRequest.of(Math.max(0, page - 1), CodeListing.PAGE_SIZE));
        return new CodeListing(found.getContent().stream()
                .map(v -> new Entry(v.getCode().getKey(), v.getCode().getTitle(), v.getCode().getOrganization(),
                        v.getNumber(), v.getCode().isModel()))
                .toList(), found.getNumber() + 1, Math.max(1, found.getTotalPages()), found.getTotalElements());
    }

    /** The code's version in force or, for a withdrawn code, the version that was in force until then. */
    public Optional<PublishedCode> publishedCode(String key) {
        return codes.findByKey(key)
                .flatMap(code -> versions.findByCodeAndState(code, VersionState.PUBLISHED)
                        .or(() -> versions.findByCodeAndState(code, VersionState.WITHDRAWN)))
                .map(v -> view(v, reviewState(v.getCode()), adopters(v.getCode())));
    }

    /** The versions of a code that customers have seen; none while no version was ever published. */
    public Optional<PublishedHistory> publishedHistory(String key) {
        return codes.findByKey(key).flatMap(code -> {
            List<CodeVersion> published = versions.withContent(versions.findByCodeOrderByNumberAsc(code).stream()
                    .filter(v -> v.getState().wasPublished()).toList());
            if (published.isEmpty()) {
                return Optional.empty();
            }
            List<PublishedVersion> newestFirst = new ArrayList<>();
            for (int i = published.size() - 1; i >= 0; i--) {
                CodeVersion previous = i == 0 ? null : published.get(i - 1);
                newestFirst.add(historyEntry(published.get(i), previous));
            }
            boolean inForce = published.get(published.size() - 1).getState() == VersionState.PUBLISHED;
            return Optional.of(new PublishedHistory(code.getKey(), code.getTitle(), code.getOrganization(), inForce,
                    newestFirst));
        });
    }

    private static PublishedVersion historyEntry(CodeVersion v, CodeVersion previous) {
        String endedAs = switch (v.getState()) {
            case SUPERSEDED -> "Superseded";
            case WITHDRAWN -> "Withdrawn";
            default -> null;
        };
        return new PublishedVersion(v.getNumber(), date(v.getPublishedAt()), endedAs,
                endedAs == null ? null : date(v.getEndedAt()), previous == null ? null : previous.getNumber(),
                previous == null ? List.of() : VersionDiffSummary.of(VersionDiff.between(previous, v)));
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, EngineClock.zone());
    }

    /**
     * The scheduled date while a review timer waits; while a review or the revision it decided runs, the old date
     * is no longer true (the review starts by clearing it), so the page says what is happening instead.
     */
    private ReviewState reviewState(Code code) {
        if (code.getNextReviewOn() != null) {
            return new ReviewState(ReviewState.Kind.SCHEDULED, code.getNextReviewOn());
        }
        if (code.isWithdrawn()) {
            return new ReviewState(ReviewState.Kind.NOT_SCHEDULED, null);
        }
        return reviews.findFirstByCodeIdOrderByStartedAtDesc(code.getId())
                .map(latest -> latest.getDecision() == null
                        ? new ReviewState(ReviewState.Kind.UNDER_REVIEW, date(latest.getStartedAt()))
                        : latest.getDecision() == ReviewDecision.REVISE
                                ? new ReviewState(ReviewState.Kind.BEING_REVISED, date(latest.getDecidedAt()))
                                : new ReviewState(ReviewState.Kind.NOT_SCHEDULED, null))
                .orElse(new ReviewState(ReviewState.Kind.NOT_SCHEDULED, null));
    }

    /** The organizations whose code in force adopted the model code, with the model version each is based on. */
    private List<AdopterView> adopters(Code model) {
        if (!model.isModel()) {
            return List.of();
        }
        List<Code> adopters = codes.findAdopters(model);
        Map<Long, CodeVersion> inForce = versions.findByCodeIdInAndState(adopters.stream().map(Code::getId).toList(),
                VersionState.PUBLISHED).stream().collect(Collectors.toMap(v -> v.getCodeId(), v -> v));
        return adopters.stream().filter(a -> inForce.containsKey(a.getId()))
                .filter(a -> inForce.get(a.getId()).getBasedOnId() != null)
                .map(a -> new AdopterView(a.getKey(), a.getTitle(), a.getOrganization(),
                        inForce.get(a.getId()).getBasedOn().getNumber()))
                .toList();
    }

    private static ModelBasisView basis(CodeVersion v) {
        CodeVersion model = v.getBasedOn();
        if (model == null) {
            return null;
        }
        return new ModelBasisView(model.getCode().getKey(), model.getCode().getTitle(),
                model.getCode().getOrganization(), model.getNumber(),
                ModelDeviations.of(v).stream().map(ModelDeviation::description).toList(), v.getDeviationReasons());
    }

    private static PublishedCode view(CodeVersion v, ReviewState review, List<AdopterView> adopters) {
        List<PromiseView> promises = v.getPromises().stream()
                .map(p -> new PromiseView(p.getNumber(), p.getCategory().label(), p.getText(),
                        v.getProvisions().stream().filter(r -> Objects.equals(r.getPromiseNumber(), p.getNumber()))
                                .map(PublicCatalog::provision).toList(),
                        v.getIndicators().stream().filter(i -> Objects.equals(i.getPromiseNumber(), p.getNumber()))
                                .map(PublicCatalog::indicator).toList()))
                .toList();
        return new PublishedCode(v.getCode().getKey(), v.getCode().getTitle(), v.getCode().getOrganization(),
                v.getCode().getScope(), v.getNumber(), date(v.getPublishedAt()), review,
                v.getCode().isAcceptingComplaints(), promises,
                v.getProvisions().stream().filter(r -> r.getPromiseNumber() == null).map(PublicCatalog::provision)
                        .toList(),
                v.getIndicators().stream().filter(i -> i.getPromiseNumber() == null).map(PublicCatalog::indicator)
                        .toList(),
                v.getState() == VersionState.WITHDRAWN && v.getCode().getWithdrawnAt() != null
                        ? date(v.getCode().getWithdrawnAt()) : null,
                v.getCode().isModel(), basis(v), adopters);
    }

    private static ProvisionView provision(RelatedProvision p) {
        return new ProvisionView(p.getType().label(), p.getText());
    }

    private static IndicatorView indicator(PerformanceIndicator i) {
        return new IndicatorView(i.getName(), i.getTargetText());
    }
}
