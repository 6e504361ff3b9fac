package org.flipside.internal.delegate.support;

import static org.flipside.spi.NotificationParameter.EMPLOYEE;
import static org.flipside.spi.NotificationParameter.NEW_PARTNER;
import static org.flipside.spi.NotificationParameter.PARTNER;
import static org.flipside.spi.NotificationParameter.PROGRAMME;
import static org.flipside.spi.NotificationParameter.REASON;
import static org.flipside.spi.NotificationParameter.REMATCH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.bpmn.vocabulary.Messages;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.matching.Introductions;
import org.flipside.internal.delegate.matching.MatchCandidates;
import org.flipside.internal.delegate.matching.ProposeMatches;
import org.flipside.internal.notification.Message;
import org.flipside.model.Application;
import org.flipside.model.ApplicationStatus;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.ParticipantStatus;
import org.flipside.model.Programme;
import org.flipside.model.matching.ExplainedPair;
import org.flipside.model.matching.MatchCandidate;
import org.flipside.model.matching.MatchProposal;
import org.flipside.model.matching.MatchingRequest;
import org.flipside.model.matching.OptimalMatcher;
import org.flipside.model.matching.PairKey;
import org.flipside.spi.NotificationTopic;

/**
 * Finds a new partner, mid-programme, for someone whose pairing ended: the matching engine runs under the
 * programme's rules for that person alone, against the cohort's waitlisted and unmatched applicants of the other
 * role, never with a former partner. A new pair is published, introduced, and its journey started in the
 * programme, beside its stages (the rest of the cohort does not wait for it); with nobody suitable, the person goes
 * on the waitlist.
 */
public final class Rematch {

  private final DelegateContext context;
  private final MatchCandidates candidates;
  private final Introductions introductions;
  private final OptimalMatcher matcher = new OptimalMatcher();

  public Rematch(DelegateContext context) {
    this.context = context;
    this.candidates = new MatchCandidates(context.directory());
    this.introductions = new Introductions(context);
  }

  /**
   * Looks for a new partner for the person.
   *
   * @return the new, published pairing; empty when nobody suitable is free, and the person is then waitlisted
   */
  public Optional<Pairing> findPartner(Participant person, RuntimeService runtime) {
    Cohort cohort = person.getCohort();
    Programme programme = cohort.getProgramme();
    boolean mentor = person.getRole() == ParticipantRole.MENTOR;
    List<Participant> free = free(cohort, mentor ? ParticipantRole.MENTEE : ParticipantRole.MENTOR);
    List<MatchCandidate> self = List.of(candidates.of(person));
    List<MatchCandidate> others = free.stream().map(candidates::of).toList();
    MatchProposal result = matcher.match(new MatchingRequest(
        mentor ? self : others,
        mentor ? others : self,
        programme.matchingRules(),
        Set.of(),
        formerPairs(person),
        programme.getAnonymityThreshold()));
    Optional<ExplainedPair> best = result.pairs().stream().max(Comparator.comparingDouble(ExplainedPair::score));
    if (best.isEmpty()) {
      waitlist(person, programme);
      return Optional.empty();
    }
    ExplainedPair pair = best.get();
    String partnerId = mentor ? pair.menteeParticipantId() : pair.mentorParticipantId();
    Participant partner = enrol(free.stream()
        .filter(candidate -> candidate.getEmployeeId().equals(partnerId)).findFirst().orElseThrow());
    person.setUnmatchedReason(null);
    Pairing pairing = context.data().pairings().add(new Pairing(cohort,
        mentor ? person : partner, mentor ? partner : person,
        pair.score(), pair.rationale(), ProposeMatches.reasons(pair), context.now()));
    pairing.publish(context.now());
    introductions.introduce(pairing);
    runtime.createMessageCorrelation(Messages.PAIR_REMATCHED)
        .processInstanceId(programme.getLifecycleInstanceId())
        .setVariable(Vars.REMATCHED_PAIRING_ID.name(), pairing.getId())
        .correlate();
    return Optional.of(pairing);
  }

  /**
   * What the rematch came to, for the programme manager: the person's pairing with their partner closed for the
   * reason ("left", "changed-role" or "support"), and the person has a new partner or waits.
   */
  Message result(Optional<Pairing> found, Participant person, String formerPartner, String reason) {
    Message result = Message.of(NotificationTopic.REMATCH_RESULT)
        .with(PROGRAMME, person.getCohort().getProgramme().getId()).with(EMPLOYEE, person.getEmployeeId())
        .with(PARTNER, formerPartner).with(REASON, reason).with(REMATCH, found.isPresent() ? "found" : "waitlisted");
    found.ifPresent(pair ->
        result.with(NEW_PARTNER, PairSides.of(pair, person.getEmployeeId()).other().getEmployeeId()));
    return result;
  }

  /**
   * The cohort's people of the role who could take a partner now: participants still taking part without a live
   * pairing, and waitlisted applicants not yet enrolled (enrolled only if chosen).
   */
  private List<Participant> free(Cohort cohort, ParticipantRole role) {
    Set<String> paired = context.data().pairings().findByCohortAndStatus(cohort.getId(), PairingStatus.ACTIVE)
        .stream()
        .flatMap(pairing -> Stream.of(pairing.getMentor().getId(), pairing.getMentee().getId()))
        .collect(Collectors.toSet());
    List<Participant> free = new ArrayList<>(context.data().participants().findByCohortAndRole(cohort.getId(), role)
        .stream()
        .filter(participant -> participant.getStatus() == ParticipantStatus.ACTIVE)
        .filter(participant -> participant.getApplication() != null)
        .filter(participant -> !paired.contains(participant.getId()))
        .toList());
    Set<String> enrolled = free.stream().map(Participant::getEmployeeId).collect(Collectors.toSet());
    for (Application waiting : context.data().applications()
        .findByCohortAndStatus(cohort.getId(), ApplicationStatus.WAITLISTED)) {
      if (waiting.getRole() == role && !enrolled.contains(waiting.getEmployeeId())
          && context.data().participants().findByCohortAndEmployee(cohort.getId(), waiting.getEmployeeId()).isEmpty()) {
        free.add(new Participant(waiting, context.now()));
      }
    }
    return free;
  }

  /** Someone the person was ever paired or proposed with is never proposed again. */
  private Set<PairKey> formerPairs(Participant person) {
    return context.data().pairings().findByParticipant(person.getId()).stream()
        .map(pairing -> new PairKey(pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()))
        .collect(Collectors.toSet());
  }

  private Participant enrol(Participant partner) {
    Application application = partner.getApplication();
    if (application.getStatus() == ApplicationStatus.WAITLISTED) {
      application.setStatus(ApplicationStatus.APPROVED);
      application.setStatusReason("taken off the waitlist for a rematch");
    }
    partner.setUnmatchedReason(null);
    return context.data().participants().find(partner.getId()).orElseGet(() -> context.data().participants().save(partner));
  }

  private void waitlist(Participant person, Programme programme) {
    Application application = person.getApplication();
    application.setStatus(ApplicationStatus.WAITLISTED);
    application.setStatusReason("no suitable partner free after their pairing ended");
    person.setUnmatchedReason("no suitable partner was free among the waitlisted and unmatched");
    context.notifications().send(person.getEmployeeId(),
        Message.of(NotificationTopic.MATCH_WAITLISTED).with(PROGRAMME, programme.getId()));
  }
}
