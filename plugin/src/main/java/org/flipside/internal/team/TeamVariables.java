package org.flipside.internal.team;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.coaching.CoachingSessionInvite;
import org.flipside.model.Appointment;
import org.flipside.model.CohortStatus;
import org.flipside.model.DeliveryRole;
import org.flipside.model.Programme;

/**
 * Keeps, on the programme's lifecycle, the ids of the holders of each post that has steps of its own, so that its
 * diagram can give each holder their step: the ids alone, employee or guest, never a name. Someone who no longer
 * holds the post (withdrawn, or gone from the organisation) is no longer waited for: their open step of the post ends
 * unanswered, and the others' steps go on; someone appointed while the step is under way gets one of their own
 * ({@link LateHolderSteps}). The coaches' and liaisons' steps are offered to all the post's holders
 * instead (coaching requests in the pairs' journeys; the kick-off plan and registers in the lifecycle), which
 * {@link PostOffers} keeps offered to the holders of the day; a coaching session still to come that a coach no
 * longer holding the post arranged is cancelled ({@link CoachingSessionInvite}).
 */
public final class TeamVariables {

  /**
   * A post's steps: the variable listing its holders, the form of the step each holder is given, and whether the
   * step stays open for someone appointed late while the application window is, though every other holder's step
   * has ended.
   */
  private record PostSteps(Var<List<String>> holders, String form, boolean openWithTheWindow) {}

  /** The posts whose holders the diagrams give steps to. */
  private static final Map<DeliveryRole, PostSteps> WITH_STEPS = Map.of(
      DeliveryRole.STAFF_NETWORK_REPRESENTATIVE,
      new PostSteps(Vars.STAFF_NETWORK_REPRESENTATIVE_IDS, Forms.CO_DESIGN_REVIEW, false),
      DeliveryRole.COMMUNICATIONS_CONTACT,
      new PostSteps(Vars.COMMUNICATIONS_CONTACT_IDS, Forms.RECRUITMENT_CAMPAIGN, true));

  private final DelegateContext context;
  private final Repositories data;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final PostOffers offers;
  private final LateHolderSteps lateSteps;

  public TeamVariables(DelegateContext context, RuntimeService runtime, TaskService tasks,
      RepositoryService repository, ManagementService management) {
    this.context = context;
    this.data = context.data();
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.offers = new PostOffers(runtime, tasks, repository);
    this.lateSteps = new LateHolderSteps(runtime, repository);
  }

  /** Adds every post's holder list, empty before anyone is appointed: what a new programme's lifecycle starts with. */
  public static Variables.Values empty(Variables.Values values) {
    WITH_STEPS.values().forEach(post -> values.with(post.holders(), List.of()));
    return PostOffers.empty(values);
  }

  /**
   * Sets the post's holder list on the programme's lifecycle, when the post has steps and the lifecycle runs, and
   * ends the open steps of anyone no longer holding it; for a post whose steps are offered to all its holders, offers
   * each open step to the holders of the day; for the coaches, cancels the sessions still to come of any who left it.
   */
  public void refresh(Programme programme, DeliveryRole role) {
    PostOffers.OfferedSteps offered = PostOffers.OFFERED.get(role);
    if (offered != null) {
      List<String> holders = holders(programme, role);
      offers.refresh(programme, offered, holders);
      if (role == DeliveryRole.COACH) {
        CoachingSessionInvite.coachesChanged(context, programme, holders);
      }
      return;
    }
    PostSteps post = WITH_STEPS.get(role);
    String lifecycle = programme.getLifecycleInstanceId();
    if (post == null || lifecycle == null
        || runtime.createProcessInstanceQuery().processInstanceId(lifecycle).count() == 0) {
      return;
    }
    List<String> holders = holders(programme, role);
    Object before = runtime.getVariable(lifecycle, post.holders().name());
    runtime.setVariable(lifecycle, post.holders().name(), Variables.stored(post.holders(), holders));
    List<String> appointed = holders.stream()
        .filter(holder -> !(before instanceof List<?> earlier && earlier.contains(holder))).toList();
    lateSteps.give(lifecycle, post.form(), appointed, post.openWithTheWindow() && windowOpen(programme, lifecycle));
    // completed unanswered, so a parallel step over the holders goes on with the others'
    tasks.createTaskQuery().processInstanceId(lifecycle).initializeFormKeys().active().list().stream()
        .filter(task -> task.getCamundaFormRef() != null && post.form().equals(task.getCamundaFormRef().getKey()))
        .filter(task -> task.getAssignee() != null && !holders.contains(task.getAssignee()))
        .forEach(task -> tasks.complete(task.getId()));
  }

  /** Whether the lifecycle waits for the current cohort's application window to close: the window is open. */
  private boolean windowOpen(Programme programme, String lifecycle) {
    return data.cohorts().findCurrent(programme.getId())
        .filter(cohort -> cohort.getStatus() == CohortStatus.RECRUITING && cohort.getApplicationDeadline() != null)
        .map(cohort -> cohort.getApplicationDeadline().truncatedTo(ChronoUnit.SECONDS))
        .map(deadline -> management.createJobQuery().processInstanceId(lifecycle).timers().list().stream()
            .anyMatch(timer -> timer.getDuedate() != null
                && timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(deadline)))
        .orElse(false);
  }

  private List<String> holders(Programme programme, DeliveryRole role) {
    return data.appointments().findByProgrammeAndRole(programme.getId(), role).stream()
        .map(Appointment::getPersonId).toList();
  }
}
