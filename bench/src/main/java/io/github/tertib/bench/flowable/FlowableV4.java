package io.github.tertib.bench.flowable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * SOP V.4 on Flowable 7: an engine over a host's {@link DataSource} with the BPMN model
 * {@code sop-v4.bpmn20.xml} deployed, and the commands a host gives it.
 *
 * <pre>
 * FlowableV4 flowable = FlowableV4.on(dataSource, "bench");
 * String pid = flowable.start("V4/2026/001");
 * flowable.complete(pid, FlowableV4.STEP_1);
 * flowable.complete(pid, FlowableV4.STEP_2_KABID);
 * </pre>
 *
 * <p>The engine is configured as a standalone application would run it: schema created on first
 * use, history at Flowable's default level ({@code audit}: every task and activity recorded in the
 * ACT_HI_ tables, as Tertib keeps every event), no async executor (the model has no timers or
 * async steps), the IDM and event-registry engines off (candidate groups are plain strings here),
 * and ids from {@link StrongUuidGenerator}, as Flowable's Spring Boot starter configures it
 * (Flowable's default hands out blocks of ids from a row of ACT_GE_PROPERTY).
 *
 * <p>A host completes a task by its id, which it takes from the official's worklist. This class
 * knows the ids without asking the database: a listener on task creation records each open task
 * of a case by its step ({@link #taskId}), in memory, so a command is {@code TaskService.complete}
 * and nothing else. Thread-safe as the engine is.
 */
public final class FlowableV4 {

    /** The process key of the model. */
    public static final String PROCESS_KEY = "sopV4";

    /** The model, a resource beside this class. */
    public static final String RESOURCE = "io/github/tertib/bench/flowable/sop-v4.bpmn20.xml";

    /** Task keys of the model: step 1, Kepala Seksi. */
    public static final String STEP_1 = "step1";
    /** Step 2, Kepala Bidang's part. */
    public static final String STEP_2_KABID = "step2Kabid";
    /** Step 2, Kepala Dinas's part. */
    public static final String STEP_2_KADIN = "step2Kadin";
    /** Step 3, the decision of Kepala Seksi (variable {@value #DECISION_VARIABLE}). */
    public static final String STEP_3 = "step3";
    /** Step 4, Pelaksana. */
    public static final String STEP_4 = "step4";
    /** Step 5, Pelaksanaan. */
    public static final String STEP_5 = "step5";
    /** Step 6, Pelaksana's Dokumentasi. */
    public static final String STEP_6_DOKUMENTASI = "step6Dokumentasi";
    /** Step 6, Kepala Seksi's Pelaporan. */
    public static final String STEP_6_PELAPORAN = "step6Pelaporan";

    /** The variable that step 3's decision sets: true for "Ya", false for "Tidak". */
    public static final String DECISION_VARIABLE = "ya";

    /** Candidate groups: the ids of PalangkaRaya's roles. */
    public static final String KEPALA_SEKSI = "kepala-seksi";
    /** Kepala Bidang's group. */
    public static final String KEPALA_BIDANG = "kepala-bidang";
    /** Kepala Dinas's group. */
    public static final String KEPALA_DINAS = "kepala-dinas";
    /** Pelaksana's group. */
    public static final String PELAKSANA = "pelaksana";
    /** The group of the Pelaksanaan column. */
    public static final String PELAKSANAAN = "pelaksanaan";

    /** The task keys of the happy path after start, in order: 8 commands to the end. */
    public static final List<String> HAPPY_PATH = List.of(STEP_1, STEP_2_KABID, STEP_2_KADIN, STEP_3, STEP_4,
            STEP_5, STEP_6_DOKUMENTASI, STEP_6_PELAPORAN);

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String deploymentId;
    private final Map<String, String> openTasks = new ConcurrentHashMap<>();

    private FlowableV4(DataSource dataSource, String name) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setEngineName(name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAsyncExecutorActivate(false);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEventListeners(List.of(new TaskIds()));
        engine = configuration.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        deploymentId = engine.getRepositoryService().createDeployment()
                .name("SOP V.4").addClasspathResource(RESOURCE).deploy()
                .getId();
    }

    /**
     * Builds an engine named {@code name} over {@code dataSource} (creating Flowable's schema if it
     * is not there) and deploys the V.4 model.
     */
    public static FlowableV4 on(DataSource dataSource, String name) {
        return new FlowableV4(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(name, "name"));
    }

    /** The engine, for queries. */
    public ProcessEngine engine() {
        return engine;
    }

    /** The id of the deployment of the model. */
    public String deploymentId() {
        return deploymentId;
    }

    /** Starts a case of V.4 with {@code caseId} as its business key; returns the process instance id. */
    public String start(String caseId) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, caseId).getId();
    }

    /** Completes the open task {@code taskKey} of the case: {@code TaskService.complete(taskId)}. */
    public void complete(String processInstanceId, String taskKey) {
        tasks.complete(taskId(processInstanceId, taskKey));
    }

    /**
     * Completes step 3 with the decision: {@code TaskService.complete(taskId, {ya: answer})}, as a
     * form would submit it.
     */
    public void decide(String processInstanceId, boolean ya) {
        tasks.complete(taskId(processInstanceId, STEP_3), Map.of(DECISION_VARIABLE, ya));
    }

    /** The id of the case's open task {@code taskKey}; throws if the case has no such task open. */
    public String taskId(String processInstanceId, String taskKey) {
        String id = openTasks.get(processInstanceId + '/' + taskKey);
        if (id == null) {
            throw new IllegalStateException("case " + processInstanceId + " has no open task " + taskKey
                    + "; open: " + openTasksOf(processInstanceId));
        }
        return id;
    }

    /** The open tasks of a case as the engine lists them (a query): task keys. */
    public List<String> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskDefinitionKey().asc().list()
                .stream().map(Task::getTaskDefinitionKey).toList();
    }

    /** Whether the case has ended (no runtime execution left). */
    public boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    /** Closes the engine (not the data source). */
    public void close() {
        engine.close();
    }

    /** Keeps the ids of open tasks by case and task key, from the engine's task events. */
    private final class TaskIds implements FlowableEventListener {

        @Override
        public void onEvent(FlowableEvent event) {
            if (event instanceof FlowableEntityEvent entityEvent && entityEvent.getEntity() instanceof Task task) {
                String key = task.getProcessInstanceId() + '/' + task.getTaskDefinitionKey();
                if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
                    openTasks.put(key, task.getId());
                } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED) {
                    openTasks.remove(key, task.getId());
                }
            }
        }

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }
}
