package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a form accepts fits the column it is stored in, so a long answer is refused by the
 * form's validation with a clear message instead of failing in the database.
 */
class FormsFitTheSchemaTest {

  private static final Pattern TEXT_COLUMN = Pattern.compile("^\\s+(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);

  @Test
  void everyTextFieldIsNoLongerThanItsColumn() throws IOException {
    Map<String, Integer> columns = textColumns();
    List<String> tooLong = new ArrayList<>();
    for (Resource form : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:org/flipside/bpmn/forms/*.form")) {
      for (JsonNode field : textFields(new ObjectMapper().readTree(form.getInputStream()).path("components"))) {
        Integer column = columns.get(snakeCase(field.get("key").asText()));
        int accepted = field.path("validate").path("maxLength").asInt(4000);
        if (column != null && accepted > column) {
          tooLong.add(form.getFilename() + " " + field.get("key").asText() + " accepts " + accepted + ", column holds " + column);
        }
      }
    }
    assertThat(columns).isNotEmpty();
    assertThat(tooLong).isEmpty();
  }

  private static Map<String, Integer> textColumns() throws IOException {
    try (InputStream sql = FormsFitTheSchemaTest.class.getClassLoader()
        .getResourceAsStream("org/flipside/model/db/migration/V1__programme_schema.sql")) {
      Matcher column = TEXT_COLUMN.matcher(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, Integer> columns = new HashMap<>();
      while (column.find()) {
        columns.merge(column.group(1), Integer.parseInt(column.group(2)), Math::min);
      }
      return columns;
    }
  }

  private static List<JsonNode> textFields(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("textfield") || type.equals("textarea")) {
        fields.add(component);
      }
      fields.addAll(textFields(component.path("components")));
    }
    return fields;
  }

  private static String snakeCase(String key) {
    return key.replaceAll("([A-Z])", "_$1").toLowerCase();
  }
}
