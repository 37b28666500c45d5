package io.customercodes.adoption;

import java.time.Instant;

/**
 * A new version of a model code as it reaches one adopter: the model version the adopter is based on, the new one,
 * whether the adopter's lifecycle took the request for a review, and the review that showed the change. An update
 * no review has shown yet waits for the adopter's next review, however that one starts.
 */
public class ModelUpdate {

    private final Long id;

    private final Long modelCodeId;

    private final Long adopterCodeId;

    private final Long fromVersionId;

    private final Long toVersionId;

    private final Instant publishedAt;

    private boolean reviewRequested;

    private Long reviewId;

    ModelUpdate(Long modelCodeId, Long adopterCodeId, Long fromVersionId, Long toVersionId, Instant publishedAt) {
        this(null, modelCodeId, adopterCodeId, fromVersionId, toVersionId, publishedAt, false, null);
    }

    ModelUpdate(Long id, Long modelCodeId, Long adopterCodeId, Long fromVersionId, Long toVersionId,
            Instant publishedAt, boolean reviewRequested, Long reviewId) {
        this.id = id;
        this.reviewRequested = reviewRequested;
        this.reviewId = reviewId;
        this.modelCodeId = modelCodeId;
        this.adopterCodeId = adopterCodeId;
        this.fromVersionId = fromVersionId;
        this.toVersionId = toVersionId;
        this.publishedAt = publishedAt;
    }

    void reviewRequested() {
        this.reviewRequested = true;
    }

    void shownIn(Long reviewId) {
        this.reviewId = reviewId;
    }

    public Long getId() {
        return id;
    }

    public Long getModelCodeId() {
        return modelCodeId;
    }

    public Long getAdopterCodeId() {
        return adopterCodeId;
    }

    public Long getFromVersionId() {
        return fromVersionId;
    }

    public Long getToVersionId() {
        return toVersionId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isReviewRequested() {
        return reviewRequested;
    }

    public Long getReviewId() {
        return reviewId;
    }
}
