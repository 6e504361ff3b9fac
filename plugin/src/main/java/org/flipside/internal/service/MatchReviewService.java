package org.flipside.internal.service;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flipside.api.Actor;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchReason;
import org.flipside.api.MatchReview;
import org.flipside.api.MatchedPair;
import org.flipside.api.MatchedPerson;
import org.flipside.api.NotFoundException;
import org.flipside.api.UnmatchedApplicant;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.model.Cohort;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;

/** Reads the current cohort's pairs and their explanations as the matching stage stored them. */
final class MatchReviewService implements MatchReview {

  private static final Set<PairingStatus> PUBLISHED =
      EnumSet.of(PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED_EARLY);

  private final Repositories data;
  private final Directory directory;
  private final AccessPolicy access;
  private final Transactions transactions;

  MatchReviewService(Repositories data, Directory directory, AccessPolicy access, Transactions transactions) {
    this.data = data;
    this.directory = directory;
    this.access = access;
    this.transactions = transactions;
  }

  @Override
  public MatchOverview matches(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = data.programmes().find(programmeId)
          .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
      access.requireCanManage(actor, programme);
      access.recordRead(actor, AuditedAction.READ_MATCH_REVIEW, programmeId, programmeId);
      Cohort cohort = data.cohorts().findCurrent(programmeId).orElse(null);
      if (cohort == null) {
        return new MatchOverview(programmeId, 0, false, List.of(), List.of());
      }
      List<Pairing> all = data.pairings().findByCohort(cohort.getId());
      boolean published = all.stream().anyMatch(pairing -> PUBLISHED.contains(pairing.getStatus()));
      List<MatchedPair> pairs = all.stream()
          .filter(pairing -> published ? PUBLISHED.contains(pairing.getStatus())
              : pairing.getStatus() == PairingStatus.PROPOSED)
          .sorted(Comparator.comparingDouble(Pairing::getScore).reversed())
          .map(this::pair)
          .toList();
      List<UnmatchedApplicant> unmatched = data.participants().findByCohort(cohort.getId()).stream()
          .filter(participant -> participant.getUnmatchedReason() != null)
          .map(participant -> new UnmatchedApplicant(person(participant),
              ApiValues.role(participant.getRole()), participant.getUnmatchedReason()))
          .toList();
      return new MatchOverview(programmeId, cohort.getNumber(), published, pairs, unmatched);
    });
  }

  private MatchedPair pair(Pairing pairing) {
    return new MatchedPair(pairing.getId(), person(pairing.getMentor()), person(pairing.getMentee()),
        pairing.getScore(), pairing.getReasons().stream()
            .map(reason -> new MatchReason(reason.getRuleName(), reason.getPoints(),
                reason.getDetail() == null ? "" : reason.getDetail()))
            .toList());
  }

  private MatchedPerson person(Participant participant) {
    return new MatchedPerson(participant.getEmployeeId(), directory.nameOf(participant.getEmployeeId()),
        participant.getBand(), participant.getDepartment());
  }
}
