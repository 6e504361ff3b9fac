package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.DIR_OPS;
import static org.flipside.it.TestOrganisation.FINANCE_1;
import static org.flipside.it.TestOrganisation.HR;
import static org.flipside.it.TestOrganisation.MGR_FINANCE;
import static org.flipside.it.TestOrganisation.OPS_1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.Commitment;
import org.flipside.api.CommitmentStatus;
import org.flipside.api.EvaluationDocument;
import org.flipside.api.FieldError;
import org.flipside.api.MeasureUnit;
import org.flipside.api.NewCommitment;
import org.flipside.api.NewOutcomeMeasure;
import org.flipside.api.NotFoundException;
import org.flipside.api.OrganisationalMeasure;
import org.flipside.api.OutcomePoint;
import org.flipside.api.OutcomeStage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Outcomes over years, as Sheffield Health and Social Care and Arden &amp; GEM recorded them: a measure of the
 * programme's own (leaders featured in staff communications, Arden &amp; GEM's impact indicator) beside a built-in
 * one, figures at the baseline, at the evaluation and at a follow-up a year after the report, and the leaders'
 * commitments; all read back in the report the sponsor reads.
 */
abstract class OutcomesOverYearsContract extends HostedContract {

  private static final String LEADERS = "Leaders featured in staff communications";
  private static final String FIGURES = """
      measure,group,band,value,people
      leaders_in_staff_comms,,,%d,
      network_size,BME staff network,,%d,
      """;

  @Test
  void aMeasureOfTheProgrammesOwnIsRecordedAtThreePointsOverYearsWithCommitmentsAndReadBackInTheReport()
      throws Exception {
    String programmeId = host.createPilot();
    OrganisationalMeasure leaders = host.flipside.reports().defineMeasure(Actor.of(HR), programmeId,
        new NewOutcomeMeasure("leaders_in_staff_comms", LEADERS, MeasureUnit.COUNT,
            "Leaders sharing views on diversity in staff communications channels, a year"));
    assertThat(leaders).isEqualTo(new OrganisationalMeasure("leaders_in_staff_comms", LEADERS, MeasureUnit.COUNT,
        false, false, "Leaders sharing views on diversity in staff communications channels, a year"));
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.SCOPING, "2015", LocalDate.of(2015, 3, 31)), FIGURES.formatted(2, 6));

    runThePilotToItsThemes();
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.EVALUATION, "2016", LocalDate.of(2016, 3, 31)), FIGURES.formatted(9, 44));
    host.complete(HR, Forms.REVIEW_EVALUATION, Map.of(Vars.TITLE.name(), "Barriers in shortlisting",
        Vars.GOAL.name(), FlipsideHost.pilotScope().get(Vars.GOALS.name()), Vars.PRIORITY.name(), "ACT_NOW",
        Vars.RECOMMENDATION.name(), "Diverse interview panels", Vars.NEXT_STEP.name(), "finish"));
    String compiled = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId).html();
    assertThat(compiled).contains("<th>At evaluation (2016)</th>").doesNotContain("Follow-up");

    // a year after the report: the follow-up figures and what the leaders went on to do
    host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.FOLLOW_UP, "2017", LocalDate.of(2017, 3, 31)), FIGURES.formatted(14, 51));
    Commitment blog = host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "A joint blog on what the pair learned", "One pair", CommitmentStatus.IN_PROGRESS, null));
    host.flipside.reports().recordCommitment(Actor.of(HR), programmeId, new NewCommitment(
        "Address all staff at the Race Equality event", "The managing director", CommitmentStatus.PLANNED,
        LocalDate.of(2027, 10, 1)));
    Commitment done = host.flipside.reports().updateCommitment(Actor.of(HR), programmeId, blog.id(),
        CommitmentStatus.DONE);
    assertThat(done.status()).isEqualTo(CommitmentStatus.DONE);
    assertThat(host.flipside.reports().commitments(Actor.of(CEO), programmeId))
        .extracting(Commitment::description, Commitment::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A joint blog on what the pair learned",
                CommitmentStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("Address all staff at the Race Equality event",
                CommitmentStatus.PLANNED));
    assertThat(host.flipside.reports().outcomeMeasures(Actor.of(CEO), programmeId))
        .extracting(OrganisationalMeasure::code)
        .containsExactly("representation", "equal_opportunities", "network_size", "leaders_in_staff_comms");

    EvaluationDocument report = host.flipside.reports().evaluationReport(Actor.of(CEO), programmeId);
    assertThat(report.html())
        .contains("<th>At scoping (2015)</th><th>At evaluation (2016)</th><th>Follow-up (2017)</th>")
        .contains("<td>Whole organisation</td><td class=\"figure\">2</td><td class=\"figure\">9</td>"
            + "<td class=\"figure\">14</td>")
        .contains("<td>BME staff network</td><td class=\"figure\">6</td><td class=\"figure\">44</td>"
            + "<td class=\"figure\">51</td>")
        .contains(LEADERS + " at each point")
        .contains("A joint blog on what the pair learned</td><td>One pair</td><td>Done (")
        .contains("Address all staff at the Race Equality event</td><td>The managing director</td><td>Planned (")
        .contains("<td>Pairs formed</td><td class=\"figure\">2</td>")
        .as("two pairs who both completed are four people, fewer than five")
        .contains("<td>Pairs that met until the end</td><td><span class=\"hidden-figure\">")
        .as("a register of two, every one absent, would show who missed it")
        .containsPattern("<td class=\"figure\">2</td><td><span class=\"hidden-figure\">hidden: fewer than 5")
        .contains("Method and limitations")
        .doesNotContain("Employee finance-1", "Employee dir-ops");
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(LEADERS, "Follow-up (2017)", "A joint blog on what the pair learned",
          "Attendance at each event");
    }
  }

  @Test
  void badMeasuresPointsAndCommitmentsAreRefusedNamingTheFieldAndOthersMayNotRecordThem() {
    String programmeId = host.createPilot();
    assertThat(fields(() -> host.flipside.reports().defineMeasure(Actor.of(HR), programmeId,
        new NewOutcomeMeasure("network_size", " ", null, null)))).containsExactly("code", "label", "unit");
    assertThat(fields(() -> host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(OutcomeStage.FOLLOW_UP, "2019", null), FIGURES.formatted(3, 4))))
        .as("a measure the programme never defined").containsExactly("line 2, column measure");
    assertThat(fields(() -> host.flipside.reports().importOutcomesAt(Actor.of(HR), programmeId,
        new OutcomePoint(null, " ", null), FIGURES.formatted(3, 4)))).containsExactly("stage", "period");
    assertThat(fields(() -> host.flipside.reports().recordCommitment(Actor.of(HR), programmeId,
        new NewCommitment(" ", null, null, null)))).containsExactly("description", "status");
    assertThatThrownBy(() -> host.flipside.reports().updateCommitment(Actor.of(HR), programmeId, "no-such-one",
        CommitmentStatus.DONE)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> host.flipside.reports().recordCommitment(Actor.of(FINANCE_1), programmeId,
        new NewCommitment("A policy change", null, CommitmentStatus.PLANNED, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> host.flipside.reports().defineMeasure(Actor.of(CEO), programmeId,
        new NewOutcomeMeasure("events", "Attendance at diversity events", MeasureUnit.COUNT, null)))
        .as("the sponsor reads the figures, the manager records them").isInstanceOf(AccessDeniedException.class);
    assertThat(host.flipside.reports().commitments(Actor.of(HR), programmeId)).isEmpty();
    assertThat(host.flipside.reports().outcomeMeasures(Actor.of(HR), programmeId)).hasSize(3);
  }

  /** The usual two pairs meet through their sessions and answer the final survey; the themes task is open. */
  private void runThePilotToItsThemes() {
    host.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    host.apply(FINANCE_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race",
        Vars.LEARNING_INTERESTS.name(), "operations"));
    host.apply(OPS_1, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race",
        Vars.LEARNING_INTERESTS.name(), "finance"));
    host.apply(DIR_OPS, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race", Vars.LEADS_AREA.name(), "operations"));
    host.apply(MGR_FINANCE, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "race",
        Vars.LEADS_AREA.name(), "finance"));
    host.complete(CEO, Forms.APPLICATION, Map.of(Vars.INTEREST.name(), "none"));
    host.passTime(java.time.Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());
    host.complete(HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    for (var register : host.tasks(HR, Forms.WORKSHOP_ATTENDANCE)) {
      host.flipside.inbox().complete(Actor.of(HR), register.id(), Map.of(Vars.ATTENDEE_IDS.name(), List.of()));
    }
    host.agree(DIR_OPS, FINANCE_1);
    host.agree(MGR_FINANCE, OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.complete(DIR_OPS, Forms.LOG_SESSION, FlipsideHost.session("2027-03-09", "continue"));
    host.complete(MGR_FINANCE, Forms.LOG_SESSION, FlipsideHost.session("2027-03-08", "continue"));
    host.passTimeTo(Instant.parse("2027-04-02T09:00:00Z"));
    host.passTimeTo(Instant.parse("2027-05-03T09:00:00Z"));
    for (String respondent : List.of(FINANCE_1, OPS_1, DIR_OPS, MGR_FINANCE)) {
      host.complete(respondent, Forms.FINAL_SURVEY, Map.of(Vars.CONFIDENCE_TALKING.name(), 4,
          Vars.UNDERSTANDING_ISSUES.name(), 5, Vars.CONFIDENCE_ASKING.name(), 4, Vars.CONFIDENCE_SHARING.name(), 3));
    }
  }

  private static List<String> fields(Runnable refused) {
    try {
      refused.run();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted");
  }
}
