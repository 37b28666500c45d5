package io.customercodes.consultation;

import io.customercodes.code.InterestedParty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One interested party's position on one consultation round of a version. A party that let the
 * deadline pass is recorded too, without a position, so the record shows who was not heard.
 */
@Entity
public class ConsultationFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long versionId;

    @Column(updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private InterestedParty party;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConsultationPosition position;

    @Column(updatable = false)
    private String comments;

    @Column(updatable = false)
    private String givenBy;

    @Column(updatable = false)
    private Instant givenAt;

    protected ConsultationFeedback() {
    }

    ConsultationFeedback(Long versionId, int round, InterestedParty party, ConsultationPosition position,
            String comments, String givenBy, Instant givenAt) {
        this.versionId = versionId;
        this.round = round;
        this.party = party;
        this.position = position;
        this.comments = comments;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public int getRound() {
        return round;
    }

    public InterestedParty getParty() {
        return party;
    }

    public ConsultationPosition getPosition() {
        return position;
    }

    public boolean isMissing() {
        return position == null;
    }

    public String getComments() {
        return comments;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
