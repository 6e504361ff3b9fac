package org.flipside.internal.delegate.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.PairingReason;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.matching.ExplainedPair;
import org.flipside.model.matching.MatchProposal;
import org.flipside.model.matching.MatchingRequest;
import org.flipside.model.matching.OptimalMatcher;
import org.flipside.model.matching.PairKey;
import org.flipside.model.matching.UnmatchedParticipant;

/**
 * Proposes the best pairs for the cohort's participants under the programme's matching rules (as many people as
 * the hard rules allow, then the highest score), keeping the pairs the HR admin locked and never a pair the admin
 * ruled out. Each pair keeps the rules that made it, each participant left out the reason why; the proposal waits
 * for the admin's review, with the fairness check on the first proposal only (see {@link FairnessText}).
 */
public final class ProposeMatches implements JavaDelegate {

  private final DelegateContext context;
  private final OptimalMatcher matcher = new OptimalMatcher();
  private final MatchCandidates candidates;

  public ProposeMatches(DelegateContext context) {
    this.context = context;
    this.candidates = new MatchCandidates(context.directory());
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cohort cohort = context.cohort(execution);
    Programme programme = cohort.getProgramme();
    List<Participant> participants = context.data().participants().findByCohort(cohort.getId());
    // the matcher knows people by employee id: stable across runs, so equal inputs give equal pairs
    Map<String, Participant> byEmployee = participants.stream()
        .collect(Collectors.toMap(Participant::getEmployeeId, participant -> participant));
    Set<PairKey> rejected = context.data().pairings()
        .findByCohortAndStatus(cohort.getId(), PairingStatus.REJECTED).stream()
        .map(pairing -> new PairKey(pairing.getMentor().getEmployeeId(), pairing.getMentee().getEmployeeId()))
        .collect(Collectors.toSet());
    Set<PairKey> locked = LockedPairs.read(execution);
    boolean firstProposal = rejected.isEmpty()
        && context.data().pairings().countByCohortAndStatus(cohort.getId(), PairingStatus.DISCARDED) == 0;

    MatchProposal result;
    try {
      result = matcher.match(new MatchingRequest(
          candidates.of(participants, ParticipantRole.MENTOR),
          candidates.of(participants, ParticipantRole.MENTEE),
          programme.matchingRules(),
          locked,
          rejected,
          programme.getAnonymityThreshold(),
          allowed(cohort)));
    } catch (IllegalArgumentException refusedLock) {
      // only a lock can be refused here; the admin's submission is rolled back with it
      throw ValidationException.of(Vars.LOCKED_PAIRING_IDS.name(), refusedLock.getMessage());
    }

    List<Pairing> proposal = result.pairs().stream()
        .map(pair -> context.data().pairings().add(new Pairing(cohort,
            byEmployee.get(pair.mentorParticipantId()), byEmployee.get(pair.menteeParticipantId()),
            pair.score(), pair.rationale(), reasons(pair), context.now())))
        .toList();
    participants.forEach(participant -> participant.setUnmatchedReason(null));
    for (UnmatchedParticipant person : result.unmatched()) {
      byEmployee.get(person.participantId()).setUnmatchedReason(person.summary(context.directory()::nameOf));
    }

    Variables.set(execution, Vars.PROPOSED_PAIRS, proposal.size());
    Variables.set(execution, Vars.LOCKED_PAIRING_IDS, proposal.stream()
        .filter(pairing -> locked.contains(LockedPairs.key(pairing))).map(Pairing::getId).toList());
    Variables.set(execution, Vars.REJECTED_PAIRING_IDS, List.of());
    // aggregates by protected characteristic: kept with the cohort for the review form, never in the engine
    cohort.setMatchFairness(FairnessText.of(result.fairness(), firstProposal,
        programme.getMentorLabel(), programme.getMenteeLabel()));
    MatchingSettingsFields.show(programme, execution);
  }

  /** The pairs the HR admin allowed against the rules in this cohort. */
  private Set<PairKey> allowed(Cohort cohort) {
    return context.data().matchAllowances().findByCohort(cohort.getId()).stream()
        .map(allowance -> new PairKey(allowance.getMentorEmployeeId(), allowance.getMenteeEmployeeId()))
        .collect(Collectors.toSet());
  }

  /**
   * The rules a pair passes only by an exception, worth no points and named {@code exception:<rule>}, then the
   * soft rules that made it, as a pairing keeps them.
   */
  public static List<PairingReason> reasons(ExplainedPair pair) {
    Stream<PairingReason> exceptions = pair.exceptions().stream()
        .map(exception -> new PairingReason(EXCEPTION_PREFIX + exception.ruleName(), 0,
            exception.allowedBy() + ": " + exception.detail()));
    Stream<PairingReason> contributions = pair.contributions().stream()
        .map(contribution -> new PairingReason(contribution.ruleName(), contribution.points(), contribution.detail()));
    return Stream.concat(exceptions, contributions).toList();
  }

  /** How a pairing's reason names a rule the pair passes only by an exception. */
  public static final String EXCEPTION_PREFIX = "exception:";
}
