package io.customercodes.system;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The code, version and review one process instance works on, recorded by the system step that starts
 * or opens them and found again by the engine's process instance id. Process variables carry the same ids
 * for Cockpit and the models, but a user completing a task can write variables; he cannot change this.
 */
@Entity
public class ProcessSubject {

    @Id
    private String processInstanceId;

    private Long codeId;
    private Long versionId;
    private Long reviewId;

    protected ProcessSubject() {
    }

    ProcessSubject(String processInstanceId, Long codeId) {
        this.processInstanceId = processInstanceId;
        this.codeId = codeId;
    }

    ProcessSubject copyFor(String processInstanceId) {
        ProcessSubject copy = new ProcessSubject(processInstanceId, codeId);
        copy.versionId = versionId;
        copy.reviewId = reviewId;
        return copy;
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
