package io.customercodes.code;

import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The development path stored on the code, for the expressions of processes/codeDevelopment.bpmn:
 * {@code ${developmentPath.approverGroups(execution)}}, {@code ${developmentPath.consultationDeadline(execution)}}.
 * Read from the code's row rather than from process variables, so instances started by earlier releases (which
 * have no such variables) follow the path their code has: the standard one (V51's column defaults).
 */
@Component("developmentPath")
public class DevelopmentPaths {

    private final CodeRepository codes;
    private final Subjects subjects;

    DevelopmentPaths(CodeRepository codes, Subjects subjects) {
        this.codes = codes;
        this.subjects = subjects;
    }

    public String approverGroups(DelegateExecution execution) {
        return code(execution).getApproverGroups();
    }

    public String consultationDeadline(DelegateExecution execution) {
        return code(execution).getConsultationDeadline();
    }

    private Code code(DelegateExecution execution) {
        return codes.getCode(subjects.of(execution).getCodeId());
    }
}
