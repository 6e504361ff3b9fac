package org.flipside.internal.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed Camunda Form (form-js JSON): its inputs and the data keys it reads. */
public final class FormDefinition {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w]*)");

  private final String id;
  private final String json;
  private final Map<String, FormField> fields;
  private final Set<String> dataKeys;

  private FormDefinition(String id, String json, Map<String, FormField> fields, Set<String> dataKeys) {
    this.id = id;
    this.json = json;
    this.fields = fields;
    this.dataKeys = dataKeys;
  }

  /** Parses a form's JSON. */
  public static FormDefinition parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      Map<String, FormField> fields = new LinkedHashMap<>();
      Set<String> dataKeys = new LinkedHashSet<>();
      collect(root.path("components"), List.of(), fields, dataKeys);
      return new FormDefinition(root.path("id").asText(null), json, fields, dataKeys);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Camunda Form: " + e.getMessage(), e);
    }
  }

  /** Collects the inputs; {@code hiddenBy} are the hide conditions of the groups around the components. */
  private static void collect(JsonNode components, List<String> hiddenBy, Map<String, FormField> fields,
      Set<String> dataKeys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      List<String> hideWhen = new ArrayList<>(hiddenBy);
      if (component.path("conditional").hasNonNull("hide")) {
        hideWhen.add(component.path("conditional").get("hide").asText());
      }
      if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        FormField field = toField(component, type, List.copyOf(hideWhen));
        fields.put(field.key(), field);
        dataKeys.add(field.key());
        if (field.valuesKey() != null) {
          dataKeys.add(field.valuesKey());
        }
      }
      Matcher template = TEMPLATE_VARIABLE.matcher(component.path("text").asText(""));
      while (template.find()) {
        dataKeys.add(template.group(1));
      }
      collect(component.path("components"), hideWhen, fields, dataKeys);
    }
  }

  private static FormField toField(JsonNode component, String type, List<String> hideWhen) {
    JsonNode validate = component.path("validate");
    List<String> options = new ArrayList<>();
    component.path("values").forEach(value -> options.add(value.path("value").asText()));
    return new FormField(
        component.get("key").asText(),
        type,
        component.path("label").asText(component.get("key").asText()),
        validate.path("required").asBoolean(false),
        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
        validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null,
        List.copyOf(options),
        component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null,
        hideWhen);
  }

  /** The form's id, as named by {@code camunda:formRef}. */
  public String id() {
    return id;
  }

  /** The form's JSON, unchanged, for the host to render. */
  public String json() {
    return json;
  }

  /** The inputs by key, in the order of the form. */
  public Map<String, FormField> fields() {
    return fields;
  }

  /** Every variable the form reads: its inputs, option lists and templated text. */
  public Set<String> dataKeys() {
    return dataKeys;
  }
}
