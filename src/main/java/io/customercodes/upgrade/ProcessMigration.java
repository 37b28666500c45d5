package io.customercodes.upgrade;

import io.customercodes.system.EngineClock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of older versions of every process definition onto the newest version, one
 * Camunda migration batch per older definition: equal activity ids map by themselves, renamed ones through
 * {@link RenamedActivities}. An instance waiting at an activity the newest model has no counterpart for stays
 * where it is; it is logged and gets an incident of type {@value #INCIDENT_TYPE} at that activity, which
 * managers see in Cockpit.
 *
 * <p>Nodes starting together on one database take a row lock in turn and record each batch they start, so an
 * instance is never put into two batches. The batches run on the job executor of whichever node takes their jobs.
 */
@Component
public class ProcessMigration {

    public static final String INCIDENT_TYPE = "processMigrationRefused";

    private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);
    private static final String LOCK = "process-migration";
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Function<String, Map<String, String>> renamedActivities;

    @Autowired
    ProcessMigration(RepositoryService repository, RuntimeService runtime, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this(repository, runtime, jdbc, transaction, RenamedActivities::of);
    }

    /** @param renamedActivities old activity id to new id, per process key (tests pass their own) */
    ProcessMigration(RepositoryService repository, RuntimeService runtime, JdbcTemplate jdbc,
            TransactionTemplate transaction, Function<String, Map<String, String>> renamedActivities) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.renamedActivities = renamedActivities;
    }

    /** Starts the migration batches this database still needs; returns what it started, empty when none. */
    public List<DefinitionMigration> migrateRunningInstances() {
        // Plans are built before the transaction: a plan the engine refuses throws inside an engine command,
        // which would mark the whole surrounding transaction for rollback.
        Map<ProcessDefinition, Plan> plans = new LinkedHashMap<>();
        for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repository.createProcessDefinitionQuery()
                    .processDefinitionKey(latest.getKey()).list()) {
                if (older.getVersion() < latest.getVersion()
                        && runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count() > 0) {
                    plans.put(older, plan(older, latest));
                }
            }
        }
        if (plans.isEmpty()) {
            return List.of();
        }
        return transaction.execute(status -> {
            jdbc.queryForObject("select name from process_migration_lock where name = ? for update", String.class,
                    LOCK);
            List<DefinitionMigration> started = new ArrayList<>();
            plans.forEach((older, plan) -> {
                if (!alreadyStarted(older.getId(), plan.targetId())) {
                    started.add(migrate(older, plan));
                }
            });
            return started;
        });
    }

    private Plan plan(ProcessDefinition older, ProcessDefinition latest) {
        MigrationPlanBuilder builder = runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities();
        Set<String> sourceActivities = activityIds(older);
        Set<String> targetActivities = activityIds(latest);
        renamedActivities.apply(older.getKey()).forEach((from, to) -> {
            if (sourceActivities.contains(from) && targetActivities.contains(to)) {
                builder.mapActivities(from, to);
            }
        });
        try {
            return new Plan(latest.getId(), builder.build(), null);
        } catch (MigrationPlanValidationException e) {
            return new Plan(latest.getId(), null, e.getMessage());
        }
    }

    private Set<String> activityIds(ProcessDefinition definition) {
        return repository.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).collect(Collectors.toSet());
    }

    private DefinitionMigration migrate(ProcessDefinition older, Plan plan) {
        Set<String> mapped = plan.plan() == null ? Set.of() : plan.plan().getInstructions().stream()
                .map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        List<String> migratable = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list()) {
            Map<String, String> unmapped = new LinkedHashMap<>();
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (tree != null) {
                collectUnmapped(tree, mapped, unmapped);
            }
            if (plan.plan() == null || !unmapped.isEmpty()) {
                String execution = unmapped.isEmpty() ? instance.getId() : unmapped.values().iterator().next();
                String reason = plan.plan() == null ? "the newest model cannot take its instances: " + plan.refusal()
                        : "the newest model has no activity for " + unmapped.keySet();
                refused.add(refuse(instance, older, plan.targetId(), execution, unmapped.keySet(), reason));
            } else {
                migratable.add(instance.getId());
            }
        }
        String batchId = null;
        if (!migratable.isEmpty()) {
            Batch batch = runtime.newMigration(plan.plan()).processInstanceIds(migratable).executeAsync();
            batchId = batch.getId();
            log.info("Migrating {} running instance(s) of {} to {} in batch {}", migratable.size(), older.getId(),
                    plan.targetId(), batchId);
        }
        jdbc.update("insert into process_migration (source_definition_id, target_definition_id, batch_id, "
                        + "migrated_instances, refused_instances, started_at) values (?, ?, ?, ?, ?, ?)",
                older.getId(), plan.targetId(), batchId, migratable.size(), refused.size(),
                Timestamp.from(EngineClock.now()));
        return new DefinitionMigration(older.getId(), plan.targetId(), batchId, List.copyOf(migratable),
                List.copyOf(refused));
    }

    /** Activity ids (and the execution of the first instance of each) that no instruction maps. */
    private static void collectUnmapped(ActivityInstance scope, Set<String> mapped, Map<String, String> unmapped) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            check(child.getActivityId(), child.getExecutionIds()[0], mapped, unmapped);
            collectUnmapped(child, mapped, unmapped);
        }
        for (TransitionInstance transition : scope.getChildTransitionInstances()) {
            check(transition.getActivityId(), transition.getExecutionId(), mapped, unmapped);
        }
    }

    private static void check(String activityId, String executionId, Set<String> mapped,
            Map<String, String> unmapped) {
        // A multi-instance body moves with its inner activity, which the check sees as the body's child.
        if (!activityId.endsWith(MULTI_INSTANCE_BODY) && !mapped.contains(activityId)) {
            unmapped.putIfAbsent(activityId, executionId);
        }
    }

    private Refusal refuse(ProcessInstance instance, ProcessDefinition older, String targetId, String executionId,
            Collection<String> unmapped, String reason) {
        String message = "Not migrated from " + older.getId() + " to " + targetId + ": " + reason
                + "; migrate it by hand (POST /engine-rest/migration/execute, or Cockpit Enterprise) or let it finish on "
                + "its old model";
        log.warn("Process instance {} ({}, business key {}) stays on {}: {}", instance.getId(), older.getKey(),
                instance.getBusinessKey(), older.getId(), reason);
        if (runtime.createIncidentQuery().incidentType(INCIDENT_TYPE).executionId(executionId).count() == 0) {
            runtime.createIncident(INCIDENT_TYPE, executionId, targetId, message);
        }
        return new Refusal(instance.getId(), instance.getBusinessKey(), executionId, List.copyOf(unmapped), reason);
    }

    private boolean alreadyStarted(String sourceId, String targetId) {
        return jdbc.queryForObject("select count(*) from process_migration where source_definition_id = ? "
                + "and target_definition_id = ?", Integer.class, sourceId, targetId) > 0;
    }

    private record Plan(String targetId, MigrationPlan plan, String refusal) {
    }
}
