package io.customercodes.system;


/**
 * The code, version and review one process instance works on, recorded by the system step that starts
 * or opens them and found again by the engine's process instance id. Process variables carry the same ids
 * for Cockpit and the models, but a user completing a task can write variables; he cannot change this.
 */
public class ProcessSubject {

    private final String processInstanceId;

    private final Long codeId;
    private Long versionId;
    private Long reviewId;

    ProcessSubject(String processInstanceId, Long codeId) {
        this.processInstanceId = processInstanceId;
        this.codeId = codeId;
    }

    ProcessSubject(String processInstanceId, Long codeId, Long versionId, Long reviewId) {
        this(processInstanceId, codeId);
        this.versionId = versionId;
        this.reviewId = reviewId;
    }

    ProcessSubject copyFor(String processInstanceId) {
        return new ProcessSubject(processInstanceId, codeId, versionId, reviewId);
    }

    void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    void setReviewId(Long reviewId) {
        this.reviewId = reviewId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getCodeId() {
        return codeId;
    }

    boolean hasVersion() {
        return versionId != null;
    }

    boolean hasReview() {
        return reviewId != null;
    }

    public Long getVersionId() {
        if (versionId == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " works on no version");
        }
        return versionId;
    }

    public Long getReviewId() {
        if (reviewId == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " works on no review");
        }
        return reviewId;
    }
}
