package io.customercodes.code;

import static io.customercodes.system.jdbc.Rows.date;
import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.name;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.util.Lazy;

/** One customer satisfaction code of conduct, identified by its stable key. */
public class Code {

    private Long id;
    private String key;

    private String title;
    private String organization;
    private String scope;
    private int reviewIntervalMonths;
    private LocalDate nextReviewOn;
    private boolean acceptingComplaints;

    private CodeKind kind = CodeKind.ORGANIZATION;

    /** The sponsor's model code this code was started from, if any; read when first asked for. */
    private Long adoptedModelId;
    private Lazy<Code> adoptedModel = Lazy.empty();

    /** Read when first asked for: most steps that load a code never look at them. */
    private Lazy<List<InterestedParty>> interestedParties;

    private String createdBy;
    private Instant createdAt;

    private Instant withdrawnAt;

    /** Whether a version of the code is PUBLISHED; kept by the version's state changes for the public list. */
    private boolean inForce;

    /** Whether a version of the code has ever been PUBLISHED: customers have seen the code. Never reset. */
    private boolean publishedOnce;

    private boolean smallBusiness;
    private String approverGroups = DevelopmentPath.STANDARD.approverGroups();
    private boolean approvalDeclarationRequired;
    private String consultationDeadline = DevelopmentPath.STANDARD.consultationDeadline();

    private ExampleDraft exampleDraft;

    private long lockVersion;

    private Code() {
    }

    public Code(String key, String title, String organization, String scope, int reviewIntervalMonths,
            List<InterestedParty> interestedParties, String createdBy, Instant createdAt) {
        this.key = key;
        this.title = title;
        this.organization = organization;
        this.scope = scope;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.interestedParties = Lazy.of(List.copyOf(interestedParties));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The path the development-path decision chose for this code, for every version it will have. */
    public void follow(DevelopmentPath path, boolean smallBusiness) {
        this.smallBusiness = smallBusiness;
        this.approverGroups = path.approverGroups();
        this.approvalDeclarationRequired = path.approvalDeclarationRequired();
        this.consultationDeadline = path.consultationDeadline();
    }

    /** The first draft starts as a copy of this example. */
    public void startFrom(ExampleDraft example) {
        this.exampleDraft = example;
    }

    /** A sponsor's model code, which member organizations adopt. */
    public static Code model(String key, String title, String organization, String scope, int reviewIntervalMonths,
            List<InterestedParty> interestedParties, String createdBy, Instant createdAt) {
        Code code = new Code(key, title, organization, scope, reviewIntervalMonths, interestedParties, createdBy,
                createdAt);
        code.kind = CodeKind.MODEL;
        return code;
    }

    /** An organization's code whose first draft is a copy of the model code's published version. */
    public static Code adopting(Code model, String key, String title, String organization, String scope,
            int reviewIntervalMonths, List<InterestedParty> interestedParties, String createdBy, Instant createdAt) {
        if (!model.isModel()) {
            throw new IllegalArgumentException(model.getKey() + " is not a model code");
        }
        Code code = new Code(key, title, organization, scope, reviewIntervalMonths, interestedParties, createdBy,
                createdAt);
        code.adoptedModelId = model.getId();
        code.adoptedModel = Lazy.of(model);
        return code;
    }

    public void scheduleNextReview(LocalDate date) {
        this.nextReviewOn = date;
    }

    /** A review began: the date it was scheduled for is history now (the review keeps it as its due date). */
    public void reviewStarted() {
        this.nextReviewOn = null;
    }

    public void acceptComplaints() {
        this.acceptingComplaints = true;
    }

    public void withdraw(Instant when) {
        this.withdrawnAt = when;
        this.acceptingComplaints = false;
        this.nextReviewOn = null;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganization() {
        return organization;
    }

    public String getScope() {
        return scope;
    }

    public int getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public boolean isAcceptingComplaints() {
        return acceptingComplaints;
    }

    public List<InterestedParty> getInterestedParties() {
        return interestedParties.get();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public CodeKind getKind() {
        return kind;
    }

    public boolean isModel() {
        return kind == CodeKind.MODEL;
    }

    public Code getAdoptedModel() {
        return adoptedModel.getNullable();
    }

    public Long getAdoptedModelId() {
        return adoptedModelId;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isSmallBusiness() {
        return smallBusiness;
    }

    /** The candidate groups of "Approve code", comma-separated. */
    public String getApproverGroups() {
        return approverGroups;
    }

    public boolean isApprovalDeclarationRequired() {
        return approvalDeclarationRequired;
    }

    /** How long consultation on a draft lasts, an ISO-8601 duration. */
    public String getConsultationDeadline() {
        return consultationDeadline;
    }

    public ExampleDraft getExampleDraft() {
        return exampleDraft;
    }

    public boolean isInForce() {
        return inForce;
    }

    /** Called by a version of this code entering or leaving the PUBLISHED state. */
    public void setInForce(boolean inForce) {
        this.inForce = inForce;
        if (inForce) {
            publishedOnce = true;
        }
    }

    public boolean isPublishedOnce() {
        return publishedOnce;
    }

    long getLockVersion() {
        return lockVersion;
    }

    /**
     * A code as its row holds it; its interested parties and model code are read through the functions when first
     * asked for.
     */
    static Code restore(ResultSet rs, Function<Long, List<InterestedParty>> parties, Function<Long, Code> codes)
            throws SQLException {
        Code c = new Code();
        c.id = rs.getLong("id");
        c.key = rs.getString("code_key");
        c.title = rs.getString("title");
        c.organization = rs.getString("organization");
        c.scope = rs.getString("scope");
        c.reviewIntervalMonths = rs.getInt("review_interval_months");
        c.nextReviewOn = date(rs, "next_review_on");
        c.acceptingComplaints = rs.getBoolean("accepting_complaints");
        c.kind = enumValue(rs, "kind", CodeKind.class);
        c.adoptedModelId = nullableLong(rs, "adopted_model_id");
        c.createdBy = rs.getString("created_by");
        c.createdAt = instant(rs, "created_at");
        c.withdrawnAt = instant(rs, "withdrawn_at");
        c.inForce = rs.getBoolean("in_force");
        c.publishedOnce = rs.getBoolean("published_once");
        c.smallBusiness = rs.getBoolean("small_business");
        c.approverGroups = rs.getString("approver_groups");
        c.approvalDeclarationRequired = rs.getBoolean("approval_declaration_required");
        c.consultationDeadline = rs.getString("consultation_deadline");
        c.exampleDraft = enumValue(rs, "example_draft", ExampleDraft.class);
        c.lockVersion = rs.getLong("lock_version");
        Long id = c.id;
        c.interestedParties = Lazy.of(() -> parties.apply(id));
        Long modelId = c.adoptedModelId;
        c.adoptedModel = Lazy.of(() -> modelId == null ? null : codes.apply(modelId));
        return c;
    }

    /**
     * The columns a save writes. Whether the code is in force is not among them: only a version's state change
     * writes that ({@link CodeRepository#saveInForce}), so that an older copy of the code cannot undo it.
     */
    Map<String, Object> columns() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code_key", key);
        row.put("title", title);
        row.put("organization", organization);
        row.put("scope", scope);
        row.put("review_interval_months", reviewIntervalMonths);
        row.put("next_review_on", nextReviewOn);
        row.put("accepting_complaints", acceptingComplaints);
        row.put("kind", name(kind));
        row.put("adopted_model_id", adoptedModelId);
        row.put("created_by", createdBy);
        row.put("created_at", utc(createdAt));
        row.put("withdrawn_at", utc(withdrawnAt));
        row.put("small_business", smallBusiness);
        row.put("approver_groups", approverGroups);
        row.put("approval_declaration_required", approvalDeclarationRequired);
        row.put("consultation_deadline", consultationDeadline);
        row.put("example_draft", name(exampleDraft));
        return row;
    }

    void inserted(long newId) {
        this.id = newId;
    }

    void updated() {
        lockVersion++;
    }
}
