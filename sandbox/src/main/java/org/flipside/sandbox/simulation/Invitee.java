package org.flipside.sandbox.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.organisation.PrivateProfile;
import org.flipside.spi.Employee;

/**
 * A simulated employee invited to apply. Juniors may volunteer as mentors and seniors as mentees;
 * most decline or let the invitation lapse. An applicant describes their ethnicity only when they
 * consent to its use.
 */
final class Invitee implements Responder {

  private static final double ANSWERS_WHEN_DECLINING = 0.55;
  private static final double CONSENT_MINORITY_MENTOR = 0.85;
  private static final double CONSENT_OTHERS = 0.6;
  private static final double RETURNING_MENTOR = 0.8;
  private static final List<String> SITES = List.of("Northern General", "Royal Hallamshire", "Fulwood House");
  private static final List<String> SLOTS =
      List.of("mon-am", "tue-am", "tue-pm", "wed-pm", "thu-am", "thu-pm", "fri-am");
  private static final List<String> FORMATS = List.of("online", "online", "either", "either", "in-person", "phone");

  private final SimulationContext context;
  private final Map<Integer, RecruitmentOdds> oddsPerCohort = new HashMap<>();
  private final Map<String, Integer> invitationsSeen = new HashMap<>();

  Invitee(SimulationContext context) {
    this.context = context;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(Forms.APPLICATION);
  }

  @Override
  public Optional<PlannedAnswer> respond(FoundTask found) {
    String invitee = found.firstViewer();
    Employee employee = context.organisation.employee(invitee).orElseThrow();
    int cohort = context.cohort();
    RecruitmentOdds odds = oddsPerCohort.computeIfAbsent(cohort, c -> RecruitmentOdds.forCohort(context));
    int attempt = invitationsSeen.merge(cohort + "/" + invitee, 1, Integer::sum);
    Random random = context.dice.random("apply", cohort, attempt, invitee);
    // a repeated invitation comes with an extended window, which is shorter than the first
    Duration window = Duration.ofDays(attempt == 1 ? context.plan.applicationWindowDays() : PilotPlan.EXTENSION_DAYS);
    Instant created = found.task().createdAt();

    ApplicantRole role = wouldApplyAs(employee, odds, random.nextDouble());
    if (role != null) {
      // the leader at the top applies within the day, as an example to the others
      Duration latest = leadsByExample(employee) ? Duration.ofDays(1) : window.multipliedBy(3).dividedBy(4);
      Instant at = WorkingHours.between(created, Duration.ofHours(2), latest, random);
      return Optional.of(application(employee, role, at, random));
    }
    if (random.nextDouble() < ANSWERS_WHEN_DECLINING) {
      Instant at = WorkingHours.between(created, Duration.ofHours(2), window.multipliedBy(9).dividedBy(10), random);
      return Optional.of(new PlannedAnswer(at, invitee, Map.of(Vars.INTEREST.name(), "none"),
          () -> context.tally.add(Tallied.INVITATIONS_DECLINED)));
    }
    context.tally.add(Tallied.INVITATIONS_UNANSWERED);
    return Optional.empty();
  }

  /**
   * A mentor invited back for a cascade returns more often than not, and always in the reciprocal programme, whose
   * senior BME staff in turn mentor the cascade; the top of the organisation, in a programme
   * for its leaders, leads by taking part; everyone else volunteers with the cohort's odds.
   */
  private ApplicantRole wouldApplyAs(Employee employee, RecruitmentOdds odds, double draw) {
    if (context.cast.roleOf(employee.id()).orElse(null) == ApplicantRole.MENTOR) {
      return draw < RETURNING_MENTOR || reciprocal() ? ApplicantRole.MENTOR : null;
    }
    ApplicantRole side = context.volunteersAs(employee);
    if (side == ApplicantRole.MENTEE && leadsByExample(employee)) {
      return ApplicantRole.MENTEE;
    }
    if (side == ApplicantRole.MENTOR) {
      boolean minority = context.organisation.profileOf(employee.id()).ethnicGroup().isMinority();
      return draw < (minority ? odds.minorityMentor() : odds.otherMentor()) ? ApplicantRole.MENTOR : null;
    }
    if (side == ApplicantRole.MENTEE) {
      return draw < odds.mentee() ? ApplicantRole.MENTEE : null;
    }
    return null;
  }

  private boolean reciprocal() {
    return context.settings.preset() == ProgrammePreset.RECIPROCAL;
  }

  /** Whether the employee is the managing director of a programme for the organisation's leaders. */
  private boolean leadsByExample(Employee employee) {
    return context.settings.preset() == ProgrammePreset.INTERNAL
        && employee.id().equals(context.organisation.chiefExecutiveId());
  }

  private PlannedAnswer application(Employee employee, ApplicantRole role, Instant at, Random random) {
    PrivateProfile profile = context.organisation.profileOf(employee.id());
    boolean mentor = role == ApplicantRole.MENTOR;
    double consentChance = mentor && profile.ethnicGroup().isMinority() ? CONSENT_MINORITY_MENTOR : CONSENT_OTHERS;
    boolean consent = random.nextDouble() < consentChance;

    Map<String, Object> form = new LinkedHashMap<>();
    form.put(Vars.INTEREST.name(), role.formValue());
    if (mentor) {
      form.put(Vars.LIVED_EXPERIENCE_TOPICS.name(), Phrases.someOf(Phrases.TOPICS, 2, 3, random));
      form.put(Vars.LEARNING_INTERESTS.name(), areasToWorkIn(employee, random));
    } else {
      form.put(Vars.LEARNING_INTERESTS.name(), Phrases.someOf(Phrases.TOPICS, 2, 3, random));
      form.put(Vars.LEADS_AREA.name(), area(employee.department()));
    }
    if (mentor && (context.cast.roleOf(employee.id()).isPresent() || reciprocal() && context.cohort() > 1)) {
      // a mentor invited back, or a senior BME colleague joining the cascade, offers to take two partners, which a
      // programme honouring capacity uses
      form.put(Vars.MENTOR_CAPACITY.name(), 2);
    }
    form.put(Vars.PREFERRED_FORMAT.name(), FORMATS.get(random.nextInt(FORMATS.size())));
    form.put(Vars.LOCATION.name(), SITES.get(random.nextInt(SITES.size())));
    form.put(Vars.AVAILABILITY.name(), new ArrayList<>(Phrases.choose(SLOTS, 2, 4, random)));
    form.put(Vars.MOTIVATION.name(), context.dice.pick(mentor ? Phrases.MENTOR_MOTIVATIONS : Phrases.MENTEE_MOTIVATIONS,
        "motivation", employee.id()));
    form.put(Vars.CONSENT_TO_PROTECTED_DATA.name(), consent);
    if (consent) {
      form.put(Vars.PROTECTED_CHARACTERISTIC.name(), profile.ethnicity());
    }
    return new PlannedAnswer(at, employee.id(), form, () -> {
      context.cast.applied(employee.id(), role);
      context.tally.add(mentor ? Tallied.MENTOR_APPLICATIONS : Tallied.MENTEE_APPLICATIONS);
      if (consent) {
        context.tally.add(Tallied.CONSENTS);
      }
    });
  }

  /** One or two departments other than the mentor's own, which a mentee may lead: a reason to match. */
  private String areasToWorkIn(Employee employee, Random random) {
    List<String> others = context.organisation.departments().stream()
        .filter(department -> !department.equals(employee.department()))
        .map(Invitee::area)
        .toList();
    return Phrases.someOf(others, 1, 2, random);
  }

  private static String area(String department) {
    return department.toLowerCase(Locale.UK);
  }
}
