package org.flipside.sandbox.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.flipside.api.EventAttendance;
import org.flipside.api.ProgrammeStatus;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.sandbox.organisation.Representation;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.sandbox.organisation.SyntheticOrganisation;
import org.flipside.sandbox.simulation.PilotPlan;
import org.flipside.sandbox.simulation.PresetRecord;
import org.flipside.sandbox.simulation.ProgrammePreset;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SurveyScores;
import org.flipside.sandbox.simulation.Tallied;
import org.flipside.sandbox.simulation.Tally;
import org.flipside.spi.Employee;

/**
 * Prints the end of a run: the organisation, Flipside's own figures for the programme, the
 * sandbox's counts of what its simulated employees did, and how long it took.
 */
public final class SummaryPrinter {

  private static final int LABEL_WIDTH = 32;
  private static final String[] MEASURE_NAMES = {"talking", "understanding", "asking", "sharing"};

  private final PrintWriter out;

  /** A printer writing to {@code out}. */
  public SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  /**
   * Prints the summary.
   *
   * @param result the run's outcome
   * @param wallClock how long the whole command took
   * @param reportFiles where the evaluation report the sponsor read was written, if there was one
   */
  public void print(SimulationResult result, Duration wallClock, List<Path> reportFiles) {
    out.println("Summary");
    out.println("=======");
    organisation(result);
    processes(result);
    flipsideFigures(result.status(), result.settings().cohorts());
    sandboxCounts(result);
    preset(result);
    evaluation(result, reportFiles);
    run(result, wallClock);
  }

  private void evaluation(SimulationResult result, List<Path> reportFiles) {
    heading("Evaluation report, as the sponsor read it");
    if (result.report() == null) {
      line("Report", "none: no cohort finished its evaluation");
      return;
    }
    line("Cohort", String.valueOf(result.report().cohortNumber()));
    line("Headline", result.report().headline());
    reportFiles.forEach(file -> line("Written to", file.toString()));
  }

  /** A seed programme's own features: its audience, delivery team, events, rhythms, cascade and outcome series. */
  private void preset(SimulationResult result) {
    PresetRecord record = result.presetRecord();
    if (record == null) {
      return;
    }
    SyntheticOrganisation organisation = result.organisation();
    SyntheticDirectory directory = new SyntheticDirectory(organisation);
    PilotPlan plan = result.plan();
    heading("The " + result.settings().preset().optionValue() + " programme's own shape");
    long outside = record.invitees().stream().map(id -> organisation.employee(id).orElseThrow())
        .filter(employee -> !plan.invites(employee, directory)).count();
    List<String> units = new ArrayList<>(plan.recruitDepartments());
    units.addAll(plan.recruitHostGroups());
    String audience = units.isEmpty() ? "everyone" : String.join(", ", units);
    line("Audience", audience + " in the bands; " + count(record.invitees().size(), "employee") + " invited, "
        + outside + " of them outside it");
    for (PresetRecord.Matching matching : record.matchings()) {
      line("Cohort " + matching.cohort() + " matched", count(matching.pairs(), "pair") + ", "
          + matching.unmatchedMentees() + " mentees left unmatched"
          + (matching.returningMentors() > 0 ? "; " + matching.returningMentors() + " mentors returning" : ""));
      matching.unmatchedReasons().forEach(reason -> line("  unmatched", reason));
    }
    if (!record.team().isEmpty()) {
      line("Delivery team", record.team().stream()
          .map(member -> member.role().name().toLowerCase(Locale.UK).replace('_', ' ') + " " + member.name()
              + (member.guest() ? " (guest)" : member.personId().equals(record.liaisonId()) ? " (a participant)" : ""))
          .collect(Collectors.joining("; ")));
    }
    for (EventAttendance event : record.attendance()) {
      line(Formats.date(event.start()), event.title() + ": " + event.attended() + " of " + event.invited()
          + " came" + (event.recorded() ? "" : " (no register taken)"));
    }
    if (record.topOfOrganisationPartner() != null || result.settings().preset() == ProgrammePreset.INTERNAL) {
      Employee top = organisation.employee(organisation.chiefExecutiveId()).orElseThrow();
      line("Top of the organisation", top.displayName() + " (" + top.bandLabel() + "): "
          + (record.topOfOrganisationPartner() == null ? "not paired"
              : "paired with " + organisation.employee(record.topOfOrganisationPartner()).orElseThrow().displayName()
                  + "; rules " + String.join(", ", record.topOfOrganisationReasons())));
    }
    if (!record.rhythms().isEmpty()) {
      line("Pairs' rhythms", new TreeMap<>(record.rhythms()).entrySet().stream()
          .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "))
          + " (the programme's minimum: " + plan.sessionCadence() + ")");
    }
    record.outcomeSeries().forEach((measure, points) -> line(measure, String.join(" -> ", points)));
    record.commitments().forEach(commitment -> line("Commitment", commitment));
  }

  private void processes(SimulationResult result) {
    if (result.processVersions().isEmpty()) {
      return;
    }
    heading("Processes, as the process owner deployed them");
    result.processVersions().forEach(version -> line(version.processKey(),
        "version " + version.version() + " from " + version.resource() + ", deployed by " + version.deployedBy()));
  }

  private void organisation(SimulationResult result) {
    SyntheticOrganisation organisation = result.organisation();
    Representation figures = new Representation(organisation);
    Employee sponsor = organisation.employee(organisation.sponsorId()).orElseThrow();
    heading("Organisation");
    line("Employees", organisation.size() + " in " + count(organisation.departments().size(), "department") + "; "
        + count(organisation.hrAdminIds().size(), "HR admin") + "; sponsor " + sponsor.displayName()
        + " (" + sponsor.bandLabel() + ", " + sponsor.department() + ")");
    line("BME staff (sandbox-only data)", Formats.percent(figures.minorityShareOfWorkforce()) + " of the workforce, "
        + Formats.percent(figures.minorityShareOfSeniorBands()) + " of Bands 8-9 and VSM");
    PilotPlan plan = result.plan();
    line("Pilot as scoped", count(plan.cohortSize(), "pair") + "; mentors up to Band " + plan.mentorMaximumBand()
        + ", mentees from Band " + plan.menteeMinimumBand() + "; " + plan.durationMonths()
        + " months from " + plan.sessionsStart());
  }

  private void flipsideFigures(ProgrammeStatus status, int cohorts) {
    heading("Flipside's status" + (cohorts > 1 ? " (figures for cohort " + status.cohortNumber() + ")" : ""));
    line("Programme", status.name() + " — " + Formats.stage(status.stage()));
    line("Applications", String.valueOf(status.applications()));
    line("Approved", count(status.mentors(), "mentor") + ", " + count(status.mentees(), "mentee") + "; "
        + status.waitlisted() + " on the waitlist");
    line("Pairs", status.completedPairs() + " completed, " + status.pairsEndedEarly() + " ended early, "
        + status.activePairs() + " still active");
    line("Sessions", status.sessionsHeld() + " held, " + status.sessionsMissed() + " missed");
    line("Survey responses", String.valueOf(status.surveyResponses()));
    line("Rollout decision", status.rolloutDecision() == null ? "none yet"
        : status.rolloutDecision().name().toLowerCase(Locale.ROOT));
  }

  private void sandboxCounts(SimulationResult result) {
    Tally tally = result.tally();
    heading("Sandbox's counts" + (result.settings().cohorts() > 1 ? " (all cohorts)" : ""));
    int revisions = tally.get(Tallied.SCOPE_REVISIONS);
    line("Sponsor sign-off", revisions == 0 ? "approved as first scoped"
        : "approved after the scope was sent back " + (revisions == 1 ? "once" : count(revisions, "time")));
    line("Invitations", result.notificationsByTopic().getOrDefault(NotificationTopics.INVITATION_TO_APPLY, 0) + " sent; "
        + tally.get(Tallied.INVITATIONS_DECLINED) + " declined, " + tally.get(Tallied.INVITATIONS_UNANSWERED)
        + " left unanswered");
    int applications = tally.get(Tallied.MENTOR_APPLICATIONS) + tally.get(Tallied.MENTEE_APPLICATIONS);
    line("Applications", applications + ": " + tally.get(Tallied.MENTOR_APPLICATIONS) + " as mentor, "
        + tally.get(Tallied.MENTEE_APPLICATIONS) + " as mentee; " + tally.get(Tallied.CONSENTS)
        + " consented to describe their ethnicity");
    line("Pairs", tally.get(Tallied.PAIRS_STARTED) + " started; "
        + count(tally.get(Tallied.AGREEMENTS_CONFIRMED), "agreement") + " confirmed, "
        + count(tally.get(Tallied.AGREEMENT_CHANGES), "change") + " asked for, "
        + count(tally.get(Tallied.AGREEMENT_REVISIONS), "later revision") + " proposed");
    line("Kick-off workshops", tally.get(Tallied.WORKSHOP_ATTENDANCES) + " attended, "
        + tally.get(Tallied.WORKSHOP_ABSENCES) + " absent");
    line("Pre-reading", tally.get(Tallied.PRE_READING_DONE) + " mentees marked it done, "
        + tally.get(Tallied.PRE_READING_LEFT_OPEN) + " left it open");
    line("Knowledge sessions", tally.get(Tallied.KNOWLEDGE_SESSIONS_HELD) + " held, "
        + tally.get(Tallied.KNOWLEDGE_SESSION_ATTENDANCES) + " attendances");
    line("Sessions", tally.get(Tallied.SESSIONS_HELD) + " held, "
        + count(tally.get(Tallied.PERIODS_LEFT_OPEN), "period") + " missed (left open); "
        + count(tally.get(Tallied.REFLECTIONS_WRITTEN), "private reflection") + " written");
    line("Concerns", tally.get(Tallied.CONCERNS_RAISED) + " raised with the EDI lead, "
        + tally.get(Tallied.CONCERNS_ACKNOWLEDGED) + " acknowledged ("
        + tally.get(Tallied.CONCERNS_ACKNOWLEDGED_LATE) + " after the deadline), "
        + tally.get(Tallied.CONCERNS_RESOLVED) + " resolved");
    line("Recognition", count(tally.get(Tallied.RECOGNITIONS_SENT), "record") + " sent to the learning system");
    line("Pairs ended early", String.valueOf(tally.get(Tallied.PAIRS_ENDED_EARLY)));
    line("Check-ins", count(tally.get(Tallied.CHECK_INS), "check-in") + " after two missed periods, "
        + count(tally.get(Tallied.PAIRS_ENDED_AT_CHECK_IN), "pairing") + " ended there");
    line("Midpoint pulse", tally.get(Tallied.PULSES_ANSWERED) + " answered");
    line("Support asked for", count(tally.get(Tallied.SUPPORT_REQUESTS), "time") + " (\"this pairing isn't working\")");
    line("Surveys", tally.get(Tallied.SURVEYS_ANSWERED) + " answered, " + tally.get(Tallied.SURVEYS_UNANSWERED)
        + " left unanswered");
    line("Before -> after (sandbox-only)", scores(tally.surveyScores()));
    line("Notifications", result.notifications() + ": " + result.notificationsByTopic().entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
    line("Calendar invites", result.calendarInvites() + " for " + count(result.calendarEvents(), "event") + " ("
        + result.protectedTimeHoldInvites() + " for " + count(result.protectedTimeHolds(), "protected-time hold")
        + ")");
    line("Ambassadors", tally.get(Tallied.AMBASSADORS_ACCEPTED) + " accepted, "
        + tally.get(Tallied.AMBASSADORS_DECLINED) + " declined");
    line("Waitlist offered a place", tally.get(Tallied.PLACES_CONFIRMED) + " confirmed, "
        + tally.get(Tallied.PLACES_DECLINED) + " declined");
    line("Rollout decisions",
        tally.rolloutDecisions().isEmpty() ? "none" : String.join(", ", tally.rolloutDecisions()));
    if (tally.get(Tallied.RECRUITMENT_CAMPAIGNS_RECORDED) > 0) {
      line("Recruitment campaigns", tally.get(Tallied.RECRUITMENT_CAMPAIGNS_RECORDED)
          + " recorded by the communications contact");
    }
    if (tally.get(Tallied.LATE_ANSWERS) > 0) {
      line("Answers too late", String.valueOf(tally.get(Tallied.LATE_ANSWERS)));
    }
  }

  private static String scores(SurveyScores scores) {
    if (scores.respondents() == 0) {
      return "no answers";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < SurveyScores.MEASURES.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(String.format(Locale.UK, "%s %.1f -> %.1f (%.0f%% rose)",
          MEASURE_NAMES[i], scores.averageBefore(i), scores.averageAfter(i), 100 * scores.shareWhoRose(i)));
    }
    return text.toString();
  }

  private void run(SimulationResult result, Duration wallClock) {
    heading("Run");
    long days = ChronoUnit.DAYS.between(result.simulatedFrom(), result.simulatedTo());
    line("Simulated time", Formats.date(result.simulatedFrom()) + " to " + Formats.date(result.simulatedTo())
        + " (" + count(days, "day") + ")");
    line("Steps", count(result.tally().get(Tallied.TASKS_COMPLETED), "task") + " completed; timed work run "
        + count(result.tally().get(Tallied.TIMED_WORK_RUNS), "time"));
    line("Run took", Formats.duration(wallClock) + " (Flipside started in " + Formats.duration(result.flipsideStartup())
        + ", the programme ran in " + Formats.duration(result.simulation()) + ")");
    if (!result.completed()) {
      line("Stopped early", result.problem());
    }
    out.flush();
  }

  private static String count(long count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }

  private void line(String label, String value) {
    out.println("  " + label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length())) + value);
  }
}
