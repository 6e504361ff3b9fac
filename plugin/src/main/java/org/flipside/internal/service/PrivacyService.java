package org.flipside.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flipside.api.Actor;
import org.flipside.api.AuditEntry;
import org.flipside.api.ErasureOutcome;
import org.flipside.api.FieldError;
import org.flipside.api.HostEventOutcome;
import org.flipside.api.HostEvents;
import org.flipside.api.PersonalDataExport;
import org.flipside.api.Privacy;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.privacy.AuditTrail;
import org.flipside.internal.privacy.EngineHistory;
import org.flipside.internal.privacy.PersonalDataDocument;
import org.flipside.model.Application;
import org.flipside.model.Concern;
import org.flipside.model.Guest;
import org.flipside.model.Programme;
import org.flipside.model.evaluation.PseudonymHostKey;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.model.privacy.PersonalDataEraser;

/**
 * A person's rights over what Flipside holds about them, and the audit trail. Erasure first does what a leaver's
 * departure does (pairings close, partners are rematched, open steps end or are handed on), then anonymises or
 * deletes the person's rows and their traces in the engine's history, all in one transaction.
 */
final class PrivacyService implements Privacy {

  private final Repositories data;
  private final HostEvents leavers;
  private final EngineHistory history;
  private final Directory directory;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final PseudonymHostKey pseudonymKey;
  private final Clock clock;

  PrivacyService(Repositories data, HostEvents leavers, EngineHistory history, Directory directory,
      AccessPolicy access, AuditTrail audit, Transactions transactions, PseudonymHostKey pseudonymKey, Clock clock) {
    this.data = data;
    this.leavers = leavers;
    this.history = history;
    this.directory = directory;
    this.access = access;
    this.audit = audit;
    this.transactions = transactions;
    this.pseudonymKey = pseudonymKey;
    this.clock = clock;
  }

  @Override
  public ErasureOutcome erase(Actor actor, String employeeId) {
    access.requirePrivacyOfficer(actor, "erase an employee's data");
    requireEmployeeId(employeeId);
    // a guest from outside the directory is named by the registration Flipside keeps
    String name = directory.knows(employeeId) ? directory.nameOf(employeeId)
        : transactions.inTransaction(() -> data.guests().find(employeeId).map(Guest::getName).orElse(null));
    ErasureOutcome outcome = transactions.inTransaction(() -> {
      // asked before leaving ends the posts they held
      List<String> programmes = programmesOf(employeeId);
      // joins this transaction: the leaver's pairings close and their steps end before their rows go
      HostEventOutcome left = leavers.employeeLeft(employeeId);
      int historyRemoved = history.removePerson(employeeId, programmes,
          data.concerns().findByRaiser(employeeId).stream().map(Concern::getId).toList());
      int rows = new PersonalDataEraser(data.entityManager(), pseudonymKey).erasePerson(employeeId, name);
      audit.record(actor, AuditedAction.ERASE_PERSONAL_DATA, employeeId, null);
      return new ErasureOutcome(employeeId, left.closedPairingIds(), left.tasksEnded(), left.tasksReassigned(), rows,
          historyRemoved);
    });
    // the partners were told after the commit; Flipside's delivered copies of what they were told go too
    transactions.run(() -> new PersonalDataEraser(data.entityManager()).forgetDeliveredMessagesNaming(employeeId,
        name));
    return outcome;
  }

  /**
   * The programmes the person took part in, ran, held a post in or reviewed the scope of: where the engine knew them.
   */
  private List<String> programmesOf(String employeeId) {
    List<String> ids = new ArrayList<>();
    data.applications().findByEmployee(employeeId).stream()
        .map(application -> application.getCohort().getProgramme().getId()).distinct().forEach(ids::add);
    data.programmes().findAll().stream()
        .filter(programme -> employeeId.equals(programme.getProgrammeManagerId())
            || employeeId.equals(programme.getSponsorId()))
        .map(Programme::getId).filter(id -> !ids.contains(id)).forEach(ids::add);
    data.appointments().findByPerson(employeeId).stream().map(appointment -> appointment.getProgramme().getId())
        .filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
    // a representative withdrawn since their review holds no post, but the engine's history of the scoping knows them
    data.coDesignReviews().findByReviewer(employeeId).stream().map(review -> review.getProgramme().getId())
        .filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
    return ids;
  }

  @Override
  public PersonalDataExport export(Actor actor, String employeeId) {
    access.requireSelfOrPrivacyOfficer(actor, employeeId, "export another employee's data");
    requireEmployeeId(employeeId);
    return transactions.inTransaction(() -> {
      Instant now = clock.instant();
      String json = new PersonalDataDocument(data.entityManager(), pseudonymKey).of(employeeId, now);
      audit.record(actor, AuditedAction.EXPORT_PERSONAL_DATA, employeeId, null);
      return new PersonalDataExport(employeeId, now, json);
    });
  }

  @Override
  public int withdrawConsent(Actor actor, String employeeId) {
    access.requireSelfOrPrivacyOfficer(actor, employeeId, "withdraw another employee's consent");
    requireEmployeeId(employeeId);
    return transactions.inTransaction(() -> {
      Instant now = clock.instant();
      int withdrawn = 0;
      for (Application application : data.applications().findByEmployee(employeeId)) {
        if (application.withdrawConsent(now)) {
          withdrawn++;
        }
      }
      audit.record(actor, AuditedAction.WITHDRAW_CONSENT, employeeId, null);
      return withdrawn;
    });
  }

  @Override
  public List<AuditEntry> auditTrail(Actor actor, Instant from, Instant to) {
    access.requirePrivacyOfficer(actor, "read the audit trail");
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("from", "is required"));
    }
    if (to == null) {
      errors.add(new FieldError("to", "is required"));
    } else if (from != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return transactions.inTransaction(() -> {
      List<AuditEntry> entries = audit.between(from, to);
      audit.record(actor, AuditedAction.READ_AUDIT_TRAIL, from + ".." + to, null);
      return entries;
    });
  }

  private static void requireEmployeeId(String employeeId) {
    if (employeeId == null || employeeId.isBlank()) {
      throw ValidationException.of("employeeId", "is required");
    }
  }
}
