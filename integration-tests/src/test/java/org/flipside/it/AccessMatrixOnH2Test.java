package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.DATA_PROTECTION_OFFICER;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.COACH;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.EDI_LEAD;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.GUEST_TRAINER;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.LIAISON;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.MENTEE;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.MENTOR;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.OTHER_HR_ADMIN;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.OTHER_PAIR;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.OTHER_SPONSOR;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.PROCESS_OWNER;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.PROGRAMME_MANAGER;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.SPONSOR;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.UNKNOWN;
import static org.flipside.it.AccessMatrixOnH2Test.Caller.UNRELATED;
import static org.flipside.it.AccessMatrixOnH2Test.Outcome.ALLOWED;
import static org.flipside.it.AccessMatrixOnH2Test.Outcome.DENIED;
import static org.flipside.it.AccessMatrixOnH2Test.Outcome.NOT_FOUND;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flipside.api.PartnerRole;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.AgreementTerms;
import org.flipside.api.Concerns;
import org.flipside.api.DeliveryRole;
import org.flipside.api.DeliveryTeam;
import org.flipside.api.DueWork;
import org.flipside.api.EventKind;
import org.flipside.api.HostEvents;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.NewGuest;
import org.flipside.api.NewProgramme;
import org.flipside.api.NewSurveyQuestion;
import org.flipside.api.NotFoundException;
import org.flipside.api.OpenTask;
import org.flipside.api.Operations;
import org.flipside.api.PairSupport;
import org.flipside.api.PrivateReflections;
import org.flipside.api.Privacy;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProgrammeService;
import org.flipside.api.Reports;
import org.flipside.api.TaskInbox;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.spi.FlipsideRoles;
import org.flipside.api.Flipside;
import org.flipside.embed.FlipsideView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The access matrix: every method of every API service, called by every kind of caller, is one generated test
 * with the outcome its rule expects: {@code ALLOWED} (the call returns, or refuses only its input with a
 * {@link ValidationException}, which shows the caller got past the access check), {@code DENIED}
 * ({@link AccessDeniedException}) or {@code NOT_FOUND} ({@link NotFoundException}). Anything else fails.
 *
 * <p>The services are found by reflection from {@link Flipside}'s accessors, so a new service or a new method
 * without a rule fails {@link #everyApiMethodHasARule()}. To add a service's rules: write one method like
 * {@link #concerns()} (one {@code rule(...)} per API method: how to call it, who gets in) and add it to
 * {@link #rules()}. A caller a rule leaves out is {@code DENIED}; a call without an actor is always denied.
 *
 * <p>All run on one pilot in its sessions, with two pairs: the mentor finance-1 and the mentee dir-ops, and
 * ops-1 with mgr-finance; its delivery team has a liaison, a coach and a guest trainer from outside the directory. Calls that change something are given input that the service refuses after its
 * access check where it checks in that order, so the world stays the same for every caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixOnH2Test {

  /** Every kind of caller, and who plays it in the test organisation. */
  enum Caller {
    MENTOR(TestOrganisation.FINANCE_1),
    MENTEE(TestOrganisation.DIR_OPS),
    OTHER_PAIR(TestOrganisation.OPS_1),
    UNRELATED(TestOrganisation.OPS_2),
    PROGRAMME_MANAGER(TestOrganisation.HR),
    OTHER_HR_ADMIN(TestOrganisation.MGR_OPS),
    SPONSOR(TestOrganisation.CEO),
    OTHER_SPONSOR(TestOrganisation.DIR_FINANCE),
    EDI_LEAD(TestOrganisation.EDI),
    PROCESS_OWNER("process-owner"),
    /** The programme's liaison: an employee on its delivery team, who sees no pairing. */
    LIAISON("liaison"),
    /** A coach on the programme's delivery team. */
    COACH("coach"),
    /** The programme's communications contact, who runs its recruitment campaign and sees nothing of the pairs. */
    COMMUNICATIONS_CONTACT("communications-contact"),
    /** An external trainer from outside the directory, acting under the id Flipside issued them. */
    GUEST_TRAINER(null),
    DATA_PROTECTION_OFFICER("data-protection-officer"),
    UNKNOWN("nobody-the-directory-knows"),
    NO_ACTOR(null);

    final String employeeId;

    Caller(String employeeId) {
      this.employeeId = employeeId;
    }

    Actor actor() {
      if (this == GUEST_TRAINER) {
        return Actor.of(guestId);
      }
      return employeeId == null ? null : Actor.of(employeeId);
    }
  }

  enum Outcome { ALLOWED, DENIED, NOT_FOUND }

  /** One API call, made by a caller in the test's world. */
  @FunctionalInterface
  interface Call {
    void on(Flipside flipside, Actor actor, World world);
  }

  /** The ids the calls name. */
  record World(String programmeId, String pairingId, String reflectionId, String taskId, String definitionId,
      String eventId) {}

  /** What each caller gets from one API method. */
  record Rule(Class<?> api, String method, Call call, Map<Caller, Outcome> expected) {

    /** A method the host calls on no one's behalf: it takes no actor. */
    boolean hostOnly() {
      return call == null;
    }

    Rule but(Outcome outcome, Caller... callers) {
      Map<Caller, Outcome> changed = new EnumMap<>(expected);
      Arrays.stream(callers).forEach(caller -> changed.put(caller, outcome));
      return new Rule(api, method, call, changed);
    }
  }

  /** The id Flipside issued the guest trainer, known once the world is set up. */
  private static String guestId;

  private FlipsideHost host;
  private World world;
  /** The steps the liaison was given as the world was set up: the kick-off plan and the registers. */
  private final List<OpenTask> liaisonsSteps = new ArrayList<>();

  @BeforeAll
  void aPilotInItsSessions() {
    host = new FlipsideHost(TestDatabase.h2());
    String programmeId = host.pilotAwaitingMatchReview();
    appointTheDeliveryTeam(programmeId);
    host.complete(TestOrganisation.HR, Forms.REVIEW_MATCHES, Map.of(Vars.DECISION.name(), "publish"));
    liaisonsSteps.addAll(host.tasks(LIAISON.employeeId, Forms.KICK_OFF_PLAN));
    Map<String, Object> plan = new HashMap<>(liaisonsSteps.get(0).data());
    plan.remove(Vars.KICK_OFF_PLAN_BRIEF.name());
    host.complete(LIAISON.employeeId, Forms.KICK_OFF_PLAN, plan);
    host.passTimeTo(Instant.parse("2027-02-24T12:00:00Z"));
    liaisonsSteps.addAll(host.tasks(LIAISON.employeeId, Forms.WORKSHOP_ATTENDANCE));
    SeedReplay.takeRegisters(host, LIAISON.employeeId);
    host.agree(TestOrganisation.DIR_OPS, TestOrganisation.FINANCE_1);
    host.agree(TestOrganisation.MGR_FINANCE, TestOrganisation.OPS_1);
    host.passTimeTo(Instant.parse("2027-03-10T09:00:00Z"));
    host.organisation.add(PROCESS_OWNER.employeeId, 6, "Band 6", "People", TestOrganisation.CEO);
    host.organisation.grant(PROCESS_OWNER.employeeId, FlipsideRoles.PROCESS_OWNER);
    host.organisation.add(DATA_PROTECTION_OFFICER.employeeId, 7, "Band 7", "Governance", TestOrganisation.CEO);
    host.organisation.grant(DATA_PROTECTION_OFFICER.employeeId, FlipsideRoles.DATA_PROTECTION_OFFICER);
    host.organisation.grant(OTHER_HR_ADMIN.employeeId, FlipsideRoles.HR_ADMIN);
    host.organisation.grant(OTHER_SPONSOR.employeeId, FlipsideRoles.SPONSOR);
    Actor mentor = MENTOR.actor();
    String pairingId = host.flipside.learningAgreements().partnerships(mentor).get(0).pairingId();
    world = new World(programmeId, pairingId,
        host.flipside.reflections().write(mentor, pairingId, "What I learnt this month").id(),
        host.task(MENTEE.employeeId, Forms.LOG_SESSION).id(),
        host.flipside.processLibrary().versions(PROGRAMME_MANAGER.actor()).get(0).definitionId(),
        host.flipside.events().events(PROGRAMME_MANAGER.actor(), programmeId).get(0).id());
  }

  /** A liaison, a coach and a communications contact from the directory, and an external trainer as a guest. */
  private void appointTheDeliveryTeam(String programmeId) {
    Actor hr = PROGRAMME_MANAGER.actor();
    host.organisation.add(LIAISON.employeeId, 6, "Band 6", "Pharmacy", TestOrganisation.CEO);
    host.organisation.add(COACH.employeeId, 7, "Band 7", "Organisational development", TestOrganisation.CEO);
    guestId = host.flipside.deliveryTeam().registerGuest(hr,
        new NewGuest("Sam Okafor", "sam@training.example", "Inclusive Training Ltd")).guestId();
    host.flipside.deliveryTeam().appoint(hr, programmeId, DeliveryRole.LIAISON, LIAISON.employeeId);
    host.flipside.deliveryTeam().appoint(hr, programmeId, DeliveryRole.COACH, COACH.employeeId);
    host.flipside.deliveryTeam().appoint(hr, programmeId, DeliveryRole.TRAINER, guestId);
    host.organisation.add(Caller.COMMUNICATIONS_CONTACT.employeeId, 6, "Band 6", "Communications",
        TestOrganisation.CEO);
    host.flipside.deliveryTeam().appoint(hr, programmeId, DeliveryRole.COMMUNICATIONS_CONTACT,
        Caller.COMMUNICATIONS_CONTACT.employeeId);
  }

  @Test
  void theLiaisonPlannedTheKickOffsAndTookTheirRegistersInTheirOwnInbox() {
    assertThat(liaisonsSteps).extracting(OpenTask::formId)
        .containsExactly(Forms.KICK_OFF_PLAN, Forms.WORKSHOP_ATTENDANCE, Forms.WORKSHOP_ATTENDANCE);
    assertThat(host.flipside.events().attendance(PROGRAMME_MANAGER.actor(), world.programmeId()))
        .filteredOn(register -> register.kind() == EventKind.MENTOR_KICK_OFF
            || register.kind() == EventKind.MENTEE_KICK_OFF)
        .as("the registers the liaison took").isNotEmpty()
        .allSatisfy(register -> assertThat(register.recorded()).isTrue());
  }

  @AfterAll
  void stop() {
    host.close();
  }

  /** Every service's rules; a new service adds its own method here. */
  List<Rule> rules() {
    return Stream.of(programmes(), inbox(), dueWork(), matchReview(), learningAgreements(), reflections(),
        pairSupport(), hostEvents(), concerns(), reports(), processLibrary(), privacy(), deliveryTeam(), events(),
        operations())
        .flatMap(List::stream).toList();
  }

  private static final Caller[] HR_ADMINS = {PROGRAMME_MANAGER, OTHER_HR_ADMIN};
  private static final Caller[] PROGRAMME_TEAM = {PROGRAMME_MANAGER, OTHER_HR_ADMIN, LIAISON};
  private static final Caller[] FOLLOWERS = {PROGRAMME_MANAGER, OTHER_HR_ADMIN, SPONSOR, OTHER_SPONSOR};
  private static final Caller[] PARTNERS = {MENTOR, MENTEE};
  private static final Caller[] EVERYONE = Arrays.stream(Caller.values())
      .filter(caller -> caller != Caller.NO_ACTOR).toArray(Caller[]::new);

  List<Rule> programmes() {
    Class<?> api = ProgrammeService.class;
    return List.of(
        rule(api, "create", (f, a, w) -> f.programmes().create(a, new NewProgramme("", null, Set.of(), "", "", "")),
            HR_ADMINS),
        rule(api, "programmes", (f, a, w) -> f.programmes().programmes(a), EVERYONE),
        rule(api, "status", (f, a, w) -> f.programmes().status(a, w.programmeId()), FOLLOWERS),
        rule(api, "timeline", (f, a, w) -> f.programmes().timeline(a, w.programmeId()), FOLLOWERS),
        rule(api, "appoint", (f, a, w) -> f.programmes().appoint(a, w.programmeId(), null, ""), HR_ADMINS),
        rule(api, "rollout", (f, a, w) -> f.programmes().rollout(a, w.programmeId()), FOLLOWERS),
        rule(api, "scope", (f, a, w) -> f.programmes().scope(a, w.programmeId()), FOLLOWERS),
        rule(api, "surveyQuestions", (f, a, w) -> f.programmes().surveyQuestions(a, w.programmeId()), HR_ADMINS),
        rule(api, "addSurveyQuestion", (f, a, w) -> f.programmes().addSurveyQuestion(a, w.programmeId(),
            new NewSurveyQuestion("", "", null)), HR_ADMINS));
  }

  List<Rule> inbox() {
    Class<?> api = TaskInbox.class;
    return List.of(
        rule(api, "openTasks", (f, a, w) -> f.inbox().openTasks(a), EVERYONE),
        rule(api, "listTasks", (f, a, w) -> f.inbox().listTasks(a, 0, 10), EVERYONE),
        // either partner may log the pair's session
        rule(api, "task", (f, a, w) -> f.inbox().task(a, w.taskId()), PARTNERS),
        rule(api, "complete", (f, a, w) -> f.inbox().complete(a, w.taskId(), Map.of("notAField", 1)), PARTNERS));
  }

  List<Rule> dueWork() {
    return List.of(hostOnly(DueWork.class, "runDue"), hostOnly(DueWork.class, "nextDueAt"));
  }

  List<Rule> matchReview() {
    return List.of(rule(MatchReview.class, "matches", (f, a, w) -> f.matchReview().matches(a, w.programmeId()),
        HR_ADMINS),
        rule(MatchReview.class, "limitLineChain",
            (f, a, w) -> f.matchReview().limitLineChain(a, w.programmeId(), 99, false), HR_ADMINS),
        rule(MatchReview.class, "allowPair",
            (f, a, w) -> f.matchReview().allowPair(a, w.programmeId(), "", "", ""), HR_ADMINS));
  }

  List<Rule> learningAgreements() {
    Class<?> api = LearningAgreements.class;
    return List.of(
        rule(api, "partnerships", (f, a, w) -> f.learningAgreements().partnerships(a), EVERYONE),
        rule(api, "versions", (f, a, w) -> f.learningAgreements().versions(a, w.pairingId()),
            MENTOR, MENTEE, PROGRAMME_MANAGER, OTHER_HR_ADMIN),
        rule(api, "proposeChange", (f, a, w) -> f.learningAgreements().proposeChange(a, w.pairingId(),
            new AgreementTerms(false, null, null, null, PartnerRole.MENTEE, true)), PARTNERS));
  }

  List<Rule> reflections() {
    Class<?> api = PrivateReflections.class;
    return List.of(
        rule(api, "write", (f, a, w) -> f.reflections().write(a, w.pairingId(), "A thought"), PARTNERS),
        // anyone may ask, and gets only their own reflections: none, unless they keep some on the pairing
        rule(api, "mine", (f, a, w) -> f.reflections().mine(a, w.pairingId()), EVERYONE),
        rule(api, "read", (f, a, w) -> f.reflections().read(a, w.reflectionId()), MENTOR));
  }

  List<Rule> pairSupport() {
    return List.of(rule(PairSupport.class, "saySupportNeeded",
            (f, a, w) -> f.pairSupport().saySupportNeeded(a, w.pairingId(), "We keep missing each other"), PARTNERS),
        // the programme has a coach: a partner's request is offered to them
        rule(PairSupport.class, "askForCoaching",
            (f, a, w) -> f.pairSupport().askForCoaching(a, w.pairingId(), "How do I give feedback upwards?"),
            PARTNERS));
  }

  List<Rule> hostEvents() {
    return List.of(hostOnly(HostEvents.class, "employeeLeft"), hostOnly(HostEvents.class, "employeeChangedRole"));
  }

  List<Rule> concerns() {
    Class<?> api = Concerns.class;
    return List.of(
        rule(api, "raise", (f, a, w) -> f.concerns().raise(a, w.programmeId(), "A remark in a meeting"),
            MENTOR, MENTEE, OTHER_PAIR),
        rule(api, "ofProgramme", (f, a, w) -> f.concerns().ofProgramme(a, w.programmeId()), EDI_LEAD),
        rule(api, "raisedBy", (f, a, w) -> f.concerns().raisedBy(a), EVERYONE),
        rule(api, "counts", (f, a, w) -> f.concerns().counts(a, w.programmeId()),
            PROGRAMME_MANAGER, OTHER_HR_ADMIN, SPONSOR, OTHER_SPONSOR, EDI_LEAD));
  }

  List<Rule> reports() {
    Class<?> api = Reports.class;
    return List.of(
        // before its evaluation a programme has no report: those who may read it are told so
        rule(api, "evaluationReport", (f, a, w) -> f.reports().evaluationReport(a, w.programmeId()))
            .but(NOT_FOUND, FOLLOWERS),
        rule(api, "importOutcomes", (f, a, w) -> f.reports().importOutcomes(a, w.programmeId(), null, "", ""),
            HR_ADMINS),
        rule(api, "pulseResults", (f, a, w) -> f.reports().pulseResults(a, w.programmeId(), 1), HR_ADMINS),
        rule(api, "importOutcomesAt", (f, a, w) -> f.reports().importOutcomesAt(a, w.programmeId(), null, ""),
            HR_ADMINS),
        rule(api, "defineMeasure", (f, a, w) -> f.reports().defineMeasure(a, w.programmeId(), null), HR_ADMINS),
        rule(api, "outcomeMeasures", (f, a, w) -> f.reports().outcomeMeasures(a, w.programmeId()), FOLLOWERS),
        rule(api, "recordCommitment", (f, a, w) -> f.reports().recordCommitment(a, w.programmeId(), null),
            HR_ADMINS),
        rule(api, "updateCommitment",
            (f, a, w) -> f.reports().updateCommitment(a, w.programmeId(), "no-such-commitment", null), HR_ADMINS),
        rule(api, "commitments", (f, a, w) -> f.reports().commitments(a, w.programmeId()), FOLLOWERS));
  }

  List<Rule> processLibrary() {
    Class<?> api = ProcessLibrary.class;
    Caller[] owners = {PROCESS_OWNER, PROGRAMME_MANAGER, OTHER_HR_ADMIN};
    return List.of(
        rule(api, "validate", (f, a, w) -> f.processLibrary().validate(a, List.of()), owners),
        rule(api, "deploy", (f, a, w) -> f.processLibrary().deploy(a, "", List.of()), owners),
        rule(api, "versions", (f, a, w) -> f.processLibrary().versions(a), owners),
        rule(api, "diagram", (f, a, w) -> f.processLibrary().diagram(a, w.definitionId()), owners),
        rule(api, "forms", (f, a, w) -> f.processLibrary().forms(a, w.definitionId()), owners),
        rule(api, "runningInstancesBySteps",
            (f, a, w) -> f.processLibrary().runningInstancesBySteps(a, w.definitionId()), owners),
        rule(api, "previewMigration", (f, a, w) -> f.processLibrary().previewMigration(a, w.definitionId()), owners),
        rule(api, "migrate", (f, a, w) -> f.processLibrary().migrate(a, null), owners));
  }

  List<Rule> privacy() {
    Class<?> api = Privacy.class;
    Caller[] officers = {DATA_PROTECTION_OFFICER, PROGRAMME_MANAGER, OTHER_HR_ADMIN};
    Caller[] mentorOrOfficers = {MENTOR, DATA_PROTECTION_OFFICER, PROGRAMME_MANAGER, OTHER_HR_ADMIN};
    return List.of(
        // a blank id: those let in are refused only their input, so nobody is erased
        rule(api, "erase", (f, a, w) -> f.privacy().erase(a, ""), officers),
        rule(api, "export", (f, a, w) -> f.privacy().export(a, MENTOR.employeeId), mentorOrOfficers),
        rule(api, "withdrawConsent", (f, a, w) -> f.privacy().withdrawConsent(a, MENTOR.employeeId),
            mentorOrOfficers),
        rule(api, "auditTrail", (f, a, w) -> f.privacy().auditTrail(a, null, null), officers));
  }

  /**
   * The delivery team is appointed by the programme's manager and HR admins; whoever follows the programme or is on
   * its team sees who is on it. Every other rule leaves the team's members out: none of them reads session logs,
   * reflections, concerns, survey answers or the matching.
   */
  List<Rule> deliveryTeam() {
    Class<?> api = DeliveryTeam.class;
    return List.of(
        rule(api, "registerGuest", (f, a, w) -> f.deliveryTeam().registerGuest(a, new NewGuest("", "", null)),
            HR_ADMINS),
        hostOnly(api, "guest"),
        rule(api, "appoint", (f, a, w) -> f.deliveryTeam().appoint(a, w.programmeId(), null, ""), HR_ADMINS),
        // an appointment the programme does not have: those let in are told so
        rule(api, "withdraw", (f, a, w) -> f.deliveryTeam().withdraw(a, w.programmeId(), "no-such-appointment"),
            HR_ADMINS).but(NOT_FOUND, HR_ADMINS),
        rule(api, "team", (f, a, w) -> f.deliveryTeam().team(a, w.programmeId()),
            PROGRAMME_MANAGER, OTHER_HR_ADMIN, SPONSOR, OTHER_SPONSOR, LIAISON, COACH, GUEST_TRAINER,
            Caller.COMMUNICATIONS_CONTACT),
        rule(api, "appointmentsOf", (f, a, w) -> f.deliveryTeam().appointmentsOf(a), EVERYONE));
  }

  /** Events are planned by the programme's manager, HR admins and its liaison, who arranges its workshops. */
  List<Rule> events() {
    Class<?> api = ProgrammeEvents.class;
    return List.of(
        rule(api, "plan", (f, a, w) -> f.events().plan(a, w.programmeId(), null), PROGRAMME_TEAM),
        // the kick-off workshop is past, so moving it is refused as input
        rule(api, "move", (f, a, w) -> f.events().move(a, w.eventId(), Instant.EPOCH, Instant.EPOCH, null),
            PROGRAMME_TEAM),
        rule(api, "cancel", (f, a, w) -> f.events().cancel(a, w.eventId()), PROGRAMME_TEAM),
        rule(api, "events", (f, a, w) -> f.events().events(a, w.programmeId()), PROGRAMME_TEAM),
        rule(api, "recordAttendance", (f, a, w) -> f.events().recordAttendance(a, w.eventId(), Set.of()),
            PROGRAMME_TEAM),
        rule(api, "attendance", (f, a, w) -> f.events().attendance(a, w.programmeId()), FOLLOWERS));
  }

  /** A rule: the callers named are let in, every other is denied. */
  private static Rule rule(Class<?> api, String method, Call call, Caller... allowed) {
    Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      expected.put(caller, Arrays.asList(allowed).contains(caller) ? ALLOWED : DENIED);
    }
    return new Rule(api, method, call, expected);
  }

  List<Rule> operations() {
    Class<?> api = Operations.class;
    return List.of(hostOnly(api, "health"),
        rule(api, "incidents", (f, a, w) -> f.operations().incidents(a), HR_ADMINS),
        // an HR admin gets past the access check to find no such incident
        rule(api, "retry", (f, a, w) -> f.operations().retry(a, "no-such-incident"), HR_ADMINS)
            .but(NOT_FOUND, HR_ADMINS));
  }

  private static Rule hostOnly(Class<?> api, String method) {
    return new Rule(api, method, null, Map.of());
  }

  @TestFactory
  Stream<DynamicTest> everyMethodForEveryKindOfCaller() {
    return rules().stream().filter(rule -> !rule.hostOnly()).flatMap(rule -> Arrays.stream(Caller.values())
        .map(caller -> DynamicTest.dynamicTest(
            rule.api().getSimpleName() + "." + rule.method() + " by " + caller + " is " + rule.expected().get(caller),
            () -> assertThat(outcomeOf(rule, caller)).isEqualTo(rule.expected().get(caller)))));
  }

  private Outcome outcomeOf(Rule rule, Caller caller) {
    try {
      rule.call().on(host.flipside, caller.actor(), world);
      return ALLOWED;
    } catch (ValidationException refusedInput) {
      return ALLOWED;
    } catch (AccessDeniedException denied) {
      return DENIED;
    } catch (NotFoundException notFound) {
      return NOT_FOUND;
    } catch (RuntimeException other) {
      return fail("%s by %s threw %s", rule.method(), caller, other);
    }
  }

  @Test
  void everyApiMethodHasARule() {
    Set<String> ruled = new TreeSet<>();
    rules().forEach(rule -> ruled.add(rule.api().getSimpleName() + "." + rule.method()));
    Set<String> declared = new TreeSet<>();
    List<String> overloaded = new ArrayList<>();
    for (Class<?> api : apiServices()) {
      for (Method method : api.getMethods()) {
        if (!declared.add(api.getSimpleName() + "." + method.getName())) {
          overloaded.add(api.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(overloaded).as("overloaded API methods: give this table a key by signature").isEmpty();
    assertThat(ruled).as("API methods and their rules in " + getClass().getSimpleName()).isEqualTo(declared);
  }

  @Test
  void theHostAloneCallsTheMethodsWithoutAnActor() throws Exception {
    Map<String, Method> methods = new LinkedHashMap<>();
    for (Class<?> api : apiServices()) {
      for (Method method : api.getMethods()) {
        methods.put(api.getSimpleName() + "." + method.getName(), method);
      }
    }
    for (Rule rule : rules()) {
      Method method = methods.get(rule.api().getSimpleName() + "." + rule.method());
      assertThat(Arrays.asList(method.getParameterTypes()).contains(Actor.class))
          .as("%s takes an actor, so it needs a rule for each caller", method).isEqualTo(!rule.hostOnly());
    }
    assertThat(host.flipside.dueWork().nextDueAt()).isPresent();
  }

  /** The services Flipside hands the host: the return types of its accessors. */
  private static Set<Class<?>> apiServices() {
    Set<Class<?>> services = new LinkedHashSet<>(FlipsideView.services());
    assertThat(services).as("the services, as a check on FlipsideView").contains(ProgrammeService.class,
        TaskInbox.class, ProcessLibrary.class).hasSizeGreaterThanOrEqualTo(11);
    return services;
  }
}
