package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.flipside.api.Actor;
import org.flipside.api.CommitmentStatus;
import org.flipside.api.DeliveryRole;
import org.flipside.api.EventAudience;
import org.flipside.api.EventGuest;
import org.flipside.api.EventKind;
import org.flipside.api.EventPlan;
import org.flipside.api.Flipside;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchReason;
import org.flipside.api.MeasureUnit;
import org.flipside.api.NewCommitment;
import org.flipside.api.NewGuest;
import org.flipside.api.NewOutcomeMeasure;
import org.flipside.api.OutcomePoint;
import org.flipside.api.OutcomeStage;
import org.flipside.api.PartnerRole;
import org.flipside.api.PlannedEvent;
import org.flipside.api.UnmatchedApplicant;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.organisation.Representation;
import org.flipside.sandbox.organisation.SyntheticDirectory;
import org.flipside.spi.Employee;

/**
 * A seed programme's team at work through Flipside's API, beside the tasks its members answer: appointing the
 * delivery team, the liaison planning events and taking their registers, the HR admin letting the top of the
 * organisation be matched, the figures and commitments recorded over the years. The run tells it what happened; it
 * schedules its own later steps through the run.
 */
final class PresetTeam {

  private static final double ATTENDS = 0.85;
  private static final LocalTime EVENTS_START = LocalTime.of(10, 0);
  private static final String MEASURE_LEADERS_IN_COMMS = "leaders_in_staff_comms";
  private static final String MEASURE_BME_PARTNERS = "bme_partners";

  private final Flipside flipside;
  private final SimulatedClock clock;
  private final SimulationContext context;
  private final RecordingNotifier notifier;
  private final Partners partners;
  /** Plans a step of the team's at a time: the run takes it in its turn with the employees' answers. */
  private final BiConsumer<Instant, Runnable> schedule;
  private final PresetRecord record = new PresetRecord();
  private final Set<Integer> firstReview = new HashSet<>();
  private final List<String> trainers = new ArrayList<>();
  private String coach;
  private EventGuest speaker;
  private String programmeId;

  PresetTeam(Flipside flipside, SimulatedClock clock, SimulationContext context, RecordingNotifier notifier,
      Partners partners, BiConsumer<Instant, Runnable> schedule) {
    this.flipside = flipside;
    this.clock = clock;
    this.context = context;
    this.notifier = notifier;
    this.partners = partners;
    this.schedule = schedule;
  }

  private ProgrammePreset preset() {
    return context.settings.preset();
  }

  private Actor manager() {
    return Actor.of(context.cast.programmeManagerId());
  }

  private Instant now() {
    return clock.instant();
  }

  /** The programme exists: the pharmacy's delivery team is appointed, the baselines are taken. */
  void programmeCreated(String programmeId) {
    this.programmeId = programmeId;
    switch (preset()) {
      case PHARMACY -> appointDeliveryTeam();
      case INTERNAL -> {
        define(MEASURE_LEADERS_IN_COMMS, "Leaders featured in staff communications channels", MeasureUnit.COUNT,
            "Senior leaders who wrote or spoke in the staff bulletin, intranet or all-staff calls in the quarter");
        importPoint(OutcomeStage.SCOPING, "Baseline", MEASURE_LEADERS_IN_COMMS + ",,," + leadersInComms(0.1) + ",");
      }
      case RECIPROCAL -> {
        define(MEASURE_BME_PARTNERS, "BME staff who have taken part as partners", MeasureUnit.COUNT,
            "BME staff network members who completed a cohort of the programme");
        importPoint(OutcomeStage.SCOPING, "Baseline", representation() + MEASURE_BME_PARTNERS + ",,,0,\n");
      }
    }
  }

  /** A task was found; the team may act on what it shows before its holder answers it. */
  void taskFound(FoundTask found) {
    if (!Forms.REVIEW_MATCHES.equals(found.formId()) || !firstReview.add(context.cohort())) {
      return;
    }
    if (preset() == ProgrammePreset.INTERNAL) {
      letTheTopBeMatched();
    } else if (preset() == ProgrammePreset.RECIPROCAL && context.cohort() > 1) {
      allowTheCascadeInFull();
    }
  }

  /**
   * The cascade takes every BME colleague who applied: for each mentee the proposal left without a partner, the HR
   * admin allows a pair with each of the cascade's mentors, although a rule keeps them apart, and says why; the next
   * proposal then finds the mentee a mentor with room.
   */
  private void allowTheCascadeInFull() {
    MatchOverview proposal = flipside.matchReview().matches(manager(), programmeId);
    Set<String> mentors = new TreeSet<>();
    proposal.pairs().forEach(pair -> mentors.add(pair.mentor().employeeId()));
    proposal.unmatched().stream().filter(u -> u.role() == PartnerRole.MENTOR)
        .forEach(u -> mentors.add(u.person().employeeId()));
    for (UnmatchedApplicant mentee : proposal.unmatched()) {
      if (mentee.role() != PartnerRole.MENTEE) {
        continue;
      }
      for (String mentor : mentors) {
        flipside.matchReview().allowPair(manager(), programmeId, mentor, mentee.person().employeeId(),
            "The cascade takes every BME colleague who applied; they do not work together day to day");
      }
      record.step(now(), "HR admin allowed " + name(mentee.person().employeeId()) + " to be paired with any of the "
          + mentors.size() + " cascade's mentors although the rules kept them apart (" + mentee.reason() + ")");
    }
  }

  /** An answer was accepted. */
  void answered(Agenda.Entry entry) {
    String decision = String.valueOf(entry.answer().formData().get(Vars.DECISION.name()));
    if (Forms.REVIEW_MATCHES.equals(entry.formId()) && "publish".equals(decision)) {
      published();
    }
    if (Forms.REVIEW_EVALUATION.equals(entry.formId())
        && "finish".equals(entry.answer().formData().get(Vars.NEXT_STEP.name()))) {
      evaluated();
    }
  }

  /** Reads back what the run's end shows and hands the record over. */
  PresetRecord finish() {
    record.finished(notifier.recipientsOf(NotificationTopics.INVITATION_TO_APPLY),
        flipside.deliveryTeam().team(manager(), programmeId),
        flipside.events().attendance(manager(), programmeId), partners.rhythms());
    return record;
  }

  // --- the pharmacy programme: delivery team and planned events ---

  /**
   * The OD team's trainers, a coach and the communications contact who promotes recruitment from People and Culture,
   * and an external speaker as a guest.
   */
  private void appointDeliveryTeam() {
    String people = context.organisation.employee(context.cast.sponsorId()).orElseThrow().department();
    List<String> odTeam = context.organisation.employees().stream()
        .filter(employee -> employee.department().equals(people) && employee.managerId() != null)
        .map(Employee::id)
        .filter(id -> context.organisation.rolesOf(id).isEmpty())
        .limit(4)
        .toList();
    for (String trainer : odTeam.subList(0, Math.min(2, odTeam.size()))) {
      flipside.deliveryTeam().appoint(manager(), programmeId, DeliveryRole.TRAINER, trainer);
      trainers.add(trainer);
    }
    if (odTeam.size() > 2) {
      coach = odTeam.get(2);
      flipside.deliveryTeam().appoint(manager(), programmeId, DeliveryRole.COACH, coach);
    }
    boolean contact = odTeam.size() > 3;
    if (contact) {
      flipside.deliveryTeam().appoint(manager(), programmeId, DeliveryRole.COMMUNICATIONS_CONTACT, odTeam.get(3));
    }
    speaker = new EventGuest("Dr Amara Okafor", "amara.okafor@example.org");
    String guestId = flipside.deliveryTeam().registerGuest(manager(),
        new NewGuest(speaker.name(), speaker.email(), "Royal Pharmaceutical Society")).guestId();
    flipside.deliveryTeam().appoint(manager(), programmeId, DeliveryRole.SPEAKER, guestId);
    record.step(now(), "HR admin appointed " + trainers.size() + " OD trainers, " + (coach == null ? "no" : "a")
        + " coach, " + (contact ? "a" : "no") + " communications contact and an external speaker (a guest)");
  }

  /** The pairs are announced: a Fellow becomes liaison and plans the programme's events. */
  private void published() {
    MatchOverview matches = flipside.matchReview().matches(manager(), programmeId);
    int returning = (int) matches.pairs().stream()
        .filter(pair -> context.cast.partnerOf(pair.mentor().employeeId()).isPresent()).count();
    long unmatchedMentees = matches.unmatched().stream().filter(u -> u.role() == PartnerRole.MENTEE).count();
    record.matched(new PresetRecord.Matching(matches.cohortNumber(), matches.pairs().size(), (int) unmatchedMentees,
        returning, matches.unmatched().stream()
            .map(u -> u.role().name().toLowerCase(Locale.UK) + " " + name(u.person().employeeId()) + ": " + u.reason())
            .toList()));
    if (preset() == ProgrammePreset.INTERNAL) {
      String top = context.organisation.chiefExecutiveId();
      matches.pairs().stream().filter(pair -> pair.mentee().employeeId().equals(top)).findFirst()
          .ifPresent(pair -> record.topOfOrganisationPaired(pair.mentor().employeeId(),
              pair.reasons().stream().map(MatchReason::rule).toList()));
    }
    if (preset() == ProgrammePreset.PHARMACY && !matches.pairs().isEmpty()) {
      String liaison = matches.pairs().stream().map(pair -> pair.mentee().employeeId()).sorted().findFirst()
          .orElseThrow();
      flipside.deliveryTeam().appoint(manager(), programmeId, DeliveryRole.LIAISON, liaison);
      record.liaison(liaison);
      record.step(now(), "HR admin appointed " + name(liaison) + ", a Pharmacy Fellow taking part as a mentee,"
          + " as liaison");
      planEvents(Actor.of(liaison));
    }
  }

  /** The liaison's calendar, relative to the sessions: training, coaching, feedback sessions, a presentation. */
  private void planEvents(Actor liaison) {
    LocalDate sessionsStart = context.plan.sessionsStart();
    LocalDate sessionsEnd = sessionsStart.plusMonths(context.plan.durationMonths());
    LocalDate training = LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(10);
    String ediLead = context.cast.ediLeadId();
    plan(liaison, new EventPlan(EventKind.MENTOR_KICK_OFF, "Mentor training with the OD team",
        at(training), at(training).plus(Duration.ofHours(3)), "Teams", trainers, List.of(speaker),
        "How to approach the subjects and hold the conversations; an external speaker's experience",
        EventAudience.MENTORS, List.of()));
    for (int month : new int[] {2, 4}) {
      LocalDate day = sessionsStart.plusMonths(month).plusDays(7);
      plan(liaison, new EventPlan(EventKind.COACHING_SESSION, "Group coaching, month " + month, at(day),
          at(day).plus(Duration.ofHours(1)), "Teams", coach == null ? List.of() : List.of(coach), List.of(),
          "Structured activities and coaching for every participant", EventAudience.EVERYONE, List.of()));
    }
    LocalDate feedback = sessionsEnd.plusDays(7);
    plan(liaison, new EventPlan(EventKind.FEEDBACK_SESSION, "Feedback session for mentors", at(feedback),
        at(feedback).plus(Duration.ofHours(2)), "Teams", List.of(ediLead), List.of(),
        "What worked, what did not, what the Office should do next", EventAudience.MENTORS, List.of()));
    plan(liaison, new EventPlan(EventKind.FEEDBACK_SESSION, "Feedback session for mentees", at(feedback.plusDays(1)),
        at(feedback.plusDays(1)).plus(Duration.ofHours(2)), "Teams", List.of(ediLead), List.of(),
        "What worked, what did not, what the Office should do next", EventAudience.MENTEES, List.of()));
    LocalDate presentation = sessionsEnd.plusMonths(1).plusDays(14);
    plan(liaison, new EventPlan(EventKind.PRESENTATION, "Findings and recommendations to the National Pharmacy"
        + " Advisory Group", at(presentation), at(presentation).plus(Duration.ofHours(1)), "Wellington House",
        List.of(ediLead), List.of(new EventGuest("Chair, National Pharmacy Advisory Group", "npag.chair@example.org")),
        "The evaluation's themes and recommendations, for Chief Pharmacy Officers from ICBs",
        EventAudience.MENTEES, List.of()));
  }

  /** Plans the event, and the liaison's register of it the working day after. */
  private void plan(Actor liaison, EventPlan plan) {
    PlannedEvent event = flipside.events().plan(liaison, programmeId, plan);
    record.step(now(), "Liaison planned \"" + event.title() + "\" for " + event.start().atZone(ZoneOffset.UTC)
        .toLocalDate() + " (" + event.attendeeIds().size() + " invited)");
    Instant register = WorkingHours.atOrAfter(event.end().plus(Duration.ofHours(18)),
        context.dice.random("register", event.title()));
    schedule.accept(register, () -> takeRegister(liaison, event));
  }

  private void takeRegister(Actor liaison, PlannedEvent event) {
    Set<String> came = new HashSet<>();
    for (String invitee : event.attendeeIds()) {
      if (context.dice.chance(ATTENDS, "attends", event.title(), invitee)) {
        came.add(invitee);
      }
    }
    try {
      flipside.events().recordAttendance(liaison, event.id(), came);
    } catch (ValidationException refused) {
      throw new SimulationStalled("Flipside refused the register of \"" + event.title() + "\": "
          + refused.getMessage(), refused);
    }
    record.step(now(), "Liaison took the register of \"" + event.title() + "\": " + came.size() + " of "
        + event.attendeeIds().size() + " came");
  }

  private static Instant at(LocalDate day) {
    LocalDate working = day;
    while (working.getDayOfWeek().getValue() > 5) {
      working = working.plusDays(1);
    }
    return working.atTime(EVENTS_START).toInstant(ZoneOffset.UTC);
  }

  // --- the internal programme: the top of the organisation ---

  /**
   * The HR admin reads the proposal: when the managing director applied and is left unmatched because everyone
   * reports to them, lets the top of the organisation be matched; the review then asks for a new proposal.
   */
  private void letTheTopBeMatched() {
    String top = context.organisation.chiefExecutiveId();
    MatchOverview proposal = flipside.matchReview().matches(manager(), programmeId);
    boolean unmatched = proposal.unmatched().stream().anyMatch(u -> u.person().employeeId().equals(top));
    if (unmatched) {
      flipside.matchReview().limitLineChain(manager(), programmeId, 0, true);
      record.step(now(), "HR admin let the top of the organisation (" + name(top) + ") be matched: the"
          + " line-chain rule still keeps everyone else apart from their managers");
    }
  }

  // --- outcomes over the years ---

  /** A cohort's evaluation finished: its figures (and for the internal programme, the commitments) are recorded. */
  private void evaluated() {
    switch (preset()) {
      case INTERNAL -> {
        importPoint(OutcomeStage.EVALUATION, "Evaluation", MEASURE_LEADERS_IN_COMMS + ",,,"
            + (leadersInComms(0.1) + context.tally.get(Tallied.PAIRS_STARTED) / 2) + ",");
        commit("A joint blog sharing what the pair learnt", "one pair", CommitmentStatus.IN_PROGRESS);
        commit("Addressing all staff at the Race Equality event about what they have learnt", "the managing director",
            CommitmentStatus.PLANNED);
      }
      case RECIPROCAL -> {
        importPoint(OutcomeStage.EVALUATION, "Cohort " + context.cohort() + " evaluation",
            representation() + MEASURE_BME_PARTNERS + ",,," + bmePartners() + ",\n");
        if (context.cohort() == preset().cohorts()) {
          Instant followUp = WorkingHours.atOrAfter(now().atZone(ZoneOffset.UTC).plusYears(1).toInstant(),
              context.dice.random("follow-up"));
          schedule.accept(followUp, () -> importPoint(OutcomeStage.FOLLOW_UP, "Follow-up",
              representation() + MEASURE_BME_PARTNERS + ",,," + bmePartners() + ",\n"));
        }
      }
      default -> { }
    }
  }

  private void define(String code, String label, MeasureUnit unit, String description) {
    flipside.reports().defineMeasure(manager(), programmeId, new NewOutcomeMeasure(code, label, unit, description));
  }

  private void importPoint(OutcomeStage stage, String label, String rows) {
    LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
    String period = label + " " + today.getYear();
    flipside.reports().importOutcomesAt(manager(), programmeId, new OutcomePoint(stage, period, today),
        "measure,group,band,value,people\n" + rows);
    for (String row : rows.split("\n")) {
      String[] cells = row.split(",", -1);
      record.outcome(cells[0] + (cells[2].isEmpty() ? "" : " (" + cells[2] + ")"), period + ": " + cells[3]);
    }
    record.step(now(), "HR admin recorded the " + period + " figures");
  }

  private void commit(String description, String madeBy, CommitmentStatus status) {
    flipside.reports().recordCommitment(manager(), programmeId, new NewCommitment(description, madeBy, status,
        null));
    record.commitment(madeBy + ": " + description + " (" + status.name().toLowerCase(Locale.UK).replace('_', ' ')
        + ")");
  }

  /** The synthetic organisation's representation rows; its workforce does not change while the programme runs. */
  private String representation() {
    Representation figures = context.figures;
    return String.format(Locale.UK, "representation,BME,Bands 8-9 and VSM,%.2f,\n"
        + "representation,BME,Whole workforce,%.2f,\n", 100 * figures.minorityShareOfSeniorBands(),
        100 * figures.minorityShareOfWorkforce());
  }

  /** Network members among the partners so far. */
  private long bmePartners() {
    return context.cast.paired().stream()
        .filter(id -> context.directory.groupsOf(id).contains(SyntheticDirectory.BME_NETWORK)).count();
  }

  /** Leaders featured in staff communications in a quarter, drawn per leader. */
  private long leadersInComms(double chance) {
    return context.organisation.employees().stream().filter(employee -> employee.band() >= 8)
        .filter(employee -> context.dice.chance(chance, "comms", employee.id())).count();
  }

  private String name(String employeeId) {
    return context.organisation.employee(employeeId).map(Employee::displayName).orElse(employeeId);
  }
}
