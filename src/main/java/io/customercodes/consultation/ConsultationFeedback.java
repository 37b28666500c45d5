package io.customercodes.consultation;

import io.customercodes.code.InterestedParty;
import java.time.Instant;

/**
 * One interested party's position on one consultation round of a version. A party that let the
 * deadline pass is recorded too, without a position, so the record shows who was not heard.
 */
public class ConsultationFeedback {

    private final Long id;

    private final Long versionId;

    private final int round;

    private final InterestedParty party;

    private final ConsultationPosition position;

    private final String comments;

    private final String givenBy;

    private final Instant givenAt;

    ConsultationFeedback(Long versionId, int round, InterestedParty party, ConsultationPosition position,
            String comments, String givenBy, Instant givenAt) {
        this(null, versionId, round, party, position, comments, givenBy, givenAt);
    }

    ConsultationFeedback(Long id, Long versionId, int round, InterestedParty party, ConsultationPosition position,
            String comments, String givenBy, Instant givenAt) {
        this.id = id;
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
