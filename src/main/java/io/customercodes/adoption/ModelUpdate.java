package io.customercodes.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A new version of a model code as it reaches one adopter: the model version the adopter is based on, the new one,
 * whether the adopter's lifecycle took the request for a review, and the review that showed the change. An update
 * no review has shown yet waits for the adopter's next review, however that one starts.
 */
@Entity
public class ModelUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long modelCodeId;

    @Column(updatable = false)
    private Long adopterCodeId;

    @Column(updatable = false)
    private Long fromVersionId;

    @Column(updatable = false)
    private Long toVersionId;

    @Column(updatable = false)
    private Instant publishedAt;

    private boolean reviewRequested;

    private Long reviewId;

    protected ModelUpdate() {
    }

    ModelUpdate(Long modelCodeId, Long adopterCodeId, Long fromVersionId, Long toVersionId, Instant publishedAt) {
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
