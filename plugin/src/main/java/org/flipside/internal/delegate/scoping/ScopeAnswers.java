package org.flipside.internal.delegate.scoping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.ProgrammeScope;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.BandOptions;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.delegate.recruitment.EligiblePool;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Programme;

/**
 * The pilot's scope and the sponsor's sign-off. What people write there, the goals, gap analysis, staff networks,
 * the agreement template's boundaries, the pre-reading and the sponsor's comments, goes to the programme as the task
 * completes, and a scope sent back shows it again from there, with how many its audience makes eligible; the sponsor
 * reads the whole scope from there; the form starts with the programme's retention; the engine receives the numbers, dates, choices and
 * rules that steer the programme, which the step after the scope checks across fields and records. The bands to
 * choose from are the directory's, by name.
 */
public final class ScopeAnswers implements AnswerStore {

  private static final Var<?>[] WRITTEN = {Vars.GOALS, Vars.SHORT_TERM_GOALS, Vars.MEDIUM_TERM_GOALS,
      Vars.LONG_TERM_GOALS, Vars.GAP_ANALYSIS, Vars.STAFF_NETWORKS, Vars.AGREEMENT_BOUNDARIES, Vars.PRE_READING};

  private final DelegateContext context;
  private final TaskVariables variables;
  private final RepositoryService repository;

  public ScopeAnswers(DelegateContext context, TaskVariables variables, RepositoryService repository) {
    this.context = context;
    this.variables = variables;
    this.repository = repository;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.SCOPE_PILOT.equals(form.id()) || Forms.SPONSOR_SIGN_OFF.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    Programme programme = programme(task);
    if (Forms.SPONSOR_SIGN_OFF.equals(form.id())) {
      ProgrammeScope scope = ScopeRecord.of(programme, repository, context.directory());
      return Map.of(Vars.SCOPE_SUMMARY.name(), ScopeSummary.of(programme, scope, bandNames(),
          sponsorInAudience(programme)));
    }
    Map<String, Object> shown = new HashMap<>(HorizonGoals.written(programme.getScopingGoals()));
    shown.put(Vars.ELIGIBLE_SUMMARY.name(), eligibleSummary(programme));
    putIfSet(shown, Vars.GOALS, programme.getGoals());
    putIfSet(shown, Vars.GAP_ANALYSIS, programme.getGapAnalysis());
    putIfSet(shown, Vars.STAFF_NETWORKS, programme.getStaffNetworks());
    putIfSet(shown, Vars.AGREEMENT_BOUNDARIES, programme.getAgreementBoundaries());
    // the retention the programme started with, which the host's settings chose, in place of the form's own default
    shown.put(Vars.RETENTION_MONTHS.name(), programme.getRetentionMonths());
    shown.put(Vars.BAND_OPTIONS.name(), BandOptions.of(context.directory()));
    return shown;
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    Programme programme = programme(task);
    if (Forms.SPONSOR_SIGN_OFF.equals(form.id())) {
      programme.setSponsorComments(text(values, Vars.COMMENTS));
      return SteeringAnswers.except(values, Vars.COMMENTS);
    }
    programme.setGoals(text(values, Vars.GOALS));
    programme.setScopingGoals(HorizonGoals.read(values));
    programme.setGapAnalysis(text(values, Vars.GAP_ANALYSIS));
    programme.setStaffNetworks(text(values, Vars.STAFF_NETWORKS));
    programme.setAgreementBoundaries(text(values, Vars.AGREEMENT_BOUNDARIES));
    // a reading list left out keeps the programme's own
    if (values.containsKey(Vars.PRE_READING.name())) {
      programme.setPreReading(text(values, Vars.PRE_READING));
    }
    return SteeringAnswers.except(values, WRITTEN);
  }

  /** How many the scope as last saved makes eligible; before the first save there are no bands to count by. */
  private String eligibleSummary(Programme programme) {
    if (programme.getMentorMaximumBand() == null || programme.getMenteeMinimumBand() == null) {
      return "Once you choose the bands and save, this shows how many people are eligible on each side; the "
          + "sponsor's sign-off shows it too.";
    }
    return "With the bands and lists as last saved, "
        + EligiblePool.of(programme, repository, context.directory()).describe(programme)
        + ". Every pair needs one of each: a cohort larger than that is refused.";
  }

  /**
   * The sponsor's place in the audience, when the scope invites them: the sponsor's post sees no pairing (matching is
   * the manager's and HR admins'), so a sponsor may take part like anyone invited, and the sign-off says so.
   */
  private Optional<SponsorInAudience> sponsorInAudience(Programme programme) {
    String sponsorId = programme.getSponsorId();
    return EligiblePool.invitedAs(programme, repository, context.directory(), sponsorId)
        .map(side -> new SponsorInAudience(context.directory().nameOf(sponsorId), side));
  }

  /** Each band's name as the directory gives it. */
  private IntFunction<String> bandNames() {
    Map<Object, Object> names = new HashMap<>();
    BandOptions.of(context.directory()).forEach(option -> names.put(option.get("value"), option.get("label")));
    return band -> String.valueOf(names.getOrDefault(band, "Band " + band));
  }

  private Programme programme(Task task) {
    return context.programme(variables.get(task.getId(), Vars.PROGRAMME_ID));
  }

  private static void putIfSet(Map<String, Object> shown, Var<String> field, String value) {
    if (value != null) {
      shown.put(field.name(), value);
    }
  }

  private static String text(Map<String, Object> values, Var<String> field) {
    Object value = values.get(field.name());
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
