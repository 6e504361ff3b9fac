package org.flipside.internal.validation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.xml.ModelException;
import org.flipside.api.ProcessProblem;

/**
 * The engine's own parsers, run on a file without deploying it: the BPMN parse a deployment runs (with the same
 * parse listeners and expression manager), the DMN engine's transformation, and the business calendars that read
 * timers; and which decisions the engine already holds.
 */
public final class EngineParser implements TimerCalendar {

  private final ProcessEngineConfigurationImpl configuration;

  public EngineParser(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The problems the engine's BPMN parse finds, as a deployment would; nothing is stored. */
  List<ProcessProblem> parseBpmn(String name, byte[] content) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      DeploymentEntity unsaved = new DeploymentEntity();
      unsaved.setName(name);
      try {
        bpmnParser().createParse().sourceInputStream(new ByteArrayInputStream(content))
            .deployment(unsaved).name(name).execute();
        return List.of();
      } catch (ParseException e) {
        return problemsOf(name, e);
      } catch (ProcessEngineException | ModelException e) {
        return List.of(ProcessProblem.of(name, null, readable(e.getMessage())));
      }
    });
  }

  /** The parser the engine's BPMN deployer uses, with the parse listeners Flipside and the engine add. */
  private BpmnParser bpmnParser() {
    return configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance).map(BpmnDeployer.class::cast)
        .findFirst().orElseThrow(() -> new IllegalStateException("the engine has no BPMN deployer"))
        .getBpmnParser();
  }

  private static List<ProcessProblem> problemsOf(String name, ParseException e) {
    List<ProcessProblem> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem error : report.getErrors()) {
        problems.add(new ProcessProblem(name, error.getMainElementId(), readable(error.getMessage()),
            Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0)));
      }
    }
    return problems.isEmpty() ? List.of(ProcessProblem.of(name, null, readable(e.getMessage()))) : problems;
  }

  /** Why the DMN engine cannot read the decision tables, or empty when it can. */
  Optional<String> parseDmn(byte[] content) {
    // the DMN engine reads the engine's history settings from the command context, as in a deployment
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      try {
        configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
        return Optional.empty();
      } catch (DmnEngineException | ModelException e) {
        return Optional.of(readable(e.getMessage()));
      }
    });
  }

  /** Whether a version of the decision is deployed, for a set whose diagrams evaluate it without bringing it. */
  boolean decisionDeployed(String key) {
    return configuration.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .count() > 0;
  }

  @Override
  public Optional<String> problemWith(Kind kind, String value) {
    String calendar = switch (kind) {
      case TIME_DATE -> DueDateBusinessCalendar.NAME;
      case TIME_DURATION -> DurationBusinessCalendar.NAME;
      case TIME_CYCLE -> CycleBusinessCalendar.NAME;
    };
    try {
      configuration.getBusinessCalendarManager().getBusinessCalendar(calendar).resolveDuedate(value);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : readable(e.getMessage()));
    }
  }

  /** The engine's message without its log code ("ENGINE-09005 "), which means nothing to a process owner. */
  static String readable(String message) {
    return message == null ? "" : message.replaceFirst("^(ENGINE|DMN|FEEL)-\\d+\\s+", "");
  }
}
