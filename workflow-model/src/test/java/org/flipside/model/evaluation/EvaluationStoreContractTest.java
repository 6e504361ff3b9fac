package org.flipside.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.model.testing.Fixtures.T0;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flipside.model.Cohort;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.model.SurveyKind;
import org.flipside.model.SurveyResponse;
import org.flipside.model.repository.CohortRepository;
import org.flipside.model.repository.ParticipantRepository;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.model.testing.PersistenceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Surveys, pseudonyms, themes and organisational outcomes on a real database; subclasses pick which one. */
abstract class EvaluationStoreContractTest extends PersistenceTestBase {

  private static final PseudonymHostKey HOST_KEY = new PseudonymHostKey(new SecretKeySpec(
      "a host key kept outside the db".getBytes(StandardCharsets.UTF_8), "AES"));

  static final String SEED_SCOPING = """
      measure,group,band,value,people
      representation,BME,Bands 8-9 and VSM,2.07,
      representation,BME,Whole workforce,11.05,
      equal_opportunities,BME,,67,
      equal_opportunities,White,,90,
      network_size,BME staff network,,6,
      """;

  private Programme programme;
  private Cohort cohort;

  @BeforeEach
  void pilot() {
    doInTransaction(em -> {
      programme = new Programme("Board reverse mentoring", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY",
          "Reverse mentor", "Leader", "pm-1", "sponsor-1", T0);
      programme.setGoals("- More BME staff at Bands 8-9 and VSM\n- Leaders who talk openly about race\n");
      new ProgrammeRepository(em).save(programme);
      cohort = new CohortRepository(em).save(new Cohort(programme, 1, T0.plus(Duration.ofDays(14)), T0));
      for (int i = 0; i < 6; i++) {
        new ParticipantRepository(em).save(new Participant(cohort, "emp-" + i,
            i % 2 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE, i % 2 == 0 ? 3 : 8, "dept", T0));
      }
    });
  }

  @Test
  void theDefaultTemplateAsksTheFourMeasuresAboutTheFocusPlusFreeText() {
    SurveyTemplate template = inTransaction(em -> new Surveys(em).template(reload(em)));

    assertThat(template.questions()).extracting(TemplateQuestion::key).containsExactly("confidence_talking",
        "understanding_issues", "confidence_asking", "confidence_sharing", "comments");
    assertThat(template.questions().get(0).text()).isEqualTo("How confident do you feel talking about race and ethnicity?");
    assertThat(template.measures()).hasSize(4);
    assertThat(template.questions().get(4).kind()).isEqualTo(QuestionKind.FREE_TEXT);
  }

  @Test
  void anAddedQuestionJoinsTheSurveyAndItsScoresAreMeasured() {
    doInTransaction(em -> new Surveys(em).addQuestion(reload(em), "felt_heard", "How heard did you feel?",
        QuestionKind.SCALE, T0));

    SurveyTemplate template = inTransaction(em -> new Surveys(em).template(reload(em)));

    assertThat(template.measures()).extracting(Measure::key).endsWith("felt_heard");
    answer("emp-1", SurveyKind.BASELINE, Map.of("confidence_talking", 2, "felt_heard", 2));
    answer("emp-1", SurveyKind.FINAL, Map.of("confidence_talking", "4", "felt_heard", 5, "comments", " Good "));
    List<ScoredResponse> scored = inTransaction(em -> new Surveys(em).scoredResponses(reload(em, cohort)));
    assertThat(scored).extracting(ScoredResponse::scores).containsExactlyInAnyOrder(
        Map.of("confidence_talking", 2, "felt_heard", 2), Map.of("confidence_talking", 4, "felt_heard", 5));
    Surveys.Comments comments = inTransaction((EntityManager em) -> new Surveys(em).comments(reload(em, cohort)));
    assertThat(comments.texts()).containsExactly("Good");
    assertThat(comments.commenters()).isEqualTo(1);
  }

  @Test
  void aBadQuestionIsRefusedNamingEachFieldAndNothingIsSaved() {
    assertThatThrownBy(() -> doInTransaction(em -> new Surveys(em).addQuestion(reload(em), "comments", " ", null, T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new InputProblem("key", "'comments' is already a question of this survey"),
            new InputProblem("text", "is required"),
            new InputProblem("kind", "is required: SCALE or FREE_TEXT")));
    assertThatThrownBy(() -> doInTransaction(em -> new Surveys(em).addQuestion(reload(em), "Bad Key", "x".repeat(501),
        QuestionKind.SCALE, T0)))
        .hasMessageContaining("key: must be 2 to 40 lower-case letters")
        .hasMessageContaining("text: must be at most 500 characters but has 501");
    assertThatThrownBy(() -> doInTransaction(em -> new Surveys(em).addQuestion(reload(em), "talking_again",
        " how confident do you feel talking about race and ethnicity? ", QuestionKind.SCALE, T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new InputProblem("text", "the survey already asks this question")));

    assertThat(inTransaction((EntityManager em) -> new SurveyQuestionRepository(em).findByProgramme(programme.getId()))).isEmpty();
  }

  @Test
  void baselineAndFinalShareAPseudonymThatNamesNobody() throws Exception {
    answer("emp-0", SurveyKind.BASELINE, Map.of("confidence_talking", 2));
    answer("emp-0", SurveyKind.FINAL, Map.of("confidence_talking", 4));
    answer("emp-2", SurveyKind.FINAL, Map.of("confidence_talking", 3));

    List<String> tokens = column("SELECT respondent_token FROM fs_survey_response ORDER BY kind, confidence_talking DESC");
    assertThat(tokens.get(0)).isEqualTo(tokens.get(1)).isNotEqualTo(tokens.get(2));
    String participantId = inTransaction(em -> new ParticipantRepository(em)
        .findByCohortAndEmployee(cohort.getId(), "emp-0").orElseThrow().getId());
    for (String identifier : List.of("emp-0", participantId)) {
      assertThat(everyValueOf("fs_survey_response") + everyValueOf("fs_survey_answer"))
          .doesNotContain(identifier, sha256(identifier));
    }
    assertThat(tokens.get(0)).isNotEqualTo(sha256("emp-0")).hasSize(64);
    // no time at all, so a response cannot be matched to the moment a task was completed
    assertThat(timeColumns("fs_survey_response")).isEmpty();
    assertThat(timeColumns("fs_survey_answer")).isEmpty();
    assertThat(timeColumns("fs_survey_pending")).isEmpty();
  }

  @Test
  void theDatabaseAloneCannotRecomputeAPseudonym() throws Exception {
    answer("emp-0", SurveyKind.BASELINE, Map.of("confidence_talking", 2));

    String salt = column("SELECT salt FROM fs_survey_key").get(0);
    String token = column("SELECT respondent_token FROM fs_survey_response").get(0);
    // what one could try with the database only: the stored value as the secret, as the old scheme kept it
    assertThat(token).isNotEqualTo(hmac(java.util.Base64.getDecoder().decode(salt), "emp-0"))
        .isNotEqualTo(hmac(salt.getBytes(StandardCharsets.UTF_8), "emp-0"));
    // with the host's key the same person gets the same pseudonym again, which pairs their answers
    assertThat(token).isEqualTo(inTransaction(em -> new RespondentPseudonyms(new SurveyKeyRepository(em), HOST_KEY)
        .pseudonym(reload(em, cohort), "emp-0", T0)));
  }

  private static String hmac(byte[] key, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aNewCohortGivesTheSamePersonAnotherPseudonym() throws Exception {
    Cohort second = inTransaction(em -> {
      Cohort next = new CohortRepository(em).save(new Cohort(reload(em), 2, T0, T0));
      new ParticipantRepository(em).save(new Participant(next, "emp-0", ParticipantRole.MENTOR, 3, "dept", T0));
      return next;
    });
    answer("emp-0", SurveyKind.FINAL, Map.of("confidence_talking", 4));
    doInTransaction(em -> new Surveys(em, HOST_KEY).record(new ParticipantRepository(em)
        .findByCohortAndEmployee(second.getId(), "emp-0").orElseThrow(), SurveyKind.FINAL, Map.of(), T0));
    doInTransaction(em -> new Surveys(em, HOST_KEY).writeWaiting(reload(em, second), T0));

    assertThat(column("SELECT DISTINCT respondent_token FROM fs_survey_response")).hasSize(2);
  }

  @Test
  void badOrRepeatedAnswersAreRefusedAndNothingIsSaved() throws Exception {
    answer("emp-0", SurveyKind.FINAL, Map.of("confidence_talking", 4));

    assertThatThrownBy(() -> answer("emp-0", SurveyKind.FINAL, Map.of("confidence_talking", 5)))
        .isInstanceOf(InvalidInputException.class).hasMessage("survey: you have already answered the final survey");
    assertThatThrownBy(() -> answer("emp-1", SurveyKind.FINAL,
        Map.of("confidence_talking", 7, "confidence_asking", "often", "favourite_colour", "blue")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(InputProblem::field)
            .containsExactlyInAnyOrder("favourite_colour", "confidence_talking", "confidence_asking"));

    assertThat(column("SELECT id FROM fs_survey_response")).hasSize(1);
  }

  @Test
  void closingTheSurveysDestroysTheSecretButKeepsThePairs() throws Exception {
    answer("emp-0", SurveyKind.BASELINE, Map.of("confidence_talking", 2));
    answer("emp-0", SurveyKind.FINAL, Map.of("confidence_talking", 4));

    doInTransaction(em -> new Surveys(em, HOST_KEY).close(reload(em, cohort), T0.plusSeconds(60)));

    assertThat(column("SELECT salt FROM fs_survey_key")).containsExactly((String) null);
    assertThatThrownBy(() -> answer("emp-2", SurveyKind.FINAL, Map.of("confidence_talking", 4)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("can no longer be paired");
    List<ScoredResponse> scored = inTransaction(em -> new Surveys(em).scoredResponses(reload(em, cohort)));
    assertThat(BeforeAfterAnalysis.analyse(scored, List.of(new Measure("confidence_talking", "talking")), 1)
        .pairedPeople()).isEqualTo(1);
  }

  @Test
  void themesLinkToAProgrammeGoalAndActNowComesFirst() {
    doInTransaction(em -> {
      Themes themes = new Themes(em);
      themes.add(reload(em, cohort), new ThemeDraft("Career conversations", null,
          "more bme staff at bands 8-9 and vsm", ThemePriority.LATER, "Add sponsorship to talent reviews", 4), T0);
      themes.add(reload(em, cohort), new ThemeDraft("Leaders' confidence", "Leaders now ask more",
          "Leaders who talk openly about race", ThemePriority.ACT_NOW, "Brief the board on what mentees learnt", 7), T0);
    });

    List<Recommendation> recommendations = inTransaction(em -> new Themes(em).recommendations(reload(em, cohort)));

    assertThat(recommendations).extracting(Recommendation::priority)
        .containsExactly(ThemePriority.ACT_NOW, ThemePriority.LATER);
    assertThat(recommendations.get(1).goal()).as("the goal as written at scoping")
        .isEqualTo("More BME staff at Bands 8-9 and VSM");

    doInTransaction(em -> {
      Themes themes = new Themes(em);
      themes.remove(themes.of(reload(em, cohort)).get(0).getId());
    });
    assertThat(inTransaction((EntityManager em) -> new Themes(em).recommendations(reload(em, cohort))))
        .extracting(Recommendation::theme).containsExactly("Career conversations");
  }

  @Test
  void aThemeWithoutAProgrammeGoalIsRefusedNamingEachField() {
    assertThatThrownBy(() -> doInTransaction(em -> new Themes(em).add(reload(em, cohort),
        new ThemeDraft("", null, "World peace", null, null, -1), T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(InputProblem::field)
            .containsExactly("title", "recommendation", "goal", "priority", "mentions"))
        .hasMessageContaining("'World peace' is not one of the programme's goals");

    assertThat(inTransaction((EntityManager em) -> new Themes(em).of(reload(em, cohort)))).isEmpty();
  }

  @Test
  void aProgrammeWithNoFixedOutcomesGroupsItsFeedbackIntoThemesThatBearOnNoGoal() {
    doInTransaction(em -> reload(em).setGoals(null));

    assertThatThrownBy(() -> doInTransaction(em -> new Themes(em).add(reload(em, cohort), new ThemeDraft(
        "Visible leadership", null, "Leaders who talk openly about race", ThemePriority.ACT_NOW,
        "Celebrate the events that reflect our workforce", 3), T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::field).containsExactly("goal"))
        .hasMessageContaining("set no goals at scoping");
    doInTransaction(em -> new Themes(em).add(reload(em, cohort), new ThemeDraft("Visible leadership", null, " ",
        ThemePriority.ACT_NOW, "Celebrate the events that reflect our workforce", 3), T0));

    assertThat(inTransaction((EntityManager em) -> new Themes(em).recommendations(reload(em, cohort))))
        .singleElement().satisfies(recommendation -> {
          assertThat(recommendation.theme()).isEqualTo("Visible leadership");
          assertThat(recommendation.goal()).isNull();
        });
  }

  @Test
  void theSeedFiguresAreComparedSideBySide() {
    doInTransaction(em -> {
      OrganisationalOutcomes outcomes = new OrganisationalOutcomes(em);
      outcomes.importCsv(reload(em), OutcomeStage.SCOPING, "2015", null, new StringReader(SEED_SCOPING), T0);
      outcomes.record(reload(em), OutcomeStage.EVALUATION, "2017", null, List.of(
          new OrganisationalFigure(OutcomeMeasure.EQUAL_OPPORTUNITIES.definition(), "BME", null, 82, 310),
          new OrganisationalFigure(OutcomeMeasure.NETWORK_SIZE.definition(), "BME staff network", null, 44, null),
          new OrganisationalFigure(OutcomeMeasure.REPRESENTATION.definition(), "BME", "Bands 8-9 and VSM", 25, 3)),
          T0.plusSeconds(60));
    });

    OutcomeHistory history = inTransaction(em -> new OrganisationalOutcomes(em).history(reload(em)));

    assertThat(history.points()).extracting(OutcomeHistory.Point::label)
        .containsExactly("At scoping (2015)", "At evaluation (2017)");
    assertThat(line(history, "equal_opportunities", 0).values()).extracting(v -> v.value()).containsExactly(67.0, 82.0);
    assertThat(line(history, "network_size", 0).values().get(1).value()).isEqualTo(44.0);
    OutcomeHistory.Line senior = line(history, "representation", 0);
    assertThat(senior.values().get(0).value()).isEqualTo(2.07);
    assertThat(senior.values().get(1).isHidden()).as("a share of three people").isTrue();
    assertThat(line(history, "equal_opportunities", 1).values().get(1)).as("not measured again").isNull();
  }

  @Test
  void aProgrammesOwnMeasureIsRecordedAtThreePointsOverYearsAndReadBackAsASeriesInTimeOrder() {
    doInTransaction(em -> new OrganisationalOutcomes(em).define(reload(em), "Leaders_In_Comms",
        "Leaders featured in staff communications", MeasureUnit.COUNT, "Posts and all-staff messages a year", T0));
    String csv = "measure,group,band,value,people\nleaders_in_comms,,,%s,\nnetwork_size,BME staff network,,%s,\n";
    doInTransaction(em -> {
      OrganisationalOutcomes outcomes = new OrganisationalOutcomes(em);
      // recorded out of order: the day each describes orders the series, the baseline first
      outcomes.importCsv(reload(em), OutcomeStage.FOLLOW_UP, "2019", LocalDate.of(2019, 6, 1),
          new StringReader(csv.formatted(21, 60)), T0);
      outcomes.importCsv(reload(em), OutcomeStage.EVALUATION, "2017", LocalDate.of(2017, 6, 1),
          new StringReader(csv.formatted(9, 44)), T0.plusSeconds(1));
      outcomes.importCsv(reload(em), OutcomeStage.SCOPING, "2015", LocalDate.of(2015, 6, 1),
          new StringReader(csv.formatted(2, 6)), T0.plusSeconds(2));
      // a correction of the follow-up replaces it
      outcomes.importCsv(reload(em), OutcomeStage.FOLLOW_UP, "2019", LocalDate.of(2019, 6, 1),
          new StringReader(csv.formatted(23, 61)), T0.plusSeconds(3));
    });

    OutcomeHistory history = inTransaction(em -> new OrganisationalOutcomes(em).history(reload(em)));

    assertThat(history.points()).extracting(OutcomeHistory.Point::label)
        .containsExactly("At scoping (2015)", "At evaluation (2017)", "Follow-up (2019)");
    assertThat(history.measures()).extracting(series -> series.measure().code())
        .as("built-in measures first").containsExactly("network_size", "leaders_in_comms");
    OutcomeHistory.Line leaders = line(history, "leaders_in_comms", 0);
    assertThat(leaders.name()).isEqualTo("Whole organisation");
    assertThat(leaders.values()).extracting(v -> v.value()).containsExactly(2.0, 9.0, 23.0);
    assertThat(line(history, "network_size", 0).values()).extracting(v -> v.value()).containsExactly(6.0, 44.0, 61.0);
  }

  @Test
  void aMeasureIsRefusedNamingTheFieldAndAFigureOutsideItsUnitNamesTheLine() {
    assertThatThrownBy(() -> doInTransaction(em -> new OrganisationalOutcomes(em).define(reload(em),
        "network_size", " ", null, null, T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::field).containsExactly("code", "label", "unit"));
    assertThatThrownBy(() -> doInTransaction(em -> new OrganisationalOutcomes(em).define(reload(em),
        "9 lives", "Lives", MeasureUnit.NUMBER, null, T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::field).containsExactly("code"));
    doInTransaction(em -> new OrganisationalOutcomes(em).define(reload(em), "events_share",
        "Staff at diversity events", MeasureUnit.PERCENTAGE, null, T0));

    assertThatThrownBy(() -> doInTransaction(em -> new OrganisationalOutcomes(em).importCsv(reload(em),
        OutcomeStage.FOLLOW_UP, "2019", null,
        new StringReader("measure,group,band,value,people\nevents_share,,,140,\nunknown_one,,,1,\n"), T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new InputProblem("line 2, column value", "must be a percentage from 0 to 100 but was 140.0"),
            new InputProblem("line 3, column measure", "'unknown_one' is not one of representation,"
                + " equal_opportunities, network_size, events_share")));
  }

  private static OutcomeHistory.Line line(OutcomeHistory history, String measure, int index) {
    return history.measures().stream().filter(series -> series.measure().code().equals(measure)).findFirst()
        .orElseThrow().lines().get(index);
  }

  @Test
  void aBadFileIsRefusedWithLineAndColumnAndNothingIsSaved() {
    String csv = """
        measure,group,band,value,people
        representation,BME,Bands 8-9 and VSM,2.07,
        representation,BME,,abc,
        headcount,BME,,5,
        equal_opportunities,BME,Band 5,120,x
        representation,BME,Bands 8-9 and VSM,3,
        """;

    assertThatThrownBy(() -> doInTransaction(em -> new OrganisationalOutcomes(em).importCsv(reload(em),
        OutcomeStage.SCOPING, "2015", null, new StringReader(csv), T0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new InputProblem("line 3, column value", "must be a number but was 'abc'"),
            new InputProblem("line 3, column band", "is required for representation (a band, or 'Whole workforce')"),
            new InputProblem("line 4, column measure",
                "'headcount' is not one of representation, equal_opportunities, network_size"),
            new InputProblem("line 5, column people", "must be a whole number but was 'x'"),
            new InputProblem("line 5, column band", "must be empty for equal_opportunities"),
            new InputProblem("line 5, column value", "must be a percentage from 0 to 100 but was 120.0"),
            new InputProblem("line 6, column group", "repeats the figure on line 2")));

    assertThat(inTransaction((EntityManager em) -> new OrganisationalOutcomes(em).latest(reload(em), OutcomeStage.SCOPING))).isEmpty();
  }

  @Test
  void aFileWithoutTheExpectedColumnsIsRefused() {
    assertThatThrownBy(() -> OutcomeCsv.read(new StringReader("measure,group,value,colour\nnetwork_size,N,4,red\n")))
        .hasMessage("line 1: the header has no column 'band' (expected measure,group,band,value,people); "
            + "line 1: the header has no column 'people' (expected measure,group,band,value,people); "
            + "line 1: unknown column 'colour' (expected measure,group,band,value,people)");
    assertThatThrownBy(() -> OutcomeCsv.read(new StringReader("measure,group,band,value,people\n")))
        .hasMessage("file: has no figures below its header");
  }

  @Test
  void findingsComeTogetherFromTheStore() {
    for (int i = 0; i < 6; i++) {
      answer("emp-" + i, SurveyKind.BASELINE, Map.of("confidence_talking", 2));
      answer("emp-" + i, SurveyKind.FINAL, Map.of("confidence_talking", 3 + i % 2));
    }
    doInTransaction(em -> new OrganisationalOutcomes(em).importCsv(reload(em), OutcomeStage.SCOPING, "2015", null,
        new StringReader(SEED_SCOPING), T0));
    doInTransaction(em -> new Themes(em).add(reload(em, cohort), new ThemeDraft("Openness", null,
        "Leaders who talk openly about race", ThemePriority.ACT_NOW, "Keep going", 2), T0));

    EvaluationFindings findings = inTransaction(em -> new FindingsAssembler(em).assemble(reload(em, cohort), T0));

    assertThat(findings.beforeAfter().pairedPeople()).isEqualTo(6);
    MeasureOutcome talking = findings.beforeAfter().measures().get(0);
    assertThat(talking.paired().allRoles().value().meanChange()).isEqualTo(1.5);
    assertThat(talking.paired().role(ParticipantRole.MENTOR).isHidden()).as("three mentors").isTrue();
    assertThat(findings.outcomes().measures().stream().mapToInt(series -> series.lines().size()).sum()).isEqualTo(5);
    assertThat(findings.recommendations()).extracting(Recommendation::action).containsExactly("Keep going");
    assertThat(findings.headline()).startsWith("6 people answered both surveys; confidence talking about race and"
        + " ethnicity changed most, by +1.50 points").endsWith("1 recommendation to act on now, 0 for later.");
  }

  @Test
  void answersWaitSealedAndAreWrittenInRandomBatchesOfTheThresholdOnceTwiceItIsWaiting() throws Exception {
    doInTransaction(em -> {
      for (int i = 6; i < 12; i++) {
        new ParticipantRepository(em).save(new Participant(reload(em, cohort), "emp-" + i, ParticipantRole.MENTEE, 8,
            "dept", T0));
      }
    });
    for (int i = 0; i < 9; i++) {
      answerToWait("emp-" + i, SurveyKind.BASELINE, Map.of("confidence_talking", 1 + i % 5,
          "comments", "Comment " + "x".repeat(i * 300) + " from emp-" + i));
    }
    assertThat(column("SELECT id FROM fs_survey_response")).as("nine waiting, fewer than twice five").isEmpty();
    List<String> sealed = column("SELECT sealed FROM fs_survey_pending");
    assertThat(sealed).hasSize(9).allSatisfy(row -> assertThat(row).doesNotContain("emp-", "Comment"));
    assertThat(sealed.stream().map(String::length).distinct()).as("a long comment seals as long as a short one")
        .hasSize(1);
    assertThatThrownBy(() -> answerToWait("emp-3", SurveyKind.BASELINE, Map.of()))
        .as("a waiting answer counts as given").isInstanceOf(InvalidInputException.class);

    answerToWait("emp-9", SurveyKind.BASELINE, Map.of("confidence_talking", 5));
    assertThat(column("SELECT id FROM fs_survey_response")).as("five of the ten, chosen at random").hasSize(5);
    assertThat(column("SELECT id FROM fs_survey_pending")).hasSize(5);

    answerToWait("emp-10", SurveyKind.BASELINE, Map.of("confidence_talking", 5));
    doInTransaction(em -> new Surveys(em, HOST_KEY).close(reload(em, cohort), T0));
    assertThat(column("SELECT id FROM fs_survey_pending")).isEmpty();
    assertThat(column("SELECT comments FROM fs_survey_response WHERE comments IS NOT NULL"))
        .as("every answer written, none lost").hasSize(9);
    assertThat(column("SELECT id FROM fs_survey_response")).hasSize(11);
  }

  @Test
  void anAnswerRecordedUnlessGivenAlreadyIsKeptOnceAndTheRepeatIsNeitherCheckedNorKept() throws Exception {
    boolean first = inTransaction(em -> new Surveys(em, HOST_KEY).recordUnlessAnswered(participant(em, "emp-0"),
        SurveyKind.BASELINE, Map.of("confidence_talking", 2), T0));
    boolean repeat = inTransaction(em -> new Surveys(em, HOST_KEY).recordUnlessAnswered(participant(em, "emp-0"),
        SurveyKind.BASELINE, Map.of("no_such_question", 9), T0));

    assertThat(first).isTrue();
    assertThat(repeat).isFalse();
    assertThatThrownBy(() -> doInTransaction(em -> new Surveys(em, HOST_KEY).recordUnlessAnswered(
        participant(em, "emp-1"), SurveyKind.BASELINE, Map.of("no_such_question", 9), T0)))
        .as("a first answer is checked").isInstanceOf(InvalidInputException.class);
    assertThat(column("SELECT id FROM fs_survey_pending")).hasSize(1);
  }

  @Test
  void surveysClosedInTheTransactionThatRecordedAnAnswerTakeNoMoreAnswers() {
    assertThatThrownBy(() -> doInTransaction(em -> {
      Surveys surveys = new Surveys(em, HOST_KEY);
      surveys.record(participant(em, "emp-0"), SurveyKind.FINAL, Map.of("confidence_talking", 4), T0);
      surveys.close(reload(em, cohort), T0);
      surveys.record(participant(em, "emp-2"), SurveyKind.FINAL, Map.of("confidence_talking", 3), T0);
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("destroyed");
  }

  private Participant participant(EntityManager em, String employeeId) {
    return new ParticipantRepository(em).findByCohortAndEmployee(cohort.getId(), employeeId).orElseThrow();
  }

  /** Records an answer and writes it at once, as a survey's close writes what still waits. */
  private void answer(String employeeId, SurveyKind kind, Map<String, ?> answers) {
    answerToWait(employeeId, kind, answers);
    doInTransaction(em -> new Surveys(em, HOST_KEY).writeWaiting(reload(em, cohort), T0));
  }

  private void answerToWait(String employeeId, SurveyKind kind, Map<String, ?> answers) {
    doInTransaction(em -> new Surveys(em, HOST_KEY).record(new ParticipantRepository(em)
        .findByCohortAndEmployee(cohort.getId(), employeeId).orElseThrow(), kind, new LinkedHashMap<>(answers), T0));
  }

  private List<String> timeColumns(String table) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), null, null)) {
      while (columns.next()) {
        int type = columns.getInt("DATA_TYPE");
        if (columns.getString("TABLE_NAME").equalsIgnoreCase(table) && (type == java.sql.Types.TIMESTAMP
            || type == java.sql.Types.DATE || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE)) {
          found.add(columns.getString("COLUMN_NAME"));
        }
      }
    }
    return found;
  }

  @Test
  void thePulseIsReleasedOnceAndTwoLateAnswersCannotBeSubtractedFromASecondRelease() {
    int[] onTime = {4, 2, 5, 3, 4, 1, 5, 3};
    for (int i = 0; i < onTime.length; i++) {
      pulse("on-time-" + i, i % 2 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE, onTime[i]);
    }
    List<PulseOutcome> first = inTransaction(em -> {
      new SurveyReleases(em).release(reload(em, cohort), SurveyKind.PULSE, 5, T0);
      return PulseAnalysis.analyse(new SurveyReleases(em).released(reload(em, cohort), SurveyKind.PULSE), 5);
    });
    // the late pair answers after the first release: the manager would subtract the figures
    pulse("late-mentor", ParticipantRole.MENTOR, 1);
    pulse("late-mentee", ParticipantRole.MENTEE, 1);

    List<PulseOutcome> second = inTransaction(em -> {
      new SurveyReleases(em).release(reload(em, cohort), SurveyKind.PULSE, 5, T0.plus(Duration.ofDays(20)));
      return PulseAnalysis.analyse(new SurveyReleases(em).released(reload(em, cohort), SurveyKind.PULSE), 5);
    });

    assertThat(first.get(0).scores().allRoles().value().people()).isEqualTo(8);
    assertThat(second).as("the same figures: nothing to subtract").isEqualTo(first);
    long released = inTransaction((EntityManager em) -> new SurveyReleases(em).countReleased(cohort.getId()));
    assertThat(released).isEqualTo(8);

    for (int i = 0; i < 3; i++) {
      pulse("later-" + i, ParticipantRole.MENTOR, 2 + i);
    }
    List<PulseOutcome> third = inTransaction(em -> {
      new SurveyReleases(em).release(reload(em, cohort), SurveyKind.PULSE, 5, T0.plus(Duration.ofDays(30)));
      return PulseAnalysis.analyse(new SurveyReleases(em).released(reload(em, cohort), SurveyKind.PULSE), 5);
    });
    assertThat(third.get(0).scores().allRoles().value().people()).as("five new answers may join").isEqualTo(13);
  }

  private void pulse(String token, ParticipantRole role, int score) {
    doInTransaction(em -> em.persist(SurveyResponse.pulse(reload(em, cohort), role, token, score, score, score)));
  }

  private Programme reload(EntityManager em) {
    return new ProgrammeRepository(em).find(programme.getId()).orElseThrow();
  }

  private static Cohort reload(EntityManager em, Cohort cohort) {
    return new CohortRepository(em).find(cohort.getId()).orElseThrow();
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  /** Every value of every row of a table, as one string to search. */
  private String everyValueOf(String table) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
      while (result.next()) {
        for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
          all.append(result.getString(column)).append('|');
        }
      }
    }
    return all.toString();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
