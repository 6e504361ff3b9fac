package org.flipside.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.flipside.api.ProcessProblem;
import org.flipside.api.ProcessResource;

/**
 * Checks a set of BPMN diagrams, DMN tables and forms before any of it is deployed: each file parses as the engine
 * will read it, and the files keep Flipside's contract as its process vocabulary declares it (building blocks, the
 * variables they read and set, forms and their fields, stages, the decisions Flipside evaluates and what it gives
 * and reads of them), and timers and FEEL read as they will at run time.
 */
public final class ResourceValidator {

  private final EngineParser engine;
  private final List<BpmnCheck> bpmnChecks;
  private final DecisionCheck decisions;
  private final DecisionContractCheck contracts = new DecisionContractCheck();

  /**
   * A validator for one engine.
   *
   * @param engine the engine's parsers
   */
  public ResourceValidator(EngineParser engine) {
    this.engine = engine;
    this.bpmnChecks = List.of(new BeanCheck(), new VariableCheck(), new FormRefCheck(), new StageCheck(),
        new InputCheck(), new CadenceCheck(), new TimerCheck(engine), new DecisionRefCheck());
    this.decisions = new DecisionCheck(engine);
  }

  /**
   * Every problem in the set, each naming its file and element; empty when it may be deployed.
   *
   * @param deployedForm whether a form of this id is already deployed, for diagrams that show it
   */
  public List<ProcessProblem> validate(List<ProcessResource> resources, Predicate<String> deployedForm) {
    return validate(resources, deployedForm, true);
  }

  /**
   * As {@link #validate}, but without the engine's own parse of the diagrams and decision tables, which the
   * deployment that follows runs anyway: a set this passes may still be refused by that parse.
   *
   * @param deployedForm whether a form of this id is already deployed, for diagrams that show it
   */
  public List<ProcessProblem> validateBeforeDeploying(List<ProcessResource> resources,
      Predicate<String> deployedForm) {
    return validate(resources, deployedForm, false);
  }

  private List<ProcessProblem> validate(List<ProcessResource> resources, Predicate<String> deployedForm,
      boolean engineParse) {
    Problems problems = new Problems();
    Map<String, List<String>> forms = new HashMap<>();
    Set<String> decisionKeys = new HashSet<>();
    List<ProcessResource> diagrams = new ArrayList<>();
    for (ProcessResource resource : resources) {
      switch (extensionOf(resource.name())) {
        case "bpmn" -> diagrams.add(resource);
        case "dmn" -> XmlFile.read(resource.name(), resource.content(), problems).ifPresent(table -> {
          decisions.check(table, engineParse ? resource.content() : null, problems);
          contracts.check(table, problems);
          String namespace = table.document.getDocumentElement().getNamespaceURI();
          table.elements(namespace, "decision").forEach(decision -> decisionKeys.add(decision.getAttribute("id")));
        });
        case "form" -> FormFile.read(resource.name(), resource.content(), problems).ifPresent(form -> {
          FormFieldCheck.check(form, problems);
          forms.put(form.id(), form.keys());
        });
        default -> problems.add(resource.name(), null,
            "is not a BPMN diagram (.bpmn), DMN table (.dmn) or form (.form)");
      }
    }
    ResourceSet set = new ResourceSet(Map.copyOf(forms), deployedForm, Set.copyOf(decisionKeys),
        engine::decisionDeployed);
    Map<String, String> processKeys = new HashMap<>();
    for (ProcessResource diagram : diagrams) {
      XmlFile.read(diagram.name(), diagram.content(), problems).ifPresent(xml -> {
        if (engineParse) {
          engine.parseBpmn(diagram.name(), diagram.content()).forEach(problems::add);
        }
        bpmnChecks.forEach(check -> check.check(xml, set, problems));
        requireOneFilePerProcess(xml, processKeys, problems);
      });
    }
    return problems.list();
  }

  /** The engine takes one version of a process from one deployment. */
  private static void requireOneFilePerProcess(XmlFile diagram, Map<String, String> processKeys, Problems problems) {
    for (org.w3c.dom.Element process : diagram.elements(XmlFile.BPMN, "process")) {
      String earlier = processKeys.putIfAbsent(process.getAttribute("id"), diagram.name);
      if (earlier != null) {
        problems.add(diagram.name, process.getAttribute("id"),
            "the process " + process.getAttribute("id") + " is in " + earlier + " too: deploy it from one file");
      }
    }
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
