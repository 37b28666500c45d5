package io.customercodes.version;

import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.name;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.code.Code;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.util.Lazy;

/**
 * One version of a code. Its content can change only while it is a draft; once published it is an
 * immutable record of what the organization promised, and only its state moves on.
 *
 * <p>Its code, the model version it is based on and its content lists are read when first asked for: most steps
 * that load a version look only at its state.
 */
public class CodeVersion {

    private Long id;
    private Long codeId;
    private Lazy<Code> code;
    private int number;
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
    private Long basedOnId;
    private Lazy<CodeVersion> basedOn = Lazy.empty();

    /** Why this version departs from its model: what compliance and customers read next to the changes. */
    private String deviationReasons;

    private Lazy<List<Promise>> promises = Lazy.of(List.of());
    private Lazy<List<RelatedProvision>> provisions = Lazy.of(List.of());
    private Lazy<List<PerformanceIndicator>> indicators = Lazy.of(List.of());
    private Lazy<List<String>> teams = Lazy.of(List.of());

    /** Whether the content lists changed since they were read, so that a save writes them anew. */
    private boolean contentChanged;

    private String createdBy;
    private Instant createdAt;
    private Instant stateChangedAt;
    private String publishedBy;
    private Instant publishedAt;
    private Instant endedAt;

    private long lockVersion;

    private CodeVersion() {
    }

    private CodeVersion(Code code, int number, String createdBy, Instant createdAt) {
        this.codeId = code.getId();
        this.code = Lazy.of(code);
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
        CodeVersion draft = new CodeVersion(earlier.getCode(), number, createdBy, createdAt);
        draft.basedOnId = earlier.basedOnId;
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
        CodeVersion oldModel = earlier.getBasedOn();
        if (oldModel == null || newModel.getState() != VersionState.PUBLISHED
                || !newModel.getCodeId().equals(oldModel.getCodeId())) {
            throw new IllegalArgumentException("Only a version based on an earlier version of the same model moves");
        }
        CodeVersion draft = new CodeVersion(earlier.getCode(), number, createdBy, createdAt);
        draft.basedOnId = newModel.getId();
        draft.basedOn = Lazy.of(newModel);
        draft.deviationReasons = earlier.deviationReasons;
        draft.applyPlan(earlier.plan());
        draft.applyDraft(ModelRebase.onto(earlier.draft(), oldModel.draft(), newModel.draft()));
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
        draft.basedOnId = model.getId();
        draft.basedOn = Lazy.of(model);
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
            throw new IllegalVersionTransitionException(getCode().getKey(), number, state, next);
        }
        if (next == VersionState.IN_CONSULTATION) {
            consultationRound++;
        }
        if (state == VersionState.PUBLISHED) {
            getCode().setInForce(false);
        }
        if (next == VersionState.PUBLISHED) {
            getCode().setInForce(true);
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
            throw new VersionNotEditableException(getCode().getKey(), number, state);
        }
    }

    private void applyPlan(VersionPlan plan) {
        objectives = plan.objectives();
        complaintsAnalysis = plan.complaintsAnalysis();
        customerExpectations = plan.customerExpectations();
        legalRequirements = plan.legalRequirements();
    }

    private void applyDraft(VersionDraft draft) {
        CodeVersion model = getBasedOn();
        List<Promise> newPromises = new ArrayList<>();
        for (PromiseDraft p : draft.promises()) {
            Promise modelPromise = modelItem(p.modelPromiseNumber(), model == null ? List.of() : model.getPromises(),
                    "promise");
            newPromises.add(new Promise(null, newPromises.size(), p.category(), p.text(),
                    modelPromise == null ? null : modelPromise.getId(),
                    modelPromise == null ? null : modelPromise.getNumber()));
        }
        List<RelatedProvision> newProvisions = new ArrayList<>();
        for (ProvisionDraft p : draft.provisions()) {
            newProvisions.add(new RelatedProvision(null, newProvisions.size(), p.type(), p.text(), p.promiseNumber()));
        }
        List<PerformanceIndicator> newIndicators = new ArrayList<>();
        for (IndicatorDraft i : draft.indicators()) {
            PerformanceIndicator modelIndicator = modelItem(i.modelIndicatorNumber(),
                    model == null ? List.of() : model.getIndicators(), "indicator");
            newIndicators.add(new PerformanceIndicator(null, newIndicators.size(), i,
                    modelIndicator == null ? null : modelIndicator.getId(),
                    modelIndicator == null ? null : modelIndicator.getNumber()));
        }
        promises = Lazy.of(List.copyOf(newPromises));
        provisions = Lazy.of(List.copyOf(newProvisions));
        indicators = Lazy.of(List.copyOf(newIndicators));
        teams = Lazy.of(List.copyOf(draft.teams()));
        contentChanged = true;
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
                getPromises().stream().map(p -> new PromiseDraft(p.getCategory(), p.getText(),
                        p.getModelPromiseNumber())).toList(),
                getProvisions().stream().map(p -> new ProvisionDraft(p.getType(), p.getText(), p.getPromiseNumber()))
                        .toList(),
                getIndicators().stream().map(i -> new IndicatorDraft(i.getName(), i.getPromiseNumber(),
                        i.getComparison(), i.getTargetValue(), i.getUnit(), i.getModelIndicatorNumber())).toList(),
                procedures, communicationPlan, resources, getTeams(), responseDays);
    }

    public Long getId() {
        return id;
    }

    public Code getCode() {
        return code.get();
    }

    public Long getCodeId() {
        return codeId;
    }

    public int getNumber() {
        return number;
    }

    public VersionState getState() {
        return state;
    }

    public CodeVersion getBasedOn() {
        return basedOn.getNullable();
    }

    public Long getBasedOnId() {
        return basedOnId;
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
        return promises.get();
    }

    public List<RelatedProvision> getProvisions() {
        return provisions.get();
    }

    public List<PerformanceIndicator> getIndicators() {
        return indicators.get();
    }

    public List<String> getTeams() {
        return teams.get();
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

    long getLockVersion() {
        return lockVersion;
    }

    boolean isContentChanged() {
        return contentChanged;
    }

    /** A version as its row holds it; the rest is read through the repository when first asked for. */
    static CodeVersion restore(ResultSet rs, CodeVersionRepository parts) throws SQLException {
        CodeVersion v = new CodeVersion();
        v.id = rs.getLong("id");
        v.codeId = rs.getLong("code_id");
        v.number = rs.getInt("number");
        v.state = enumValue(rs, "state", VersionState.class);
        v.objectives = rs.getString("objectives");
        v.complaintsAnalysis = rs.getString("complaints_analysis");
        v.customerExpectations = rs.getString("customer_expectations");
        v.legalRequirements = rs.getString("legal_requirements");
        v.procedures = rs.getString("procedures");
        v.communicationPlan = rs.getString("communication_plan");
        v.resources = rs.getString("resources");
        v.consultationRound = rs.getInt("consultation_round");
        v.responseDays = rs.getInt("response_days");
        v.basedOnId = nullableLong(rs, "based_on_version_id");
        v.deviationReasons = rs.getString("deviation_reasons");
        v.createdBy = rs.getString("created_by");
        v.createdAt = instant(rs, "created_at");
        v.stateChangedAt = instant(rs, "state_changed_at");
        v.publishedBy = rs.getString("published_by");
        v.publishedAt = instant(rs, "published_at");
        v.endedAt = instant(rs, "ended_at");
        v.lockVersion = rs.getLong("lock_version");
        Long codeId = v.codeId;
        v.code = Lazy.of(() -> parts.codeOf(codeId));
        Long basedOnId = v.basedOnId;
        v.basedOn = basedOnId == null ? Lazy.empty() : Lazy.of(() -> parts.getVersion(basedOnId));
        v.readContentThrough(parts);
        return v;
    }

    /** The content lists as the database holds them, read when first asked for. */
    void readContentThrough(CodeVersionRepository parts) {
        Long versionId = id;
        promises = Lazy.of(() -> parts.promisesOf(versionId));
        provisions = Lazy.of(() -> parts.provisionsOf(versionId));
        indicators = Lazy.of(() -> parts.indicatorsOf(versionId));
        teams = Lazy.of(() -> parts.teamsOf(versionId));
        contentChanged = false;
    }

    /** When the caller already holds the version's code. */
    void withCode(Code known) {
        if (known.getId() != null && known.getId().equals(codeId)) {
            code = Lazy.of(known);
        }
    }

    void withBasedOn(CodeVersion model) {
        if (model.getId().equals(basedOnId)) {
            basedOn = Lazy.of(model);
        }
    }

    void withContent(List<Promise> readPromises, List<RelatedProvision> readProvisions,
            List<PerformanceIndicator> readIndicators, List<String> readTeams) {
        promises = Lazy.of(List.copyOf(readPromises));
        provisions = Lazy.of(List.copyOf(readProvisions));
        indicators = Lazy.of(List.copyOf(readIndicators));
        teams = Lazy.of(List.copyOf(readTeams));
        contentChanged = false;
    }

    Map<String, Object> columns() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code_id", codeId);
        row.put("number", number);
        row.put("state", name(state));
        row.put("objectives", objectives);
        row.put("complaints_analysis", complaintsAnalysis);
        row.put("customer_expectations", customerExpectations);
        row.put("legal_requirements", legalRequirements);
        row.put("procedures", procedures);
        row.put("communication_plan", communicationPlan);
        row.put("resources", resources);
        row.put("consultation_round", consultationRound);
        row.put("response_days", responseDays);
        row.put("based_on_version_id", basedOnId);
        row.put("deviation_reasons", deviationReasons);
        row.put("created_by", createdBy);
        row.put("created_at", utc(createdAt));
        row.put("state_changed_at", utc(stateChangedAt));
        row.put("published_by", publishedBy);
        row.put("published_at", utc(publishedAt));
        row.put("ended_at", utc(endedAt));
        return row;
    }

    void inserted(long newId) {
        this.id = newId;
    }

    void updated() {
        lockVersion++;
    }
}
