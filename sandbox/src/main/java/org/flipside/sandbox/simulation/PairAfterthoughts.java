package org.flipside.sandbox.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flipside.api.MeetingFormat;
import org.flipside.api.AgreementStatus;
import org.flipside.api.Actor;
import org.flipside.api.AgreementTerms;
import org.flipside.api.AgreementVersion;
import org.flipside.api.LearningAgreements;
import org.flipside.api.PrivateReflections;

/**
 * What a partner does through Flipside's API after logging a session, outside any task: sometimes writes a private
 * reflection (and reads their own back, as only they can), and once in a while a mentee proposes changing the
 * pair's confirmed agreement, which gives the mentor a task to confirm the new version.
 */
final class PairAfterthoughts {

  private static final double REFLECTS = 0.3;
  private static final double REVISES = 0.15;

  private final LearningAgreements agreements;
  private final PrivateReflections reflections;
  private final SimulationContext context;
  private final Set<String> revisedBy = new HashSet<>();

  PairAfterthoughts(LearningAgreements agreements, PrivateReflections reflections, SimulationContext context) {
    this.agreements = agreements;
    this.reflections = reflections;
    this.context = context;
  }

  /**
   * Perhaps reflects, and perhaps proposes a change, as the partner who logged a session.
   *
   * @return the partner who now has a change to confirm, if a change was proposed
   */
  Optional<String> after(String partnerId, String pairingId) {
    if (context.dice.chance(REFLECTS, "reflect", partnerId, context.tally.get(Tallied.SESSIONS_HELD))) {
      reflections.write(Actor.of(partnerId), pairingId, context.dice.pick(Phrases.REFLECTIONS, "reflection", partnerId));
      if (reflections.mine(Actor.of(partnerId), pairingId).isEmpty()) {
        throw new SimulationStalled(partnerId + " wrote a reflection and cannot read it back");
      }
      context.tally.add(Tallied.REFLECTIONS_WRITTEN);
    }
    if (context.cast.roleOf(partnerId).orElse(null) != ApplicantRole.MENTEE || revisedBy.contains(partnerId)
        || !context.dice.chance(REVISES, "revise", partnerId, context.cohort())) {
      return Optional.empty();
    }
    List<AgreementVersion> versions = agreements.versions(Actor.of(partnerId), pairingId);
    if (versions.isEmpty() || versions.get(versions.size() - 1).status() != AgreementStatus.CONFIRMED) {
      return Optional.empty();
    }
    revisedBy.add(partnerId);
    AgreementTerms terms = versions.get(versions.size() - 1).terms();
    // a few sessions in, pairs tend to settle on meeting online in protected time
    agreements.proposeChange(Actor.of(partnerId), pairingId, new AgreementTerms(terms.confidentialityAgreed(),
        terms.boundaries(), MeetingFormat.ONLINE, terms.frequency(), terms.arranger(), true));
    context.tally.add(Tallied.AGREEMENT_REVISIONS);
    return context.cast.partnerOf(partnerId);
  }
}
