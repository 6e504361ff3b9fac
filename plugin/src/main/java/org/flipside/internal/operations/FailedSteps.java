package org.flipside.internal.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.flipside.api.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's incidents for failed work, as Flipside shows them (the programme, the step's name in the diagram, a
 * plain reason), and retrying one.
 */
public final class FailedSteps {

  private static final Logger LOG = LoggerFactory.getLogger(FailedSteps.class);
  private static final String FAILED_JOB = org.camunda.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE;

  private final ProcessEngine engine;

  public FailedSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  /** How many steps wait for a retry. */
  public long count() {
    return roots().size();
  }

  /**
   * The engine's incidents for failed work, oldest first, each once: a failure inside a called process also opens an
   * incident on each calling process, which names the call rather than the step.
   */
  List<org.camunda.bpm.engine.runtime.Incident> roots() {
    return engine.getRuntimeService().createIncidentQuery().incidentType(FAILED_JOB).orderByIncidentTimestamp().asc()
        .list().stream().filter(incident -> incident.getId().equals(incident.getCauseIncidentId())).toList();
  }

  /** The open incidents, oldest first. */
  public List<Incident> open() {
    List<org.camunda.bpm.engine.runtime.Incident> incidents = roots();
    Set<String> instanceIds = incidents.stream().map(org.camunda.bpm.engine.runtime.Incident::getProcessInstanceId)
        .filter(id -> id != null).collect(Collectors.toSet());
    Map<String, String> programmes = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceIds(instanceIds).list()) {
        if (instance.getBusinessKey() != null) {
          programmes.put(instance.getId(), instance.getBusinessKey());
        }
      }
    }
    return incidents.stream().map(incident -> new Incident(incident.getId(),
        programmes.get(incident.getProcessInstanceId()),
        stepName(incident.getProcessDefinitionId(), incident.getActivityId()),
        incident.getIncidentTimestamp().toInstant(), StepFailures.plain(incident.getIncidentMessage()))).toList();
  }

  /**
   * Gives the incident's work one more attempt now; a failure opens the incident again.
   *
   * @return whether the work succeeded, or empty when no such incident is open
   */
  public Optional<Boolean> retry(String incidentId) {
    Optional<String> jobId = roots().stream().filter(incident -> incident.getId().equals(incidentId)).findFirst()
        .map(org.camunda.bpm.engine.runtime.Incident::getConfiguration);
    if (jobId.isEmpty()) {
      return Optional.empty();
    }
    ManagementService management = engine.getManagementService();
    management.setJobRetries(jobId.get(), 1);
    try {
      management.executeJob(jobId.get());
    } catch (RuntimeException e) {
      LOG.warn("A retried step failed again: its incident is open again", e);
    }
    // the job executor may have taken it meanwhile: what counts is whether the work still waits for a retry
    return Optional.of(engine.getRuntimeService().createIncidentQuery().incidentType(FAILED_JOB)
        .configuration(jobId.get()).count() == 0);
  }

  private String stepName(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return "Timed work";
    }
    RepositoryService repository = engine.getRepositoryService();
    FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    return element == null || element.getName() == null ? activityId : element.getName();
  }
}
