package org.flipside.model.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.flipside.model.Programme;

/**
 * A programme's survey, asked at baseline and at the end to both roles: the standard questions about the
 * programme's focus, then the ones its manager added.
 */
public final class SurveyTemplate {

  /** How many questions a manager may add, so the survey stays short enough to be answered. */
  public static final int MAXIMUM_ADDED_QUESTIONS = 20;
  static final int MAXIMUM_QUESTION_LENGTH = 500;
  static final int MAXIMUM_TEXT_ANSWER_LENGTH = 4000;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

  private final Programme programme;
  private final List<SurveyQuestion> added;
  private final List<TemplateQuestion> questions = new ArrayList<>();

  private SurveyTemplate(Programme programme, List<SurveyQuestion> added) {
    this.programme = programme;
    this.added = added.stream().sorted(Comparator.comparingInt(SurveyQuestion::getPosition)).toList();
    String focus = focusPhrase(programme);
    for (StandardQuestion question : StandardQuestion.values()) {
      questions.add(question.forFocus(focus));
    }
    this.added.forEach(question -> questions.add(question.asTemplateQuestion()));
  }

  /** The programme's template: the default questions plus the added ones. */
  public static SurveyTemplate of(Programme programme, List<SurveyQuestion> added) {
    return new SurveyTemplate(programme, added);
  }

  public List<TemplateQuestion> questions() {
    return List.copyOf(questions);
  }

  /** The scale questions, the measures compared before and after. */
  public List<Measure> measures() {
    return questions.stream().filter(question -> question.kind() == QuestionKind.SCALE)
        .map(question -> new Measure(question.key(), question.label())).toList();
  }

  /**
   * A new question for the programme's survey, checked against the template; the caller saves it.
   *
   * @throws InvalidInputException naming each field that is wrong
   */
  public SurveyQuestion addQuestion(String key, String text, QuestionKind kind, Instant now) {
    List<InputProblem> problems = new ArrayList<>();
    if (key == null || key.isBlank()) {
      problems.add(new InputProblem("key", "is required"));
    } else if (!KEY.matcher(key).matches()) {
      problems.add(new InputProblem("key",
          "must be 2 to 40 lower-case letters, digits or underscores, starting with a letter, but was '" + key + "'"));
    } else if (questions.stream().anyMatch(question -> question.key().equals(key))) {
      problems.add(new InputProblem("key", "'" + key + "' is already a question of this survey"));
    }
    if (text == null || text.isBlank()) {
      problems.add(new InputProblem("text", "is required"));
    } else if (text.strip().length() > MAXIMUM_QUESTION_LENGTH) {
      problems.add(new InputProblem("text", "must be at most " + MAXIMUM_QUESTION_LENGTH
          + " characters but has " + text.strip().length()));
    } else if (questions.stream().anyMatch(question -> question.text().equalsIgnoreCase(text.strip()))) {
      problems.add(new InputProblem("text", "the survey already asks this question"));
    }
    if (kind == null) {
      problems.add(new InputProblem("kind", "is required: SCALE or FREE_TEXT"));
    }
    if (added.size() >= MAXIMUM_ADDED_QUESTIONS) {
      problems.add(new InputProblem("key", "the survey already has the most added questions allowed ("
          + MAXIMUM_ADDED_QUESTIONS + ")"));
    }
    InvalidInputException.throwIfAny(problems);
    int position = added.stream().mapToInt(SurveyQuestion::getPosition).max().orElse(0) + 1;
    return new SurveyQuestion(programme, key, text.strip(), kind, position, now);
  }

  /**
   * Checks a submitted survey against the template: scale answers are whole numbers from 1 to 5, text answers
   * are short enough, and nothing answers a question the survey does not ask. Unanswered questions are skipped.
   *
   * @return the answers by question key, scores as Integer and text as String, in template order
   * @throws InvalidInputException naming each question that is wrong
   */
  public Map<String, Object> check(Map<String, ?> submitted) {
    List<InputProblem> problems = new ArrayList<>();
    Map<String, Object> answers = new LinkedHashMap<>();
    for (String key : submitted.keySet()) {
      if (questions.stream().noneMatch(question -> question.key().equals(key))) {
        problems.add(new InputProblem(key, "is not a question of this survey"));
      }
    }
    for (TemplateQuestion question : questions) {
      Object value = submitted.get(question.key());
      if (value == null || value instanceof String text && text.isBlank()) {
        continue;
      }
      if (question.kind() == QuestionKind.SCALE) {
        Integer score = score(value);
        if (score == null || score < 1 || score > 5) {
          problems.add(new InputProblem(question.key(), "must be a whole number from 1 to 5 but was '" + value + "'"));
        } else {
          answers.put(question.key(), score);
        }
      } else if (!(value instanceof String text)) {
        problems.add(new InputProblem(question.key(), "must be text"));
      } else if (text.strip().length() > MAXIMUM_TEXT_ANSWER_LENGTH) {
        problems.add(new InputProblem(question.key(), "must be at most " + MAXIMUM_TEXT_ANSWER_LENGTH
            + " characters but has " + text.strip().length()));
      } else {
        answers.put(question.key(), text.strip());
      }
    }
    InvalidInputException.throwIfAny(problems);
    return answers;
  }

  private static Integer score(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long score = ((Number) value).longValue();
      return score >= Integer.MIN_VALUE && score <= Integer.MAX_VALUE ? (int) score : null;
    }
    if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
      return Integer.valueOf(text.strip());
    }
    return null;
  }

  /** "race and ethnicity" from RACE_AND_ETHNICITY; several foci joined in words. */
  static String focusPhrase(Programme programme) {
    List<String> foci = programme.focusDimensionList().stream()
        .map(focus -> focus.replace('_', ' ').toLowerCase(Locale.ROOT)).toList();
    if (foci.isEmpty()) {
      return "the programme's focus";
    }
    return InWords.listed(foci);
  }
}
