package org.flipside.internal.service;

import static org.flipside.spi.NotificationParameter.CONCERN_STEP;
import static org.flipside.spi.NotificationParameter.DEADLINE;
import static org.flipside.spi.NotificationParameter.PROGRAMME;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.ConcernCounts;
import org.flipside.api.ConcernProgress;
import org.flipside.api.ConcernView;
import org.flipside.api.Concerns;
import org.flipside.api.NotFoundException;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.host.Notifications;
import org.flipside.internal.notification.Message;
import org.flipside.model.Cohort;
import org.flipside.model.Concern;
import org.flipside.model.ConcernStatus;
import org.flipside.model.ParticipantStatus;
import org.flipside.model.Programme;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.flipside.spi.NotificationTopic;

/**
 * Takes concerns out of the mentoring process: each starts its own workflow for the EDI leads, and
 * only the person who raised it and the EDI leads ever read what it says.
 */
final class ConcernService implements Concerns {

  static final int MAX_SUMMARY = 4000;

  private final Repositories data;
  private final Directory directory;
  private final AccessPolicy access;
  private final Transactions transactions;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final Clock clock;

  ConcernService(Repositories data, Directory directory, AccessPolicy access, Transactions transactions,
      RuntimeService runtime, Notifications notifications, Clock clock) {
    this.data = data;
    this.directory = directory;
    this.access = access;
    this.transactions = transactions;
    this.runtime = runtime;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public ConcernView raise(Actor actor, String programmeId, String summary) {
    String text = summary == null ? "" : summary.strip();
    if (text.isEmpty()) {
      throw ValidationException.of("summary", "is required: say what the concern is about");
    }
    if (text.length() > MAX_SUMMARY) {
      throw ValidationException.of("summary", "must be at most " + MAX_SUMMARY + " characters, not " + text.length());
    }
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      requireTakingPart(actor, programme);
      Instant now = clock.instant();
      Concern concern = data.concerns().save(new Concern(programme, actor.employeeId(), text, now,
          now.plus(Duration.ofDays(programme.getConcernAcknowledgeDays()))));
      runtime.startProcessInstanceByKey(Processes.CONCERN, concern.getId(), Variables.values()
          .with(Vars.CONCERN_ID, concern.getId())
          .with(Vars.PROGRAMME_ID, programme.getId())
          .with(Vars.ACKNOWLEDGE_BY, concern.getAcknowledgeBy()));
      notifications.send(actor.employeeId(), concernMessage(programme, concern, "received"));
      for (Employee ediLead : directory.holdersOf(FlipsideRoles.EDI_LEAD)) {
        notifications.send(ediLead.id(), concernMessage(programme, concern, "raised"));
      }
      return view(concern);
    });
  }

  @Override
  public List<ConcernView> ofProgramme(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireEdiLead(actor);
      access.recordRead(actor, AuditedAction.READ_CONCERNS, programme.getId(), programme.getId());
      return data.concerns().findByProgramme(programme.getId()).stream().map(this::view).toList();
    });
  }

  @Override
  public List<ConcernView> raisedBy(Actor actor) {
    return transactions.inTransaction(() ->
        data.concerns().findByRaiser(actor.employeeId()).stream().map(this::view).toList());
  }

  @Override
  public ConcernCounts counts(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = programme(programmeId);
      access.requireCanCountConcerns(actor, programme);
      List<Concern> concerns = data.concerns().findByProgramme(programme.getId());
      return new ConcernCounts(programme.getId(), concerns.size(),
          count(concerns, ConcernStatus.RAISED), count(concerns, ConcernStatus.ACKNOWLEDGED),
          count(concerns, ConcernStatus.RESOLVED),
          concerns.stream().filter(concern -> concern.getEscalatedAt() != null).count());
    });
  }

  private Programme programme(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }

  private void requireTakingPart(Actor actor, Programme programme) {
    boolean takingPart = data.cohorts().findByProgramme(programme.getId()).stream()
        .map(Cohort::getId)
        .flatMap(cohortId -> data.participants().findByCohortAndEmployee(cohortId, actor.employeeId()).stream())
        .anyMatch(participant -> participant.getStatus() == ParticipantStatus.ACTIVE);
    if (!takingPart) {
      throw new AccessDeniedException(actor.employeeId() + " may not raise a concern in programme "
          + programme.getId() + ": only its participants can");
    }
  }

  private ConcernView view(Concern concern) {
    return new ConcernView(concern.getId(), concern.getProgramme().getId(), concern.getProgramme().getName(),
        concern.getRaisedBy(), directory.nameOf(concern.getRaisedBy()), concern.getSummary(),
        ConcernProgress.valueOf(concern.getStatus().name()), concern.getRaisedAt(), concern.getAcknowledgeBy(),
        concern.getAcknowledgedAt(), concern.getEscalatedAt(), concern.getResolvedAt(), concern.getOutcome());
  }

  private static long count(List<Concern> concerns, ConcernStatus status) {
    return concerns.stream().filter(concern -> concern.getStatus() == status).count();
  }

  private static Message concernMessage(Programme programme, Concern concern, String step) {
    return Message.of(NotificationTopic.CONCERN).with(CONCERN_STEP, step).with(PROGRAMME, programme.getId())
        .with(DEADLINE, concern.getAcknowledgeBy());
  }

}
