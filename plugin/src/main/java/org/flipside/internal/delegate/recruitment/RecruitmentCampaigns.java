package org.flipside.internal.delegate.recruitment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.DelegateContext;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.form.SteeringAnswers;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;
import org.flipside.model.RecruitmentCampaign;
import org.flipside.model.RecruitmentChannel;

/**
 * A communications contact's recruitment campaign while a cohort's application window is open. The form shows what
 * the contact promotes: the programme and its goals, the window's dates, the cohort's size, how many are eligible on
 * each side and how many have applied so far; the channels the contact used, and when the campaign began, are kept in
 * Flipside's tables for the evaluation report. The engine receives nothing.
 */
public final class RecruitmentCampaigns implements AnswerStore {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final DelegateContext context;
  private final TaskVariables variables;
  private final RepositoryService repository;

  public RecruitmentCampaigns(DelegateContext context, TaskVariables variables, RepositoryService repository) {
    this.context = context;
    this.variables = variables;
    this.repository = repository;
  }

  @Override
  public boolean stores(FormDefinition form) {
    return Forms.RECRUITMENT_CAMPAIGN.equals(form.id());
  }

  @Override
  public Map<String, Object> dataOf(FormDefinition form, Task task) {
    return Map.of(Vars.CAMPAIGN_BRIEF.name(), brief(cohortOf(task)));
  }

  /** What the contact promotes, and how recruitment stands. */
  private String brief(Cohort cohort) {
    Programme programme = cohort.getProgramme();
    List<String> lines = new ArrayList<>();
    lines.add("**" + programme.getName() + "**");
    if (programme.getGoals() != null && !programme.getGoals().isBlank()) {
      lines.add("What it is for: " + programme.getGoals());
    }
    lines.add("Applications open " + day(cohort.getOpenedAt().atZone(ZoneOffset.UTC).toLocalDate()) + " and close "
        + day(cohort.getApplicationDeadline().atZone(ZoneOffset.UTC).toLocalDate()) + ".");
    lines.add("Pairs sought: " + programme.getCohortSize() + ". "
        + EligiblePool.of(programme, repository, context.directory()).describe(programme) + ".");
    lines.add("Applications so far: " + context.data().applications().countByCohort(cohort.getId()) + ".");
    return String.join("\n\n", lines);
  }

  @Override
  public Map<String, Object> store(FormDefinition form, Task task, Map<String, Object> values) {
    List<RecruitmentChannel> channels = channels(values.get(Vars.CAMPAIGN_CHANNELS.name()));
    Object startedOn = values.get(Vars.CAMPAIGN_STARTED_ON.name());
    context.data().recruitmentCampaigns().add(new RecruitmentCampaign(cohortOf(task), task.getAssignee(), channels,
        startedOn == null || startedOn.toString().isBlank() ? null : LocalDate.parse(startedOn.toString()),
        context.now()));
    return SteeringAnswers.except(values, Vars.CAMPAIGN_CHANNELS, Vars.CAMPAIGN_STARTED_ON);
  }

  private static List<RecruitmentChannel> channels(Object given) {
    List<RecruitmentChannel> channels = new ArrayList<>();
    if (given instanceof List<?> codes) {
      for (Object code : codes) {
        channels.add(RecruitmentChannel.ofCode(String.valueOf(code)).orElseThrow(() -> ValidationException.of(
            Vars.CAMPAIGN_CHANNELS.name(), "'" + code + "' is not a channel the form offers")));
      }
    }
    if (channels.isEmpty()) {
      throw ValidationException.of(Vars.CAMPAIGN_CHANNELS.name(), "choose at least one way you promoted the programme");
    }
    return channels;
  }

  private static String day(LocalDate day) {
    return DAY.format(day);
  }

  private Cohort cohortOf(Task task) {
    return context.cohort(variables.get(task.getId(), Vars.COHORT_ID));
  }
}
