package org.flipside.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.MatchOverview;
import org.flipside.api.MatchReason;
import org.flipside.api.MatchReview;
import org.flipside.api.MatchedPair;
import org.flipside.api.MatchedPerson;
import org.flipside.api.NotFoundException;
import org.flipside.api.UnmatchedApplicant;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.model.Cohort;
import org.flipside.model.MatchAllowance;
import org.flipside.model.Pairing;
import org.flipside.model.PairingStatus;
import org.flipside.model.Participant;
import org.flipside.model.ParticipantRole;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;

/**
 * Reads the current cohort's pairs and their explanations as the matching stage stored them, and takes the HR
 * admin's exceptions to the rules: how far the line-chain rule reaches, and single pairs allowed against a rule.
 */
final class MatchReviewService implements MatchReview {

  private static final Set<PairingStatus> PUBLISHED =
      EnumSet.of(PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED_EARLY);

  private final Repositories data;
  private final Directory directory;
  private final AccessPolicy access;
  private final Transactions transactions;

  private final Clock clock;

  MatchReviewService(Repositories data, Directory directory, AccessPolicy access, Transactions transactions,
      Clock clock) {
    this.data = data;
    this.directory = directory;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void limitLineChain(Actor actor, String programmeId, int levels, boolean topOfOrganisationMatchable) {
    transactions.inTransaction(() -> {
      Programme programme = managed(actor, programmeId);
      try {
        programme.getMatching().limitLineChain(levels, topOfOrganisationMatchable);
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("levels", e.getMessage());
      }
      access.recordRead(actor, AuditedAction.LIMIT_LINE_CHAIN, programmeId, programmeId);
      return null;
    });
  }

  @Override
  public void allowPair(Actor actor, String programmeId, String mentorEmployeeId, String menteeEmployeeId,
      String reason) {
    transactions.inTransaction(() -> {
      Programme programme = managed(actor, programmeId);
      Cohort cohort = data.cohorts().findCurrent(programmeId).orElse(null);
      List<FieldError> errors = new ArrayList<>();
      if (cohort == null) {
        errors.add(new FieldError("programmeId", "has no cohort being matched"));
      } else {
        requireApplicant(errors, cohort, "mentorEmployeeId", mentorEmployeeId, ParticipantRole.MENTOR);
        requireApplicant(errors, cohort, "menteeEmployeeId", menteeEmployeeId, ParticipantRole.MENTEE);
      }
      if (reason == null || reason.isBlank()) {
        errors.add(new FieldError("reason", "is required: say why the rules should not hold for this pair"));
      } else if (reason.length() > MatchAllowance.MAX_REASON) {
        errors.add(new FieldError("reason", "must be at most " + MatchAllowance.MAX_REASON + " characters"));
      }
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      if (data.matchAllowances().findPair(cohort.getId(), mentorEmployeeId, menteeEmployeeId).isEmpty()) {
        data.matchAllowances().save(new MatchAllowance(cohort, mentorEmployeeId, menteeEmployeeId,
            actor.employeeId(), reason.strip(), clock.instant()));
      }
      access.recordRead(actor, AuditedAction.ALLOW_PAIR, cohort.getId(), programme.getId());
      return null;
    });
  }

  private Programme managed(Actor actor, String programmeId) {
    Programme programme = data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
    access.requireCanManage(actor, programme);
    return programme;
  }

  private void requireApplicant(List<FieldError> errors, Cohort cohort, String field, String employeeId,
      ParticipantRole role) {
    boolean found = employeeId != null && data.participants().findByCohort(cohort.getId()).stream()
        .anyMatch(participant -> participant.getEmployeeId().equals(employeeId) && participant.getRole() == role);
    if (!found) {
      errors.add(new FieldError(field, "'" + employeeId + "' is not a " + role.name().toLowerCase()
          + " of cohort " + cohort.getNumber()));
    }
  }

  @Override
  public MatchOverview matches(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      managed(actor, programmeId);
      access.recordRead(actor, AuditedAction.READ_MATCH_REVIEW, programmeId, programmeId);
      Cohort cohort = data.cohorts().findCurrent(programmeId).orElse(null);
      if (cohort == null) {
        return new MatchOverview(programmeId, 0, false, List.of(), List.of());
      }
      List<Pairing> all = data.pairings().findByCohortWithPartners(cohort.getId());
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
