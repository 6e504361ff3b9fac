package org.flipside.bpmn;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Input;
import org.flipside.bpmn.vocabulary.Var;

/**
 * Camunda Modeler's element templates (Camunda 7 format), made from the vocabulary: one per building
 * block and one per form, so a process owner picks a Flipside step from a list instead of typing a
 * bean name or form id. The file sits in a {@code .camunda/element-templates} folder above the
 * diagrams, where Modeler finds it by itself. Run {@link #main} after changing the vocabulary;
 * {@code ElementTemplatesTest} fails until the file is current.
 */
public final class ElementTemplates {

  /** Where the templates are kept, from the bpmn module's folder. */
  static final Path FILE = Path.of("src/main/resources/org/flipside/bpmn/.camunda/element-templates/flipside.json");
  /** The schema the build validates them against; the version is the one package.json pins. */
  static final String SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema@0.22.1/resources/schema.json";
  /** The templates' version, which diagrams name beside a template's id; raise it when a template changes. */
  static final int VERSION = 1;
  private static final String ID_PREFIX = "org.flipside.";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ElementTemplates() {}

  /** Writes the templates file into the bpmn module this class was compiled in. */
  public static void main(String[] args) throws IOException, URISyntaxException {
    Path testClasses = Path.of(ElementTemplates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path file = testClasses.getParent().getParent().resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + file);
  }

  /** The templates file's content. */
  static String render() throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper().writer(printer).writeValueAsString(all()) + "\n";
  }

  /** Every template: the building blocks, then the forms. */
  static ArrayNode all() {
    ArrayNode templates = NODES.arrayNode();
    BuildingBlocks.all().forEach(block -> templates.add(of(block)));
    Forms.all().forEach(form -> templates.add(of(form)));
    return templates;
  }

  private static ObjectNode of(BuildingBlock block) {
    boolean listener = block.kind() == BuildingBlock.Kind.EXECUTION_LISTENER;
    ObjectNode template = template(ID_PREFIX + block.name(), "Flipside: " + words(block.name()),
        block.description() + contract(block), listener ? "bpmn:SubProcess" : "bpmn:ServiceTask");
    ObjectNode binding = NODES.objectNode();
    if (listener) {
      binding.put("type", "camunda:executionListener")
          .put("event", block.listenerEvent())
          .put("implementationType", "delegateExpression");
    } else {
      binding.put("type", "property").put("name", "camunda:delegateExpression");
    }
    ArrayNode properties = template.withArray("properties");
    properties.add(hidden("${" + block.name() + "}", binding));
    block.inputs().forEach(input -> properties.add(field(input)));
    return template;
  }

  /** A setting the process owner fills in, as an input parameter of the task; each is required. */
  private static ObjectNode field(Input input) {
    ObjectNode property = NODES.objectNode()
        .put("label", input.label())
        .put("description", input.description())
        .put("type", switch (input.field()) {
          case LINE -> "String";
          case TEXT -> "Text";
          case CHOICE -> "Dropdown";
        });
    if (input.field() == Input.Field.CHOICE) {
      property.put("value", input.choices().get(0));
      ArrayNode choices = property.withArray("choices");
      input.choices().forEach(choice ->
          choices.add(NODES.objectNode().put("name", words(choice)).put("value", choice)));
    }
    property.set("binding", NODES.objectNode().put("type", "camunda:inputParameter").put("name", input.var().name()));
    property.set("constraints", NODES.objectNode().put("notEmpty", true));
    return property;
  }

  private static ObjectNode of(Form form) {
    ObjectNode template = template(ID_PREFIX + "form." + form.id(), "Flipside form: " + words(form.id()),
        "A user task showing the " + form.id() + " form. " + fieldsOf(form), "bpmn:UserTask");
    ArrayNode properties = template.withArray("properties");
    properties.add(hidden(form.id(), NODES.objectNode().put("type", "property").put("name", "camunda:formRef")));
    properties.add(hidden("latest",
        NODES.objectNode().put("type", "property").put("name", "camunda:formRefBinding")));
    properties.add(text("Who does this step",
        "An expression naming one employee, such as ${mentorId}; or leave it empty and give candidate groups.",
        "camunda:assignee"));
    properties.add(text("Candidate groups",
        "Flipside roles the step is offered to, comma separated, such as flipside-hr-admin.",
        "camunda:candidateGroups"));
    properties.add(text("Candidate users",
        "An expression naming the employees the step is offered to, such as ${partnerIds}.",
        "camunda:candidateUsers"));
    properties.add(text("Due",
        "An expression for when the step is due, such as ${periodEnd}; or leave it empty.",
        "camunda:dueDate"));
    return template;
  }

  private static ObjectNode template(String id, String name, String description, String appliesTo) {
    ObjectNode template = NODES.objectNode();
    template.put("$schema", SCHEMA)
        .put("name", name)
        .put("id", id)
        .put("version", VERSION)
        .put("description", description);
    template.withArray("appliesTo").add(appliesTo);
    return template;
  }

  private static ObjectNode hidden(String value, ObjectNode binding) {
    ObjectNode property = NODES.objectNode().put("type", "Hidden").put("value", value);
    property.set("binding", binding);
    return property;
  }

  private static ObjectNode text(String label, String description, String attribute) {
    ObjectNode property = NODES.objectNode()
        .put("label", label)
        .put("description", description)
        .put("type", "String");
    property.set("binding", NODES.objectNode().put("type", "property").put("name", attribute));
    return property;
  }

  /** What the step reads and sets, as the vocabulary declares it. */
  private static String contract(BuildingBlock block) {
    StringBuilder contract = new StringBuilder();
    append(contract, " Needs: ", block.requires());
    append(contract, " Reads if set: ", block.optional());
    append(contract, " Sets: ", block.sets());
    if (!block.inputs().isEmpty()) {
      contract.append(" Fill in its settings below.");
    }
    return contract.toString();
  }

  private static String fieldsOf(Form form) {
    return form.fields().isEmpty() ? "It has no input fields." : "Its fields: " + names(form.fields()) + ".";
  }

  private static void append(StringBuilder text, String heading, List<Var<?>> vars) {
    if (!vars.isEmpty()) {
      text.append(heading).append(names(vars)).append('.');
    }
  }

  private static String names(List<Var<?>> vars) {
    return vars.stream()
        .map(var -> var.name() + " (" + var.kind().name().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", "));
  }

  /** "recordScope" and "flipside-log-session" read as "Record scope" and "Log session". */
  static String words(String name) {
    String spaced = name.replaceFirst("^flipside-", "").replace('-', ' ')
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
