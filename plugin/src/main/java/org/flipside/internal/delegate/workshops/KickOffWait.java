package org.flipside.internal.delegate.workshops;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/**
 * The lifecycle waits until the cohort's last kick-off workshop has ended before their attendance registers open
 * ({@link Vars#WORKSHOPS_HELD_BY}). When the programme team moves or cancels a kick-off workshop, the wait follows:
 * it ends when the last kick-off still planned ends. The waiting timer is found by the moment it waits for, not by
 * its element's id, so a process owner's diagram may name it as it likes.
 */
public final class KickOffWait {

  private static final Set<WorkshopKind> KICK_OFFS = Set.of(WorkshopKind.MENTOR_KICK_OFF, WorkshopKind.MENTEE_KICK_OFF);

  private final Repositories data;
  private final RuntimeService runtime;
  private final ManagementService management;

  public KickOffWait(Repositories data, RuntimeService runtime, ManagementService management) {
    this.data = data;
    this.runtime = runtime;
    this.management = management;
  }

  /** Moves the lifecycle's wait after the kick-off workshop changed; any other event leaves it alone. */
  public void follow(Workshop changed) {
    String lifecycle = changed.getCohort().getProgramme().getLifecycleInstanceId();
    if (!KICK_OFFS.contains(changed.getKind()) || lifecycle == null
        || runtime.createProcessInstanceQuery().processInstanceId(lifecycle).count() == 0) {
      return;
    }
    Object waiting = runtime.getVariable(lifecycle, Vars.WORKSHOPS_HELD_BY.name());
    Optional<Instant> lastEnd = data.workshops().findByCohort(changed.getCohort().getId()).stream()
        .filter(workshop -> KICK_OFFS.contains(workshop.getKind()) && !workshop.isCancelled())
        .map(Workshop::getEndsAt).max(Comparator.naturalOrder());
    if (waiting == null || lastEnd.isEmpty()) {
      return;
    }
    Instant before = Instant.parse(waiting.toString()).truncatedTo(ChronoUnit.SECONDS);
    for (Job timer : management.createJobQuery().processInstanceId(lifecycle).timers().list()) {
      if (timer.getDuedate() != null && timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(before)) {
        management.setJobDuedate(timer.getId(), Date.from(lastEnd.get()));
      }
    }
    runtime.setVariable(lifecycle, Vars.WORKSHOPS_HELD_BY.name(), Variables.stored(Vars.WORKSHOPS_HELD_BY,
        lastEnd.get()));
  }
}
