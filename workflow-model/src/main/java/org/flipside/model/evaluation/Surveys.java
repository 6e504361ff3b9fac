package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
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
  private final AnswerMixer mixer;

  /** The surveys without the host's key: everything but recording and writing answers. */
  public Surveys(EntityManager em) {
    this(em, null);
  }

  /** The surveys with the host's key, which recording answers needs for the pseudonyms and their seal. */
  public Surveys(EntityManager em, PseudonymHostKey hostKey) {
    this.questions = new SurveyQuestionRepository(em);
    this.responses = new SurveyResponseRepository(em);
    this.answers = new SurveyAnswerRepository(em);
    this.pseudonyms = new RespondentPseudonyms(new SurveyKeyRepository(em), hostKey);
    this.mixer = new AnswerMixer(em, pseudonyms);
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
   * Records a participant's answers under their pseudonym. They wait, sealed, and are written among others later
   * ({@link AnswerMixer}); no time is kept, so that a response cannot be matched to the moment someone completed a
   * task.
   *
   * @param submitted answers by question key; unanswered questions may be absent
   * @throws InvalidInputException naming each bad answer, or when this person already answered this survey;
   *     nothing is saved then
   */
  public void record(Participant participant, SurveyKind kind, Map<String, ?> submitted, Instant now) {
    Map<String, Object> checked = template(participant.getCohort().getProgramme()).check(submitted);
    if (hasAnswered(participant, kind, now)) {
      throw new InvalidInputException(List.of(new InputProblem("survey",
          "you have already answered the " + kind.name().toLowerCase(Locale.ROOT) + " survey")));
    }
    write(participant, kind, checked, now);
  }

  /**
   * Records a participant's answers as {@link #record} does, unless their answers to this survey are stored
   * already: then nothing changes, and answers that would not pass are not even checked, so that a completion tried
   * again after its answer was stored goes through.
   *
   * @return whether the answers were recorded
   * @throws InvalidInputException naming each bad answer; nothing is saved then
   */
  public boolean recordUnlessAnswered(Participant participant, SurveyKind kind, Map<String, ?> submitted,
      Instant now) {
    if (hasAnswered(participant, kind, now)) {
      return false;
    }
    write(participant, kind, template(participant.getCohort().getProgramme()).check(submitted), now);
    return true;
  }

  private void write(Participant participant, SurveyKind kind, Map<String, Object> checked, Instant now) {
    Cohort cohort = participant.getCohort();
    String pseudonym = pseudonyms.pseudonym(cohort, participant.getEmployeeId(), now);
    Map<String, Object> given = new HashMap<>();
    checked.forEach((key, value) -> {
      if (value != null) {
        given.put(key, value);
      }
    });
    mixer.add(cohort, kind, mixer.tag(cohort, kind, pseudonym, now),
        new AnswerSeal.Opened(participant.getRole(), pseudonym, given), now);
  }

  /**
   * Records a partner's midpoint pulse under a random token, to be written among others later like a survey answer.
   *
   * @param scores each question's score 1..5; a skipped question is absent
   * @throws IllegalArgumentException naming the question when a score lies outside 1..5
   */
  public void recordPulse(Cohort cohort, ParticipantRole role, Map<PulseQuestion, Integer> scores, Instant now) {
    Map<String, Object> given = new HashMap<>();
    scores.forEach((question, score) -> {
      if (score != null && (score < 1 || score > 5)) {
        throw new IllegalArgumentException(question.key() + " must be between 1 and 5 but was " + score);
      }
      if (score != null) {
        given.put(question.key(), score);
      }
    });
    mixer.add(cohort, SurveyKind.PULSE, null,
        new AnswerSeal.Opened(role, UUID.randomUUID().toString(), given), now);
  }

  /** Whether the participant's answers to this survey are stored already, written or waiting. */
  public boolean hasAnswered(Participant participant, SurveyKind kind, Instant now) {
    Cohort cohort = participant.getCohort();
    String pseudonym = pseudonyms.pseudonym(cohort, participant.getEmployeeId(), now);
    return responses.existsByCohortKindAndRespondent(cohort.getId(), kind, pseudonym)
        || mixer.isWaiting(cohort, mixer.tag(cohort, kind, pseudonym, now));
  }

  /**
   * Writes every answer of the cohort still waiting, in shuffled batches: when a survey has closed for everyone, so
   * that its figures can be released.
   */
  public void writeWaiting(Cohort cohort, Instant now) {
    mixer.writeAll(cohort, now);
  }

  /**
   * Writes one survey's waiting answers, in a shuffled batch, only if at least this many wait: for the answers of a
   * pair that finished after the rest of its cohort, which may join the written ones only among enough others.
   */
  public void writeWaiting(Cohort cohort, SurveyKind kind, int atLeast, Instant now) {
    mixer.writeAll(cohort, kind, atLeast, now);
  }

  /**
   * Closes the cohort's surveys without writing what still waits: the answers held back because too few came late
   * are deleted unread, and the salt behind the pseudonyms destroyed.
   */
  public void closeDiscardingWaiting(Cohort cohort, Instant now) {
    mixer.discardAll(cohort);
    pseudonyms.destroy(cohort, now);
  }

  /** The answers a person gave that still wait to be written, for their right of access. */
  public List<WaitingAnswer> waitingAnswersOf(Cohort cohort, String employeeId, Instant now) {
    return mixer.waitingUnder(cohort, pseudonyms.pseudonym(cohort, employeeId, now), now);
  }

  /**
   * Gives the answers still waiting under a pseudonym a fresh one and drops their free text, as erasure does to the
   * written ones.
   *
   * @return how many waiting answers changed
   */
  public int retokenWaiting(Cohort cohort, String pseudonym, String fresh, Instant now) {
    return mixer.retoken(cohort, pseudonym, fresh, now);
  }

  /**
   * Closes the cohort's surveys: writes the answers still waiting, then destroys the salt behind its pseudonyms, so
   * no more answers can be paired, and no sealed answer left in an old backup can be opened.
   *
   * @throws IllegalStateException when answers are waiting and these surveys have no host key to open them
   */
  public void close(Cohort cohort, Instant now) {
    mixer.writeAll(cohort, now);
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
   * The cohort's free-text answers, the material the manager groups into themes, and how many people wrote them,
   * read once for both: text only, in alphabetical order so that their order says nothing about who answered when.
   */
  public Comments comments(Cohort cohort) {
    Set<String> people = new HashSet<>();
    List<String> texts = new ArrayList<>();
    for (SurveyKind kind : SurveyKind.values()) {
      responses.findByCohortAndKind(cohort.getId(), kind).stream().filter(response -> response.getComments() != null)
          .forEach(response -> {
            people.add(response.getRespondentToken());
            texts.add(response.getComments());
          });
    }
    answers.findByCohort(cohort.getId()).stream().filter(answer -> answer.getText() != null).forEach(answer -> {
      people.add(answer.getResponse().getRespondentToken());
      texts.add(answer.getText());
    });
    texts.sort(null);
    return new Comments(people.size(), texts);
  }

  /**
   * A cohort's free-text answers.
   *
   * @param commenters how many people wrote any (someone who commented in both surveys once): a comment from fewer
   *     people than the anonymity threshold could be recognised by its writer's style or subject
   * @param texts what they wrote, in alphabetical order
   */
  public record Comments(int commenters, List<String> texts) {
    /** Keeps its own copy of the texts. */
    public Comments {
      texts = List.copyOf(texts);
    }
  }
}
