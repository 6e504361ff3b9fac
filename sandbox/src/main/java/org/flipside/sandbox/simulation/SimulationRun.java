package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.Flipside;
import org.flipside.api.FocusDimension;
import org.flipside.api.MatchedPair;
import org.flipside.api.NewProgramme;
import org.flipside.api.NotFoundException;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.Stage;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.bpmn.vocabulary.Vars;

/**
 * The run loop. After every step it looks for new tasks in the inboxes of whoever the step could
 * have given one, and plans each simulated employee's answer. Then it takes the next thing to
 * happen: the earliest planned answer, or, when timed work falls due first, it moves the clock
 * there and runs it. The programme is over when neither is left.
 *
 * <p>Looking into every applicant's inbox after every step would cost most of the run, so a step
 * looks only where it can have put a task: the inboxes of whoever was just notified, and of those
 * the step concerns: the programme manager after an invitee's or respondent's answer, the pair
 * after a step on its journey, the manager, the sponsor and every pair after a staff step, the
 * manager, the sponsor and the pairs whose period just ended after timed work. A participant's survey, pre-reading
 * or ambassador reply concerns the participant, their partner and the staff, and every pair only when it is the last
 * answer to that form the simulation plans: answering one of a thousand pairs' surveys does not look into two
 * thousand inboxes. Before the run counts as stuck it looks into every applicant's and staff member's inbox once
 * more.
 */
final class SimulationRun {

  /** How the agenda marks a step of a seed programme's team, which answers no task. */
  private static final String TEAM_STEP = "sandbox-team-step";

  /** Steps in a row that move neither the clock nor the programme before the run counts as stuck. */
  private static final int PATIENCE = 50;
  private static final Period LONGEST_RUN = Period.ofYears(10);
  /** The notification that tells both partners they are a pair. */
  /** How likely a pair that just logged a session is to say, once, that their pairing isn't working. */
  private static final double ASKS_FOR_SUPPORT = 0.1;

  private final Flipside flipside;
  private final SimulatedClock clock;
  private final RecordingNotifier notifier;
  private final SimulationContext context;
  private final Inboxes inboxes;
  private final Partners partners;
  private final Agenda agenda = new Agenda();
  private final Map<String, Responder> responders = new HashMap<>();
  private final Set<String> askedForSupport = new HashSet<>();
  private final ConcernRaiser concernRaiser;
  private final PairAfterthoughts afterthoughts;
  /**
   * Invitees told of their invitation before it was in their inbox: the lifecycle starts invitations a batch at a
   * time, the later batches as timed work; they look again once that has run.
   */
  private final Set<String> awaitingInvitation = new TreeSet<>();
  private final RunWatch watch;
  /** Each partner's pair in the cohort {@link #pairingsCohort}, as last read. */
  private final Map<String, MatchedPair> pairsByPartner = new HashMap<>();
  /** A seed programme's team, or {@code null} for the default pilot. */
  private final PresetTeam presetTeam;
  private int pairingsCohort = -1;
  /**
   * The introductions sent when the pairs were last read: a new one means a new pair. Any later message to someone
   * introduced (a reminder, a missed session) changes no pair, and reading a thousand pairs again after each made
   * the sessions quadratic.
   */
  private int introductionsRead = -1;
  private String programmeId;

  SimulationRun(Flipside flipside, SimulatedClock clock, RecordingNotifier notifier, SimulationContext context,
      RunWatch watch) {
    this.watch = watch;
    this.flipside = flipside;
    this.clock = clock;
    this.notifier = notifier;
    this.context = context;
    this.inboxes = new Inboxes(flipside.inbox(), watch);
    this.partners = new Partners(context);
    this.concernRaiser = new ConcernRaiser(flipside.concerns(), context);
    this.afterthoughts = new PairAfterthoughts(flipside.learningAgreements(), flipside.reflections(), context);
    for (Responder responder : List.of(new ProgrammeManager(context), new Sponsor(context), new Invitee(context),
        partners, new Respondent(context), new PreReader(context), new EdiLead(context),
        new PilotAmbassador(context), new WaitlistedApplicant(context), new CommunicationsContact(context),
        new Liaison(context))) {
      responder.formIds().forEach(formId -> responders.put(formId, responder));
    }
    this.presetTeam = context.settings.preset() == null ? null : new PresetTeam(flipside, clock, context, notifier,
        partners, (at, step) -> agenda.plan(null, TEAM_STEP, new PlannedAnswer(at, context.cast.programmeManagerId(),
            Map.of(), step)));
  }

  /** Creates the pilot, or the seed programme, as the programme manager. */
  String createProgramme() {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    ProgrammePreset preset = context.settings.preset();
    boolean reciprocal = preset != null && preset.mode() == ProgrammeMode.RECIPROCAL;
    String id = flipside.programmes().create(Actor.of(context.cast.programmeManagerId()), new NewProgramme(
        (preset == null ? "Reverse mentoring pilot" : preset.programmeName()) + " " + year,
        preset == null ? ProgrammeMode.REVERSE : preset.mode(), Set.of(FocusDimension.RACE_AND_ETHNICITY),
        reciprocal ? "reciprocal mentor" : "reverse mentor", reciprocal ? "reciprocal mentee" : "reverse mentee",
        context.cast.sponsorId())).id();
    if (presetTeam != null) {
      presetTeam.programmeCreated(id);
    }
    return id;
  }

  /** What a seed programme's team did and read back, once the run ended; {@code null} for the default pilot. */
  PresetRecord presetRecord() {
    return presetTeam == null ? null : presetTeam.finish();
  }

  /**
   * Runs the programme until it is closed or cancelled.
   *
   * @throws SimulationStalled when it cannot get there
   */
  void runToEnd(String programmeId) {
    runUntil(programmeId, null);
  }

  /**
   * Runs the programme until it reaches the stage (or a later one, or ends); until it ends when the stage is
   * {@code null}. What the simulated employees planned but had not yet answered stays open in their inboxes.
   *
   * @throws SimulationStalled when it cannot get there
   */
  void runUntil(String programmeId, Stage until) {
    this.programmeId = programmeId;
    Instant giveUpAt = clock.instant().atZone(ZoneOffset.UTC).plus(LONGEST_RUN).toInstant();
    int idleSteps = 0;
    planAnswersToNewTasks(context.cast.staff());
    while ((until == null || !reached(until)) && watch.goOn()) {
      Optional<Agenda.Entry> answer = agenda.next();
      Optional<Instant> due = flipside.dueWork().nextDueAt();
      if (answer.isPresent() && (due.isEmpty() || !answer.get().at().isAfter(due.get()))) {
        Agenda.Entry entry = agenda.take();
        boolean taken = submit(entry);
        Set<String> concerned = new HashSet<>(concernedBy(entry));
        if (taken && askForSupport(entry)) {
          concerned.add(context.cast.programmeManagerId());
        }
        if (taken && continuesAfterSession(entry)) {
          pairingOf(entry.answer().actorId())
              .flatMap(pairing -> afterthoughts.after(entry.answer().actorId(), pairing))
              .ifPresent(concerned::add);
        }
        planAnswersToNewTasks(concerned);
        idleSteps = 0;
      } else if (answer.isEmpty() && (due.isEmpty() || longAfter(due.get())) && ended(programmeId)) {
        // what stays due for a closed programme is erasing its personal data, a retention period (a month or more)
        // away; asking for the programme's stage only before such a leap keeps the loop cheap
        return;
      } else if (due.isPresent()) {
        boolean moved = clock.advanceTo(due.get());
        int ran = flipside.dueWork().runDue();
        context.tally.add(Tallied.TIMED_WORK_RUNS);
        Set<String> concerned = partners.membersDueBy(clock.instant());
        concerned.addAll(managerAndSponsor());
        concerned.addAll(awaitingInvitation);
        // every batch of invitations was due at once: who still has none was not invited after all
        awaitingInvitation.clear();
        planAnswersToNewTasks(concerned);
        partners.forgetFinishedBy(clock.instant());
        idleSteps = moved || ran > 0 ? 0 : idleSteps + 1;
      } else if (planAnswersToNewTasks(context.cast.regulars()) == 0) {
        throw new SimulationStalled("The programme is stuck in " + stage(programmeId) + " on " + clock.instant()
            + ": no simulated employee has a task to answer and no timed work is due.");
      }
      if (idleSteps > PATIENCE) {
        throw new SimulationStalled("Timed work due at " + due.orElse(null) + " keeps failing in stage "
            + stage(programmeId) + "; see Flipside's warnings above.");
      }
      if (clock.instant().isAfter(giveUpAt)) {
        throw new SimulationStalled("The programme is still in " + stage(programmeId) + " after " + LONGEST_RUN
            + " of simulated time.");
      }
    }
  }

  /** Whose inbox an answer could have put a task in, besides whoever was notified. */
  private Set<String> concernedBy(Agenda.Entry entry) {
    String actor = entry.answer().actorId();
    return switch (entry.formId()) {
      // the last invitee or respondent to answer moves the programme on to the manager's review
      case Forms.APPLICATION, Forms.FINAL_SURVEY -> Set.of(context.cast.programmeManagerId());
      // a mentee's first draft comes before the simulation has seen the pair together: the match review names the
      // partner, where looking into every paired inbox after each of a thousand drafts would make the run quadratic
      case Forms.LEARNING_AGREEMENT, Forms.CONFIRM_AGREEMENT, Forms.LOG_SESSION -> context.cast.partnerOf(actor)
          .or(() -> matchedPartnerOf(actor))
          .<Set<String>>map(partner -> Set.of(actor, partner))
          .orElseGet(context.cast::paired);
      // the last participant to answer can move every pair on; the others only themselves
      case Forms.BASELINE_SURVEY, Forms.PULSE_SURVEY, Forms.PRE_READING, Forms.AMBASSADOR_INVITATION -> {
        Set<String> concerned = agenda.plans(entry.formId()) ? new HashSet<>() : context.cast.paired();
        concerned.add(actor);
        context.cast.partnerOf(actor).ifPresent(concerned::add);
        concerned.addAll(managerAndSponsor());
        yield concerned;
      }
      // a staff step can lead to the other's step, or start or move every pair's journey
      default -> {
        Set<String> concerned = context.cast.paired();
        concerned.addAll(managerAndSponsor());
        yield concerned;
      }
    };
  }

  /** Whether the employee was told so far that they are invited to apply, or that the window was extended. */
  private boolean invited(String employeeId) {
    return notifier.hasReceived(NotificationTopics.INVITATION_TO_APPLY, employeeId)
        || notifier.hasReceived(NotificationTopics.APPLICATION_WINDOW_EXTENDED, employeeId);
  }

  /** The two staff members Flipside assigns tasks to. */
  private Set<String> managerAndSponsor() {
    return Set.of(context.cast.programmeManagerId(), context.cast.sponsorId());
  }

  /** Plans answers to the new tasks of these employees and of whoever was just notified; returns how many. */
  private int planAnswersToNewTasks(Set<String> employeeIds) {
    SortedSet<String> people = new TreeSet<>(employeeIds);
    SortedSet<String> notified = notifier.takeRecentRecipients();
    people.addAll(notified);
    // whoever was introduced to a partner is in a pair; each introduction shows once among the notified
    List<String> introduced = notified.stream()
        .filter(id -> notifier.hasReceived(NotificationTopics.MATCH_INTRODUCTION, id)).toList();
    context.cast.inPair(introduced);
    List<FoundTask> tasks = inboxes.newTasks(people);
    notified.removeIf(id -> !invited(id));
    awaitingInvitation.addAll(notified);
    tasks.stream().filter(found -> Forms.APPLICATION.equals(found.formId()))
        .forEach(found -> awaitingInvitation.removeAll(found.seenBy()));
    for (FoundTask found : tasks) {
      if (presetTeam != null) {
        presetTeam.taskFound(found);
      }
      Responder responder = responders.get(found.formId());
      if (responder == null) {
        throw new SimulationStalled("The sandbox has no simulated answer for the form " + found.formId()
            + " (task \"" + found.task().name() + "\" for " + found.seenBy() + ").");
      }
      responder.respond(found).ifPresent(answer -> agenda.plan(found.id(), found.formId(), answer));
    }
    return tasks.size();
  }

  /**
   * Now and then a partner who just logged a session tells the programme manager, privately, that the pairing
   * isn't working; each pair says so at most once.
   *
   * @return whether they asked
   */
  private boolean askForSupport(Agenda.Entry entry) {
    String actor = entry.answer().actorId();
    if (!continuesAfterSession(entry) || askedForSupport.contains(actor)
        || !context.dice.chance(ASKS_FOR_SUPPORT, "support", actor, context.cohort())) {
      return false;
    }
    Optional<String> pairing = pairingOf(actor);
    if (pairing.isEmpty()) {
      return false;
    }
    askedForSupport.add(actor);
    context.cast.partnerOf(actor).ifPresent(askedForSupport::add);
    flipside.pairSupport().saySupportNeeded(Actor.of(actor), pairing.get(), Phrases.SUPPORT_NOTE);
    context.tally.add(Tallied.SUPPORT_REQUESTS);
    return true;
  }

  private static boolean continuesAfterSession(Agenda.Entry entry) {
    return Forms.LOG_SESSION.equals(entry.formId())
        && "continue".equals(entry.answer().formData().get(Vars.CONTINUE_PAIRING.name()));
  }

  /**
   * The pairing the partner is in, as the programme manager sees it. The cohort's pairs are read once and again only
   * for a partner not among them, in a new cohort or after an introduction: reading a thousand pairs after each of their sessions would
   * make the run quadratic in the cohort's size.
   */
  private Optional<String> pairingOf(String partnerId) {
    return matchedPair(partnerId).map(MatchedPair::pairingId);
  }

  /** The other partner of the partner's pair, as the programme manager sees it. */
  private Optional<String> matchedPartnerOf(String partnerId) {
    return matchedPair(partnerId).map(pair -> pair.mentor().employeeId().equals(partnerId)
        ? pair.mentee().employeeId() : pair.mentor().employeeId());
  }

  private Optional<MatchedPair> matchedPair(String partnerId) {
    int introductions = notifier.count(NotificationTopics.MATCH_INTRODUCTION);
    if (pairingsCohort != context.cohort() || introductionsRead != introductions
        || !pairsByPartner.containsKey(partnerId)) {
      pairingsCohort = context.cohort();
      introductionsRead = introductions;
      pairsByPartner.clear();
      for (MatchedPair pair : flipside.matchReview()
          .matches(Actor.of(context.cast.programmeManagerId()), programmeId).pairs()) {
        pairsByPartner.putIfAbsent(pair.mentor().employeeId(), pair);
        pairsByPartner.putIfAbsent(pair.mentee().employeeId(), pair);
      }
    }
    return Optional.ofNullable(pairsByPartner.get(partnerId));
  }

  /** Submits the answer; returns false when Flipside had closed the task meanwhile. */
  private boolean submit(Agenda.Entry entry) {
    PlannedAnswer answer = entry.answer();
    clock.advanceTo(answer.at());
    if (entry.taskId() == null) {
      answer.onSubmitted().run();
      return true;
    }
    watch.answering(entry.formId());
    try {
      flipside.inbox().complete(Actor.of(answer.actorId()), entry.taskId(), answer.formData());
    } catch (NotFoundException closedMeanwhile) {
      // the window's timer closed the task before the simulated employee got round to it
      context.tally.add(Tallied.LATE_ANSWERS);
      return false;
    } catch (ValidationException | AccessDeniedException refused) {
      throw new SimulationStalled("Flipside refused " + answer.actorId() + "'s answer to " + entry.formId()
          + " " + answer.formData() + ": " + refused.getMessage(), refused);
    }
    context.tally.add(Tallied.TASKS_COMPLETED);
    answer.onSubmitted().run();
    if (presetTeam != null) {
      presetTeam.answered(entry);
    }
    if (entry.formId().equals(Forms.LOG_SESSION) && concernRaiser.perhapsRaise(answer.actorId(), programmeId)) {
      planAnswersToNewTasks(Set.of(context.cast.ediLeadId()));
    }
    return true;
  }

  private boolean longAfter(Instant due) {
    return due.isAfter(clock.instant().plus(Duration.ofDays(28)));
  }

  /** Whether the programme is at the stage or past it; a programme that ended is past every stage. */
  private boolean reached(Stage until) {
    Stage stage = stage(programmeId);
    return stage.compareTo(until) >= 0 || stage == Stage.CLOSED || stage == Stage.CANCELLED;
  }

  private boolean ended(String programmeId) {
    Stage stage = stage(programmeId);
    return stage == Stage.CLOSED || stage == Stage.CANCELLED;
  }

  private Stage stage(String programmeId) {
    return flipside.programmes().status(Actor.of(context.cast.programmeManagerId()), programmeId).stage();
  }
}
