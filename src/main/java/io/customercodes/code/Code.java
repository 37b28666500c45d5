package io.customercodes.code;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One customer satisfaction code of conduct, identified by its stable key. */
@Entity
public class Code {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_key", nullable = false, unique = true, updatable = false)
    private String key;

    private String title;
    private String organization;
    private String scope;
    private int reviewIntervalMonths;
    private LocalDate nextReviewOn;
    private boolean acceptingComplaints;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private CodeKind kind = CodeKind.ORGANIZATION;

    /** The sponsor's model code this code was started from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adopted_model_id", updatable = false)
    private Code adoptedModel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "code_interested_party", joinColumns = @JoinColumn(name = "code_id"))
    @OrderColumn(name = "position")
    @Column(name = "party")
    @Enumerated(EnumType.STRING)
    private List<InterestedParty> interestedParties = new ArrayList<>();

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant withdrawnAt;

    /** Whether a version of the code is PUBLISHED; kept by the version's state changes for the public list. */
    private boolean inForce;

    /** Whether a version of the code has ever been PUBLISHED: customers have seen the code. Never reset. */
    private boolean publishedOnce;

    /** Key, title and organization in lower case, for the public search; computed by the database (V62). */
    @Column(insertable = false, updatable = false)
    private String searchText;

    private boolean smallBusiness;
    private String approverGroups = DevelopmentPath.STANDARD.approverGroups();
    private boolean approvalDeclarationRequired;
    private String consultationDeadline = DevelopmentPath.STANDARD.consultationDeadline();

    @Enumerated(EnumType.STRING)
    private ExampleDraft exampleDraft;

    @Version
    private long lockVersion;

    protected Code() {
    }

    public Code(String key, String title, String organization, String scope, int reviewIntervalMonths,
            List<InterestedParty> interestedParties, String createdBy, Instant createdAt) {
        this.key = key;
        this.title = title;
        this.organization = organization;
        this.scope = scope;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.interestedParties = new ArrayList<>(interestedParties);
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
        code.adoptedModel = model;
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
        return List.copyOf(interestedParties);
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
        return adoptedModel;
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
}
