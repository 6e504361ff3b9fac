package org.flipside.internal.delegate.workshops;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopKind;

/**
 * The lifecycle waits on the cohort's kick-off workshops twice: the liaisons' plan step ends unanswered when the first
 * one starts ({@link Vars#KICK_OFF_PLAN_BY}), and the attendance registers open once the last one has ended
 * ({@link Vars#WORKSHOPS_HELD_BY}). When a kick-off workshop is moved or cancelled, from the API or the plan step, both
 * waits follow the kick-offs still planned. A waiting timer is found by the moment it waits for, not by its element's
 * id, so a process owner's diagram may name it as it likes.
 */
public final class KickOffWait {

  private static final Set<WorkshopKind> KICK_OFFS = Set.of(WorkshopKind.MENTOR_KICK_OFF, WorkshopKind.MENTEE_KICK_OFF);

  /** A moment the lifecycle waits for, and how it follows from the kick-offs still planned. */
  private record Wait(Var<Instant> moment, Function<Stream<Workshop>, Optional<Instant>> of) {}

  private static final List<Wait> WAITS = List.of(
      new Wait(Vars.KICK_OFF_PLAN_BY, kickOffs -> kickOffs.map(Workshop::getScheduledAt).min(Comparator.naturalOrder())),
      new Wait(Vars.WORKSHOPS_HELD_BY, kickOffs -> kickOffs.map(Workshop::getEndsAt).max(Comparator.naturalOrder())));

  private final Repositories data;
  private final RuntimeService runtime;
  private final ManagementService management;

  public KickOffWait(Repositories data, RuntimeService runtime, ManagementService management) {
    this.data = data;
    this.runtime = runtime;
    this.management = management;
  }

  /** Moves the lifecycle's waits after the kick-off workshop changed; any other event leaves them alone. */
  public void follow(Workshop changed) {
    String lifecycle = changed.getCohort().getProgramme().getLifecycleInstanceId();
    if (!KICK_OFFS.contains(changed.getKind()) || lifecycle == null
        || runtime.createProcessInstanceQuery().processInstanceId(lifecycle).count() == 0) {
      return;
    }
    List<Workshop> planned = data.workshops().findByCohort(changed.getCohort().getId()).stream()
        .filter(workshop -> KICK_OFFS.contains(workshop.getKind()) && !workshop.isCancelled()).toList();
    for (Wait wait : WAITS) {
      Object waiting = runtime.getVariable(lifecycle, wait.moment().name());
      Optional<Instant> moment = wait.of().apply(planned.stream());
      if (waiting != null && moment.isPresent()) {
        move(lifecycle, Instant.parse(waiting.toString()), moment.get());
        runtime.setVariable(lifecycle, wait.moment().name(), Variables.stored(wait.moment(), moment.get()));
      }
    }
  }

  private void move(String lifecycle, Instant from, Instant to) {
    Instant before = from.truncatedTo(ChronoUnit.SECONDS);
    for (Job timer : management.createJobQuery().processInstanceId(lifecycle).timers().list()) {
      if (timer.getDuedate() != null && timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(before)) {
        management.setJobDuedate(timer.getId(), Date.from(to));
      }
    }
  }
}
