package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_FINANCE;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.MGR_OPS;
import static org.flipside.it.TestOrganisation.OPS_1;
import static org.flipside.it.TestOrganisation.OPS_2;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.FieldError;
import org.flipside.api.NewSurveyQuestion;
import org.flipside.api.OpenTask;
import org.flipside.api.OutcomeStage;
import org.flipside.api.SurveyQuestion;
import org.flipside.api.SurveyQuestionKind;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * A pilot of three pairs evaluated through Flipside's API alone: a baseline survey before the first session and a
 * final one at the end from the same six people, organisational figures at scoping and at evaluation, themes
 * grouped by the HR admin, and the report the sponsor reads.
 */
abstract class EvaluationContract extends HostedContract {

  private static final List<String> MENTORS = List.of(FINANCE_1, OPS_1, OPS_2);
  private static final List<String> MENTEES = List.of(DIR_OPS, MGR_FINANCE, DIR_FINANCE);
  private static final String GOAL = "Leaders understand the barriers BME colleagues face in progressing to Band 8"
      + " and above";
  private static final String SCOPING_FIGURES = """
      measure,group,band,value,people
      representation,BME,Bands 8-9 and VSM,2.07,
      representation,BME,Whole workforce,11.05,
      network_size,BME staff network,,6,
      """;
  private static final String EVALUATION_FIGURES = """
      measure,group,band,value,people
      representation,BME,Bands 8-9 and VSM,3.40,
      representation,BME,Whole workforce,11.20,
      network_size,BME staff network,,44,
      """;

  @Test
  @SuppressWarnings("unchecked")
  void baselineAndFinalSurveysFromTheSamePeopleGivePairedChangeInTheReportTheSponsorReads() throws Exception {
    String programmeId = pilotOfThreePairs();
    assertThat(host.lifecycleVariables(programmeId)).as("how many are asked, not who")
        .containsEntry(Vars.BASELINE_RESPONDENT_COUNT.name(), 6L)
        .doesNotContainKeys("baselineRespondentIds", Vars.RESPONDENTS_TO_ASK.name());

    assertThat(host.task(FINANCE_1, Forms.BASELINE_SURVEY).formJson())
        .as("the programme's added question is in the form").contains("\"key\" : \"belonging\"");
    assertThat(host.task(FINANCE_1, Forms.BASELINE_SURVEY).formJson())
        .as("told before writing who reads a comment").contains("Read word for word by the programme manager");
    Map<String, Object> outOfScale = new HashMap<>(answers(2, "Out of scale"));
    outOfScale.put(Vars.CONFIDENCE_TALKING.name(), 6);
    assertThatThrownBy(() -> host.complete(FINANCE_1, Forms.BASELINE_SURVEY, outOfScale))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
            .containsExactly(Vars.CONFIDENCE_TALKING.name()));
    for (String participant : participants()) {
      host.complete(participant, Forms.BASELINE_SURVEY, answers(2, "Hoping to learn from " + participant));
    }
    runTheSessions();
    assertThat(host.lifecycleVariables(programmeId)).as("how many are asked, not who")
        .containsEntry(Vars.RESPONDENT_COUNT.name(), 6L)
        .doesNotContainKeys("respondentIds", "baselineRespondentIds", Vars.RESPONDENTS_TO_ASK.name());

    for (String participant : participants()) {
      host.complete(participant, Forms.FINAL_SURVEY, answers(4, "Comment from " + participant));
    }
    noAnswerReachedTheEngine();
    assertThat(rows("SELECT COUNT(*) FROM fs_survey_answer")).as("the added question, answered twice by six")
        .isEqualTo(12);

    host.database.execute("UPDATE fs_programme SET anonymity_threshold = 7 WHERE id = '" + programmeId + "'");
    assertThat((String) host.task(HR, Forms.REVIEW_EVALUATION).data().get(Vars.FEEDBACK_COMMENTS.name()))
        .as("six people commented, fewer than seven").startsWith("Fewer than 7 people wrote a comment")
        .doesNotContain("Comment from");
    host.database.execute("UPDATE fs_programme SET anonymity_threshold = 5 WHERE id = '" + programmeId + "'");
    OpenTask themes = host.task(HR, Forms.REVIEW_EVALUATION);
    assertThat((String) themes.data().get(Vars.FEEDBACK_COMMENTS.name())).startsWith("6 people wrote the 12 comments");
    List<String> comments = ((List<Map<String, Object>>) themes.data().get(Vars.COMMENT_OPTIONS.name())).stream()
        .map(option -> (String) option.get("label")).toList();
    assertThat(comments).contains("Comment from finance-1", "Hoping to learn from dir-ops").isSorted()
        .noneMatch(comment -> comment.contains("Employee"));
    assertThatThrownBy(() -> host.complete(HR, Forms.REVIEW_EVALUATION, theme("Careers", "Not a goal", "another")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
            .containsExactly(Vars.GOAL.name()));
    Map<String, Object> barriers = new HashMap<>(theme("Barriers in shortlisting", GOAL, "another"));
    barriers.put(Vars.GROUPED_COMMENTS.name(), List.of("1", "2", "3"));
    host.complete(HR, Forms.REVIEW_EVALUATION, barriers);
    host.flipside.reports().importOutcomes(Actor.of(HR), programmeId, OutcomeStage.EVALUATION, "2027",
        EVALUATION_FIGURES);
    host.complete(HR, Forms.REVIEW_EVALUATION, theme("Meetings culture", GOAL, "finish"));

    String headline = (String) host.task(CEO, Forms.ROLLOUT_DECISION).data().get(Vars.EVALUATION_HEADLINE.name());
    assertThat(headline).startsWith("6 people answered both surveys;").contains("+2.00 points")
        .as("all six moved by two: an interval or a share who improved would say so of each")
        .doesNotContain("improved", "CI").endsWith("2 recommendations to act on now, 0 for later.");

    EvaluationDocument report = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId);
    assertThat(report.headline()).isEqualTo(headline);
    assertThat(report.cohortNumber()).isEqualTo(1);
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("6 people answered both surveys", "Barriers in shortlisting", "2.07", "3.4");
    }
    assertThat(report.html()).as("the first theme groups the three comments ticked, the second none")
        .contains("Barriers in shortlisting</strong>").containsPattern("Act now</td><td class=\"figure\">3</td>")
        .containsPattern("Act now</td><td class=\"figure\">0</td>");
    assertThat(report.html()).contains("Diverse interview panels", "hidden-figure")
        .as("a role of three is fewer than five people").contains("hidden: fewer than 5")
        .doesNotContain("Employee finance-1");
    assertThat(host.flipside.reports().evaluationReport(Actor.of(HR), programmeId).headline()).isEqualTo(headline);
    assertThatThrownBy(() -> host.flipside.reports().evaluationReport(Actor.of(FINANCE_1), programmeId))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void someoneWhoReadsTheDatabaseCannotTellWhoGaveWhichSurveyResponse() throws Exception {
    String programmeId = pilotOfThreePairs();
    SurveyLinkageAttack attack = new SurveyLinkageAttack(host.database.dataSource());
    Watch watch = new Watch(attack, programmeId);
    // answered in an order of their own, so that neither the order tasks were made in nor chance names anyone
    List<String> answering = new ArrayList<>(participants());
    Collections.reverse(answering);
    for (String participant : answering) {
      host.clock.advance(Duration.ofHours(26));
      watch.answer(participant, "BASELINE", "AnswerBaselineSurvey",
          () -> host.complete(participant, Forms.BASELINE_SURVEY, answers(2, "Hoping to learn from " + participant)));
    }
    assertThat(pseudonymsFromTheDatabaseAlone()).as("the salt in the database is not the pseudonym secret")
        .isEmpty();
    runTheSessions(() -> {
      List<String> pulsing = answering.stream().filter(person -> !host.tasks(person, Forms.PULSE_SURVEY).isEmpty())
          .toList();
      for (String participant : pulsing) {
        host.clock.advance(Duration.ofHours(26));
        watch.answer(participant, "PULSE", PULSE_TASK, () -> host.complete(participant, Forms.PULSE_SURVEY,
            Map.of(Vars.PAIRING_WORKING.name(), 4, Vars.SPEAK_OPENLY.name(), 5, Vars.CONFIDENCE_TALKING_PULSE.name(), 3)));
      }
    });
    assertThat(watch.answered("PULSE")).as("every partner answered the pulse").isEqualTo(6);
    assertThat(rows("SELECT COUNT(*) FROM fs_survey_response WHERE kind = 'PULSE' AND release_id IS NOT NULL"))
        .as("the pulse released once, when the sessions ended").isEqualTo(6);
    Collections.rotate(answering, 2);
    for (String participant : answering) {
      host.clock.advance(Duration.ofHours(26));
      watch.answer(participant, "FINAL", "AnswerFinalSurvey",
          () -> host.complete(participant, Forms.FINAL_SURVEY, answers(4, "Comment from " + participant)));
    }

    Map<String, Map<String, String>> named = new LinkedHashMap<>();
    named.putAll(attack.named("BASELINE", "AnswerBaselineSurvey"));
    named.putAll(attack.named("PULSE", PULSE_TASK));
    named.putAll(attack.named("FINAL", "AnswerFinalSurvey"));
    named.put("two backups side by side", watch.byBackups);
    for (String kind : List.of("BASELINE", "PULSE", "FINAL")) {
      named.put("the day kept on a " + kind + " response", SurveyLinkageAttack.namedByTime(
          attack.snapshot(kind, "none").responses(), watch.answeredAt.get(kind)));
    }
    named.values().removeIf(Map::isEmpty);
    Map<String, Long> rightly = new LinkedHashMap<>();
    named.forEach((query, attribution) -> rightly.put(query, rightlyNamed(attribution)));
    assertThat(named).as("responses named, and how many rightly, by query: %s", rightly).isEmpty();
  }

  @Test
  void aSurveyLeftUnansweredLeavesNoTraceOfWhoseItWasInTheJobLog() {
    pilotOfThreePairs();
    String silent = participants().get(0);
    for (String participant : participants().subList(1, participants().size())) {
      host.complete(participant, Forms.BASELINE_SURVEY, answers(2, "Hoping to learn from " + participant));
    }
    runTheSessions();

    assertThat(host.tasks(silent, Forms.BASELINE_SURVEY)).as("the survey closed unanswered").isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = '"
        + Processes.BASELINE_RESPONDENT + "'")).as("a respondent's timer, run or cancelled").isZero();
    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"))
        .as("the programme's own timers' runs are logged").isPositive();
  }

  /** The pair journey's pulse task. */
  private static final String PULSE_TASK = "AnswerPulseSurvey";

  /**
   * An insider who reads the database before and after each answer (a backup a day, say), and the programme's
   * status as its manager sees it: the count of survey responses must not move answer by answer.
   */
  private final class Watch {
    private final SurveyLinkageAttack attack;
    private final String programmeId;
    final Map<String, String> byBackups = new LinkedHashMap<>();
    final Map<String, Map<String, String>> answeredAt = new LinkedHashMap<>();

    Watch(SurveyLinkageAttack attack, String programmeId) {
      this.attack = attack;
      this.programmeId = programmeId;
    }

    void answer(String participant, String kind, String taskKey, Runnable answering) {
      long counted = host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses();
      SurveyLinkageAttack.Snapshot before = attack.snapshot(kind, taskKey);
      answering.run();
      SurveyLinkageAttack.Snapshot after = attack.snapshot(kind, taskKey);
      byBackups.putAll(SurveyLinkageAttack.named(before, after));
      answeredAt.computeIfAbsent(kind, any -> new LinkedHashMap<>()).put(participant, host.clock.instant().toString());
      if (!after.open().isEmpty()) {
        // the last answer closes the survey, and its release counts everyone at once
        assertThat(host.flipside.programmes().status(Actor.of(HR), programmeId).surveyResponses())
            .as("the status while %s is open", kind).isEqualTo(counted);
      }
    }

    int answered(String kind) {
      return answeredAt.getOrDefault(kind, Map.of()).size();
    }
  }

  /** The participants whose pseudonym the cohort's salt gives when taken for the secret, as it once was. */
  private List<String> pseudonymsFromTheDatabaseAlone() throws Exception {
    byte[] salt = Base64.getDecoder().decode(text("SELECT salt FROM fs_survey_key"));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    List<String> found = new ArrayList<>();
    for (String participant : participants()) {
      String token = HexFormat.of().formatHex(mac.doFinal(participant.getBytes(StandardCharsets.UTF_8)));
      if (rows("SELECT COUNT(*) FROM fs_survey_response WHERE respondent_token = '" + token + "'") > 0) {
        found.add(participant);
      }
    }
    return found;
  }

  /** How many responses are named after the person who gave them (each comment says who wrote it; a pulse none). */
  private long rightlyNamed(Map<String, String> named) {
    return named.entrySet().stream().filter(guess -> String.valueOf(text("SELECT comments FROM fs_survey_response"
        + " WHERE id = '" + guess.getKey() + "'")).endsWith(" " + guess.getValue())).count();
  }

  @Test
  void importedFiguresNameTheLineAndColumnOfEachProblemAndSaveNothing() {
    String programmeId = host.createPilot();
    String broken = """
        measure,group,band,value,people
        representation,BME,Bands 8-9,two,
        """;

    assertThatThrownBy(() -> host.flipside.reports().importOutcomes(Actor.of(HR), programmeId, OutcomeStage.SCOPING,
            "2015", broken))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
            .containsExactly("line 2, column value"));
    assertThatThrownBy(() -> host.flipside.reports().importOutcomes(Actor.of(FINANCE_1), programmeId,
            OutcomeStage.SCOPING, "2015", SCOPING_FIGURES))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(rows("SELECT COUNT(*) FROM fs_outcome_snapshot")).isZero();
  }

  @Test
  void theHrAdminAddsSurveyQuestionsUntilTheBaselineOpensAndBadOnesAreRefusedNamingTheField() {
    String programmeId = host.createPilot();
    assertThat(host.flipside.programmes().surveyQuestions(Actor.of(HR), programmeId))
        .extracting(SurveyQuestion::key).containsExactly(Vars.CONFIDENCE_TALKING.name(), Vars.UNDERSTANDING_ISSUES.name(),
            Vars.CONFIDENCE_ASKING.name(), Vars.CONFIDENCE_SHARING.name(), Vars.COMMENTS.name());

    assertThat(refusal(programmeId, "felt_heard", " ", SurveyQuestionKind.SCALE)).containsExactly("text");
    assertThat(refusal(programmeId, "felt_heard", "x".repeat(501), SurveyQuestionKind.SCALE)).containsExactly("text");
    assertThat(refusal(programmeId, Vars.COMMENTS.name(), "Anything else?", SurveyQuestionKind.FREE_TEXT))
        .containsExactly("key");
    assertThat(refusal(programmeId, "talking", "How confident do you feel talking about race and ethnicity?",
        SurveyQuestionKind.SCALE)).containsExactly("text");
    assertThat(refusal(programmeId, "felt_heard", "How heard did you feel?", null)).containsExactly("kind");
    assertThatThrownBy(() -> host.flipside.programmes().addSurveyQuestion(Actor.of(FINANCE_1), programmeId,
            new NewSurveyQuestion("felt_heard", "How heard did you feel?", SurveyQuestionKind.SCALE)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.programmes().surveyQuestions(Actor.of(CEO), programmeId))
        .as("the sponsor reads the report, not the survey's set-up").isInstanceOf(AccessDeniedException.class);

    host.flipside.programmes().addSurveyQuestion(Actor.of(HR), programmeId,
        new NewSurveyQuestion("what_changed", "What changed for you?", SurveyQuestionKind.FREE_TEXT));
    assertThat(host.flipside.programmes().surveyQuestions(Actor.of(HR), programmeId)).last()
        .isEqualTo(new SurveyQuestion("what_changed", "What changed for you?", SurveyQuestionKind.FREE_TEXT, false));
    assertThat(rows("SELECT COUNT(*) FROM fs_survey_question")).as("only the good question was saved").isEqualTo(1);
  }

  @Test
  void aQuestionCannotBeAddedOnceTheBaselineSurveyHasOpened() {
    String programmeId = host.pilotAwaitingMatchReview();
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));

    assertThat(refusal(programmeId, "felt_heard", "How heard did you feel?", SurveyQuestionKind.SCALE))
        .containsExactly("survey");
    assertThat(host.task(FINANCE_1, Forms.BASELINE_SURVEY).formJson()).doesNotContain("felt_heard");
  }

  /** The fields named when the HR admin's question is refused. */
  private List<String> refusal(String programmeId, String key, String text, SurveyQuestionKind kind) {
    try {
      host.flipside.programmes().addSurveyQuestion(Actor.of(HR), programmeId, new NewSurveyQuestion(key, text, kind));
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("the question " + key + " was accepted");
  }

  @Test
  void aBaselineSurveyOfMoreThanABatchReachesEveryoneAndTheLastAnswerClosesItOnce() {
    int pairs = 130;
    List<String> everyone = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      host.organisation.add("mentor-" + i, 3 + i % 3, "Band " + (3 + i % 3), "Operations", MGR_OPS);
      host.organisation.add("mentee-" + i, 8 + i % 2, "Band " + (8 + i % 2), "Finance", CEO);
      everyone.add("mentor-" + i);
      everyone.add("mentee-" + i);
    }
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), pairs);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.flipside.dueWork().runDue(); // the invitations after the first batch
    for (int i = 0; i < pairs; i++) {
      host.apply("mentor-" + i, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race",
          Vars.LEARNING_INTERESTS.name(), "finance"));
      host.apply("mentee-" + i, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race",
          Vars.LEADS_AREA.name(), "finance"));
    }
    host.passTimeTo(Instant.parse("2027-01-20T09:00:00Z"));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.PROPOSED_PAIRS.name())).isEqualTo(pairs);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));

    Map<String, Object> scores = Map.of(Vars.CONFIDENCE_TALKING.name(), 3, Vars.UNDERSTANDING_ISSUES.name(), 3,
        Vars.CONFIDENCE_ASKING.name(), 3, Vars.CONFIDENCE_SHARING.name(), 3);
    List<String> firstBatch = everyone.stream()
        .filter(person -> !host.tasks(person, Forms.BASELINE_SURVEY).isEmpty()).toList();
    assertThat(firstBatch).as("one batch started with the publication, the rest to follow").hasSize(250);
    assertThat(rows("SELECT open_invitations FROM fs_cohort WHERE programme_id = '" + programmeId + "'"))
        .as("everyone counted open before the first survey started").isEqualTo(2L * pairs);
    for (String early : firstBatch.subList(0, 2)) {
      host.complete(early, Forms.BASELINE_SURVEY, scores);
    }
    host.flipside.dueWork().runDue();

    assertThat(everyone).as("everyone asked, once").allSatisfy(person -> assertThat(
        host.tasks(person, Forms.BASELINE_SURVEY)).hasSize(firstBatch.subList(0, 2).contains(person) ? 0 : 1));
    assertThat(host.lifecycleVariables(programmeId)).containsEntry(Vars.BASELINE_RESPONDENT_COUNT.name(), 2L * pairs)
        .doesNotContainKeys("baselineRespondentIds", Vars.RESPONDENTS_TO_ASK.name());
    for (String person : everyone) {
      if (!firstBatch.subList(0, 2).contains(person)) {
        host.complete(person, Forms.BASELINE_SURVEY, scores);
      }
    }

    assertThat(rows("SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_"
        + " WHERE p.BUSINESS_KEY_ = '" + programmeId + "' AND p.PROC_DEF_KEY_ = 'flipside-programme'"
        + " AND a.ACT_ID_ = 'BaselineAnswered'")).as("the baseline closed once, by the last answer").isOne();
    assertThat(rows("SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
        + " WHERE d.ACT_ID_ = 'BaselineWindowCloses'")).as("no timer of the window is left").isZero();
    assertThat(rows("SELECT open_invitations FROM fs_cohort WHERE programme_id = '" + programmeId + "'")).isZero();
  }

  /** Scoped with the baseline figures, three mentors and three mentees matched, the pairs published. */
  private String pilotOfThreePairs() {
    String programmeId = host.createPilot();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.put(Vars.COHORT_SIZE.name(), 3);
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.flipside.reports().importOutcomes(Actor.of(HR), programmeId, OutcomeStage.SCOPING, "2015", SCOPING_FIGURES);
    addAScaleQuestion(programmeId);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "operations"));
    host.apply(OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(OPS_2, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race", Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "finance"));
    host.apply(DIR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "finance"));
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.complete(MGR_OPS, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTimeTo(Instant.parse("2027-01-20T09:00:00Z"));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    assertThat(host.task(HR, Forms.REVIEW_MATCHES).data().get(Vars.PROPOSED_PAIRS.name())).isEqualTo(3);
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    return programmeId;
  }

  /** Workshops, agreements, a session each, until the sessions end and the final survey opens. */
  private void runTheSessions() {
    runTheSessions(() -> { });
  }

  /** As {@link #runTheSessions()}, with something done in each period (answering the pulse, say). */
  private void runTheSessions(Runnable eachPeriod) {
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (OpenTask register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(),
          Map.of(Vars.ATTENDEE_IDS.name(), ProgrammeLifecycleContract.values(register, Vars.ATTENDEE_OPTIONS.name())));
    }
    for (String mentee : MENTEES) {
      host.complete(mentee, Forms.LEARNING_AGREEMENT, Map.of(Vars.CONFIDENTIALITY_AGREED.name(), true,
          Vars.MEETING_FORMAT.name(), "online", Vars.FREQUENCY.name(), "P1M", Vars.ARRANGER.name(), "mentee", Vars.PROTECTED_TIME.name(), true));
    }
    for (String mentor : MENTORS) {
      host.complete(mentor, Forms.CONFIRM_AGREEMENT, Map.of(Vars.AGREEMENT.name(), "agree"));
    }
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    for (String mentee : MENTEES) {
      host.complete(mentee, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
    }
    eachPeriod.run();
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    eachPeriod.run();
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
  }

  private List<String> participants() {
    List<String> everyone = new ArrayList<>(MENTORS);
    everyone.addAll(MENTEES);
    return everyone;
  }

  private static Map<String, Object> answers(int score, String comment) {
    return Map.of(Vars.CONFIDENCE_TALKING.name(), score, Vars.UNDERSTANDING_ISSUES.name(), score, Vars.CONFIDENCE_ASKING.name(), score,
        Vars.CONFIDENCE_SHARING.name(), score, "belonging", score, Vars.COMMENTS.name(), comment);
  }

  /** The HR admin adds a scale question to the programme's survey before the baseline opens. */
  private void addAScaleQuestion(String programmeId) {
    SurveyQuestion added = host.flipside.programmes().addSurveyQuestion(Actor.of(HR), programmeId,
        new NewSurveyQuestion("belonging", "How much do you feel you belong here?", SurveyQuestionKind.SCALE));
    assertThat(added).isEqualTo(new SurveyQuestion("belonging", "How much do you feel you belong here?",
        SurveyQuestionKind.SCALE, false));
  }

  private static Map<String, Object> theme(String title, String goal, String nextStep) {
    return Map.of(Vars.TITLE.name(), title, Vars.SUMMARY.name(), "What the comments say about " + title, Vars.GOAL.name(), goal,
        Vars.PRIORITY.name(), "ACT_NOW", Vars.RECOMMENDATION.name(), "Diverse interview panels", Vars.NEXT_STEP.name(), nextStep);
  }

  /** Neither the engine's runtime nor its history holds an answer, by name or by text. */
  private void noAnswerReachedTheEngine() throws SQLException {
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE NAME_ IN ('confidence_talking', 'comments', 'belonging',"
          + " 'understanding_issues', 'confidence_asking', 'confidence_sharing')")).as(table).isZero();
      assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE TEXT_ LIKE '%Comment from%'"
          + " OR TEXT_ LIKE '%Hoping to learn%'")).as(table).isZero();
    }
  }

  private String text(String sql) {
    try (Connection connection = host.database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private long rows(String sql) {
    try (Connection connection = host.database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
