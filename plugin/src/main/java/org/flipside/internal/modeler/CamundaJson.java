package org.flipside.internal.modeler;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessVersion;

/**
 * The JSON shapes of Camunda 7's REST API that Modeler reads: {@code DeploymentWithDefinitionsDto} after a
 * deployment, {@code ParseExceptionDto} when a file is refused, {@code ExceptionDto} otherwise.
 */
final class CamundaJson {

  /** Modeler shows "Server could not parse the diagram" for an error whose message starts so. */
  static final String PARSE_ERROR_PREFIX = "ENGINE-09005 Could not parse BPMN process.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);

  private CamundaJson() {}

  static Map<String, Object> deployment(ProcessDeployment deployment, String source) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("links", List.of());
    dto.put("id", deployment.id());
    dto.put("name", deployment.name());
    dto.put("source", source);
    dto.put("deploymentTime", TIME.format(deployment.deployedAt()));
    dto.put("tenantId", null);
    Map<String, Object> definitions = new LinkedHashMap<>();
    deployment.processes().forEach(version -> definitions.put(version.definitionId(), definition(version)));
    dto.put("deployedProcessDefinitions", definitions.isEmpty() ? null : definitions);
    dto.put("deployedCaseDefinitions", null);
    dto.put("deployedDecisionDefinitions", null);
    dto.put("deployedDecisionRequirementsDefinitions", null);
    return dto;
  }

  private static Map<String, Object> definition(ProcessVersion version) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("id", version.definitionId());
    dto.put("key", version.processKey());
    dto.put("version", version.version());
    dto.put("resource", version.resource());
    dto.put("deploymentId", version.deploymentId());
    dto.put("suspended", false);
    dto.put("tenantId", null);
    return dto;
  }

  /** The problems per file, each with its element, as Camunda reports a parse error. */
  static Map<String, Object> parseError(List<ProcessProblem> problems) {
    Map<String, Object> details = new LinkedHashMap<>();
    problems.stream().collect(Collectors.groupingBy(ProcessProblem::resource, LinkedHashMap::new,
            Collectors.toList()))
        .forEach((resource, found) -> details.put(resource, Map.of(
            "errors", found.stream().map(CamundaJson::problem).toList(),
            "warnings", List.of())));
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("type", "ParseException");
    dto.put("message", PARSE_ERROR_PREFIX + " Nothing was deployed. Errors:\n" + problems.stream()
        .map(problem -> "* " + problem).collect(Collectors.joining("\n")));
    dto.put("code", null);
    dto.put("details", details);
    return dto;
  }

  private static Map<String, Object> problem(ProcessProblem problem) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("message", problem.message());
    dto.put("line", problem.line());
    dto.put("column", problem.column());
    dto.put("mainElementId", problem.elementId());
    dto.put("elementIds", problem.elementId() == null ? List.of() : List.of(problem.elementId()));
    return dto;
  }

  static Map<String, Object> error(String type, String message) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("type", type);
    dto.put("message", message);
    dto.put("code", null);
    return dto;
  }
}
