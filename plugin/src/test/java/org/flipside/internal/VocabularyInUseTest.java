package org.flipside.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flipside.bpmn.vocabulary.Answers;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.model.evaluation.PulseQuestion;
import org.flipside.model.evaluation.StandardQuestion;
import org.junit.jupiter.api.Test;

/**
 * What the vocabulary declares for the code alone is used by the code, and the code outside the plugin that cannot see
 * the vocabulary agrees with it.
 */
class VocabularyInUseTest {

  private static final String CODE = code();
  private static final String DIAGRAMS = diagrams();

  @Test
  void everyNotificationTopicIsSentBySomeStep() {
    String steps = CODE.replace(read(Path.of("src/main/java/org/flipside/spi/NotificationTopic.java")), "");
    assertThat(constants(NotificationTopics.class))
        .allSatisfy(topic -> assertThat(steps.contains("NotificationTopics." + topic)
            || steps.contains("NotificationTopic." + topic)).as("topic " + topic + " is sent nowhere").isTrue());
  }

  @Test
  void everyAnswerIsComparedByADiagramOrAStep() throws Exception {
    for (String constant : constants(Answers.class)) {
      String value = (String) Answers.class.getField(constant).get(null);
      assertThat(CODE.contains("Answers." + constant) || DIAGRAMS.contains("'" + value + "'"))
          .as("Answers." + constant + " is compared nowhere").isTrue();
    }
  }

  @Test
  void theSurveyFormsAskTheQuestionsTheSurveyStoreKeeps() {
    // the survey store lives in workflow-model, which cannot see the vocabulary: the keys must agree
    for (String survey : List.of(Forms.BASELINE_SURVEY, Forms.FINAL_SURVEY)) {
      assertThat(fieldsOf(survey)).as(survey)
          .containsExactlyElementsOf(Arrays.stream(StandardQuestion.values()).map(StandardQuestion::key).toList());
    }
    assertThat(fieldsOf(Forms.PULSE_SURVEY))
        .containsExactlyElementsOf(Arrays.stream(PulseQuestion.values()).map(PulseQuestion::key).toList());
  }

  private static List<String> fieldsOf(String formId) {
    return Forms.withId(formId).orElseThrow().fields().stream().map(Var::name).toList();
  }

  private static List<String> constants(Class<?> vocabulary) {
    return Arrays.stream(vocabulary.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
        .map(Field::getName)
        .toList();
  }

  private static String code() {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(file -> file.toString().endsWith(".java")).map(VocabularyInUseTest::read)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String diagrams() {
    return read("deployment.index").lines()
        .filter(line -> line.endsWith(".bpmn"))
        .map(VocabularyInUseTest::read)
        .collect(Collectors.joining("\n"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = VocabularyInUseTest.class.getResourceAsStream("/org/flipside/bpmn/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
