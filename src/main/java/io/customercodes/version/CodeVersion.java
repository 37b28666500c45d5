package io.customercodes.version;

import io.customercodes.code.Code;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a code. Its content can change only while it is a draft; once published it is an
 * immutable record of what the organization promised, and only its state moves on.
 */
@Entity
@Table(name = "code_version")
public class CodeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "code_id", updatable = false)
    private Code code;

    @Column(updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    private VersionState state;

    private String objectives;
    private String complaintsAnalysis;
    private String customerExpectations;
    private String legalRequirements;
    private String procedures;
    private String communicationPlan;
    private String resources;
    private int consultationRound;
    private int responseDays = VersionDraft.DEFAULT_RESPONSE_DAYS;

    /** The published version of a sponsor's model code this version adapts, if the code adopted one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_version_id", updatable = false)
    private CodeVersion basedOn;

    /** Why this version departs from its model: what compliance and customers read next to the changes. */
    private String deviationReasons;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Promise> promises = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RelatedProvision> provisions = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PerformanceIndicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "version_team", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> teams = new ArrayList<>();

    @Column(updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant stateChangedAt;
    private String publishedBy;
    private Instant publishedAt;
    private Instant endedAt;

    @Version
    private long lockVersion;

    protected CodeVersion() {
    }

    private CodeVersion(Code code, int number, String createdBy, Instant createdAt) {
        this.code = code;
        this.number = number;
        this.state = VersionState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.stateChangedAt = createdAt;
    }

    public static CodeVersion firstDraft(Code code, String createdBy, Instant createdAt) {
        return new CodeVersion(code, 1, createdBy, createdAt);
    }

    /** A new draft that starts from the content of an earlier version, and from the same model version. */
    public static CodeVersion revisionOf(CodeVersion earlier, int number, String createdBy, Instant createdAt) {
        CodeVersion draft = new CodeVersion(earlier.code, number, createdBy, createdAt);
        draft.basedOn = earlier.basedOn;
        draft.deviationReasons = earlier.deviationReasons;
        draft.applyPlan(earlier.plan());
        draft.applyDraft(earlier.draft());
        return draft;
    }

    /**
     * A new draft of an adopting code that moves to the model's newer published version: see {@link ModelRebase}.
     * The reasons for departing from the model stay, for the adopter to bring up to date.
     */
    public static CodeVersion revisionOnNewModel(CodeVersion earlier, CodeVersion newModel, int number,
            String createdBy, Instant createdAt) {
        if (earlier.basedOn == null || newModel.getState() != VersionState.PUBLISHED
                || !newModel.getCode().getId().equals(earlier.basedOn.getCode().getId())) {
            throw new IllegalArgumentException("Only a version based on an earlier version of the same model moves");
        }
        CodeVersion draft = new CodeVersion(earlier.code, number, createdBy, createdAt);
        draft.basedOn = newModel;
        draft.deviationReasons = earlier.deviationReasons;
        draft.applyPlan(earlier.plan());
        draft.applyDraft(ModelRebase.onto(earlier.draft(), earlier.basedOn.draft(), newModel.draft()));
        return draft;
    }

    /**
     * The first draft of a code that adopts a model code: a copy of the model's published version, each promise and
     * indicator remembering the model's one it came from.
     */
    public static CodeVersion adoptionOf(CodeVersion model, Code code, String createdBy, Instant createdAt) {
        if (model.getState() != VersionState.PUBLISHED || !model.getCode().isModel()) {
            throw new IllegalArgumentException("Only a published version of a model code can be adopted");
        }
        CodeVersion draft = new CodeVersion(code, 1, createdBy, createdAt);
        draft.basedOn = model;
        draft.applyPlan(model.plan());
        VersionDraft copy = model.draft();
        List<PromiseDraft> promises = new ArrayList<>();
        for (int i = 0; i < copy.promises().size(); i++) {
            PromiseDraft p = copy.promises().get(i);
            promises.add(new PromiseDraft(p.category(), p.text(), i + 1));
        }
        List<IndicatorDraft> indicators = new ArrayList<>();
        for (int i = 0; i < copy.indicators().size(); i++) {
            IndicatorDraft d = copy.indicators().get(i);
            indicators.add(new IndicatorDraft(d.name(), d.promiseNumber(), d.comparison(), d.targetValue(), d.unit(),
                    i + 1));
        }
        draft.applyDraft(new VersionDraft(promises, copy.provisions(), indicators, copy.procedures(),
                copy.communicationPlan(), copy.resources(), copy.teams(), copy.responseDays()));
        return draft;
    }

    public void updatePlan(VersionPlan plan) {
        requireDraft();
        applyPlan(plan);
    }

    public void updateDraft(VersionDraft draft) {
        requireDraft();
        applyDraft(draft);
    }

    /** Why the draft departs from its model code (null or blank for none). */
    public void explainDeviations(String reasons) {
        requireDraft();
        deviationReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    }

    /** Through {@link VersionLifecycle} only, which keeps the public list by kind of promise in step. */
    void moveTo(VersionState next, Instant when) {
        if (!state.canMoveTo(next)) {
            throw new IllegalVersionTransitionException(code.getKey(), number, state, next);
        }
        if (next == VersionState.IN_CONSULTATION) {
            consultationRound++;
        }
        if (state == VersionState.PUBLISHED) {
            code.setInForce(false);
        }
        if (next == VersionState.PUBLISHED) {
            code.setInForce(true);
        }
        state = next;
        stateChangedAt = when;
        if (next.isFinal()) {
            endedAt = when;
        }
    }

    void publish(String actor, Instant when) {
        moveTo(VersionState.PUBLISHED, when);
        publishedBy = actor;
        publishedAt = when;
    }

    private void requireDraft() {
        if (state != VersionState.DRAFT) {
            throw new VersionNotEditableException(code.getKey(), number, state);
        }
    }

    private void applyPlan(VersionPlan plan) {
        objectives = plan.objectives();
        complaintsAnalysis = plan.complaintsAnalysis();
        customerExpectations = plan.customerExpectations();
        legalRequirements = plan.legalRequirements();
    }

    private void applyDraft(VersionDraft draft) {
        promises.clear();
        for (PromiseDraft p : draft.promises()) {
            promises.add(new Promise(this, promises.size(), p.category(), p.text(),
                    modelItem(p.modelPromiseNumber(), basedOn == null ? List.of() : basedOn.getPromises(), "promise")));
        }
        provisions.clear();
        for (ProvisionDraft p : draft.provisions()) {
            provisions.add(new RelatedProvision(this, provisions.size(), p.type(), p.text(), p.promiseNumber()));
        }
        indicators.clear();
        for (IndicatorDraft i : draft.indicators()) {
            indicators.add(new PerformanceIndicator(this, indicators.size(), i, modelItem(i.modelIndicatorNumber(),
                    basedOn == null ? List.of() : basedOn.getIndicators(), "indicator")));
        }
        teams.clear();
        teams.addAll(draft.teams());
        procedures = draft.procedures();
        communicationPlan = draft.communicationPlan();
        resources = draft.resources();
        responseDays = draft.responseDays();
    }

    private <T> T modelItem(Integer number, List<T> modelItems, String what) {
        if (number == null) {
            return null;
        }
        if (number < 1 || number > modelItems.size()) {
            throw new IllegalArgumentException("The model version has no " + what + " " + number);
        }
        return modelItems.get(number - 1);
    }

    public VersionPlan plan() {
        return new VersionPlan(objectives, complaintsAnalysis, customerExpectations, legalRequirements);
    }

    public VersionDraft draft() {
        return new VersionDraft(
                promises.stream().map(p -> new PromiseDraft(p.getCategory(), p.getText(),
                        p.getModelPromise() == null ? null : p.getModelPromise().getNumber())).toList(),
                provisions.stream().map(p -> new ProvisionDraft(p.getType(), p.getText(), p.getPromiseNumber())).toList(),
                indicators.stream().map(i -> new IndicatorDraft(i.getName(), i.getPromiseNumber(), i.getComparison(),
                        i.getTargetValue(), i.getUnit(),
                        i.getModelIndicator() == null ? null : i.getModelIndicator().getNumber())).toList(),
                procedures, communicationPlan, resources, teams, responseDays);
    }

    public Long getId() {
        return id;
    }

    public Code getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public VersionState getState() {
        return state;
    }

    public CodeVersion getBasedOn() {
        return basedOn;
    }

    public String getDeviationReasons() {
        return deviationReasons;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getProcedures() {
        return procedures;
    }

    public String getCommunicationPlan() {
        return communicationPlan;
    }

    public String getResources() {
        return resources;
    }

    /** "We respond to a complaint within this many working days." */
    public int getResponseDays() {
        return responseDays;
    }

    public int getConsultationRound() {
        return consultationRound;
    }

    public List<Promise> getPromises() {
        return List.copyOf(promises);
    }

    public List<RelatedProvision> getProvisions() {
        return List.copyOf(provisions);
    }

    public List<PerformanceIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<String> getTeams() {
        return List.copyOf(teams);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
