package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;
import org.flipside.model.repository.SurveyResponseRepository;

/**
 * The baseline and final surveys of a programme: its template, recording answers under pseudonyms, closing a
 * cohort's surveys for good, and reading the answers back for analysis. Works inside the caller's transaction.
 */
public final class Surveys {

  private final SurveyQuestionRepository questions;
  private final SurveyResponseRepository responses;
  private final SurveyAnswerRepository answers;
  private final RespondentPseudonyms pseudonyms;

  /** The surveys without the host's key: everything but {@link #record}. */
  public Surveys(EntityManager em) {
    this(em, null);
  }

  /** The surveys with the host's key, which {@link #record} needs for the pseudonyms. */
  public Surveys(EntityManager em, PseudonymHostKey hostKey) {
    this.questions = new SurveyQuestionRepository(em);
    this.responses = new SurveyResponseRepository(em);
    this.answers = new SurveyAnswerRepository(em);
    this.pseudonyms = new RespondentPseudonyms(new SurveyKeyRepository(em), hostKey);
  }

  public SurveyTemplate template(Programme programme) {
    return SurveyTemplate.of(programme, questions.findByProgramme(programme.getId()));
  }

  /**
   * Adds a question to the programme's survey.
   *
   * @throws InvalidInputException naming each field that is wrong; nothing is saved then
   */
  public SurveyQuestion addQuestion(Programme programme, String key, String text, QuestionKind kind, Instant now) {
    return questions.save(template(programme).addQuestion(key, text, kind, now));
  }

  /**
   * Records a participant's answers under their pseudonym. The time kept is the day only, so that a response
   * cannot be matched to the moment someone completed a task.
   *
   * @param submitted answers by question key; unanswered questions may be absent
   * @throws InvalidInputException naming each bad answer, or when this person already answered this survey;
   *     nothing is saved then
   */
  public SurveyResponse record(Participant participant, SurveyKind kind, Map<String, ?> submitted, Instant now) {
    Cohort cohort = participant.getCohort();
    Map<String, Object> checked = template(cohort.getProgramme()).check(submitted);
    String pseudonym = pseudonyms.pseudonym(cohort, participant.getEmployeeId(), now);
    if (responses.existsByCohortKindAndRespondent(cohort.getId(), kind, pseudonym)) {
      throw new InvalidInputException(List.of(new InputProblem("survey",
          "you have already answered the " + kind.name().toLowerCase(Locale.ROOT) + " survey")));
    }
    SurveyResponse response = responses.save(new SurveyResponse(cohort, participant.getRole(), kind, pseudonym,
        (Integer) checked.remove(StandardQuestion.CONFIDENCE_TALKING.key()),
        (Integer) checked.remove(StandardQuestion.UNDERSTANDING_ISSUES.key()),
        (Integer) checked.remove(StandardQuestion.CONFIDENCE_ASKING.key()),
        (Integer) checked.remove(StandardQuestion.CONFIDENCE_SHARING.key()),
        (String) checked.remove(StandardQuestion.COMMENTS.key()),
        now.truncatedTo(ChronoUnit.DAYS)));
    checked.forEach((key, value) -> answers.save(value instanceof Integer score
        ? new SurveyAnswer(response, key, score, null)
        : new SurveyAnswer(response, key, null, (String) value)));
    return response;
  }

  /** Whether the participant's answers to this survey are stored already. */
  public boolean hasAnswered(Participant participant, SurveyKind kind, Instant now) {
    Cohort cohort = participant.getCohort();
    return responses.existsByCohortKindAndRespondent(cohort.getId(), kind,
        pseudonyms.pseudonym(cohort, participant.getEmployeeId(), now));
  }

  /** Closes the cohort's surveys: destroys the salt behind its pseudonyms, so no more answers can be paired. */
  public void close(Cohort cohort, Instant now) {
    pseudonyms.destroy(cohort, now);
  }

  /** Every response of the cohort with its scores by question key, for {@link BeforeAfterAnalysis}. */
  public List<ScoredResponse> scoredResponses(Cohort cohort) {
    Map<String, Map<String, Integer>> extraScores = new HashMap<>();
    for (SurveyAnswer answer : answers.findByCohort(cohort.getId())) {
      if (answer.getScore() != null) {
        extraScores.computeIfAbsent(answer.getResponse().getId(), id -> new HashMap<>())
            .put(answer.getQuestionKey(), answer.getScore());
      }
    }
    List<ScoredResponse> scored = new ArrayList<>();
    for (SurveyKind kind : SurveyKind.values()) {
      for (SurveyResponse response : responses.findByCohortAndKind(cohort.getId(), kind)) {
        Map<String, Integer> scores = new HashMap<>(extraScores.getOrDefault(response.getId(), Map.of()));
        for (StandardQuestion question : StandardQuestion.values()) {
          Integer score = question.scoreIn(response);
          if (score != null) {
            scores.put(question.key(), score);
          }
        }
        scored.add(new ScoredResponse(response.getRespondentToken(), response.getRespondentRole(), kind, scores));
      }
    }
    return scored;
  }

  /**
   * How many people wrote any free text in the cohort's surveys (someone who commented in both surveys once): a
   * comment from fewer people than the anonymity threshold could be recognised by its writer's style or subject.
   */
  public int commenters(Cohort cohort) {
    Set<String> people = new HashSet<>();
    for (SurveyKind kind : SurveyKind.values()) {
      responses.findByCohortAndKind(cohort.getId(), kind).stream().filter(response -> response.getComments() != null)
          .forEach(response -> people.add(response.getRespondentToken()));
    }
    answers.findByCohort(cohort.getId()).stream().filter(answer -> answer.getText() != null)
        .forEach(answer -> people.add(answer.getResponse().getRespondentToken()));
    return people.size();
  }

  /**
   * The cohort's free-text answers, the material the manager groups into themes: text only, in alphabetical
   * order so that their order says nothing about who answered when.
   */
  public List<String> freeText(Cohort cohort) {
    List<String> texts = new ArrayList<>();
    for (SurveyKind kind : SurveyKind.values()) {
      responses.findByCohortAndKind(cohort.getId(), kind).stream().map(SurveyResponse::getComments)
          .filter(comment -> comment != null).forEach(texts::add);
    }
    answers.findByCohort(cohort.getId()).stream().map(SurveyAnswer::getText).filter(text -> text != null)
        .forEach(texts::add);
    texts.sort(null);
    return texts;
  }
}
