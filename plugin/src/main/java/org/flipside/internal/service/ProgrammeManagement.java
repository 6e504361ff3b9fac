package org.flipside.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.flipside.api.Actor;
import org.flipside.api.FieldError;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.NewSurveyQuestion;
import org.flipside.api.NotFoundException;
import org.flipside.api.ProgrammeScope;
import org.flipside.api.ProgrammeService;
import org.flipside.api.ProgrammeStatus;
import org.flipside.api.ProgrammeSummary;
import org.flipside.api.RolloutDecision;
import org.flipside.api.Stage;
import org.flipside.api.Steward;
import org.flipside.api.SurveyQuestion;
import org.flipside.api.TimelineEntry;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.ProgrammeDefaults;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.delegate.Variables;
import org.flipside.internal.delegate.scoping.ScopeRecord;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.host.Directory;
import org.flipside.internal.team.PostConflicts;
import org.flipside.internal.team.TeamVariables;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.flipside.model.privacy.AuditedAction;
import org.flipside.spi.FlipsideRoles;

/**
 * Creates programmes, each starting its lifecycle with the host's programme defaults, reports on them and keeps their
 * survey questions.
 */
final class ProgrammeManagement implements ProgrammeService {

  private static final int MAX_NAME = 200;
  private static final int MAX_LABEL = 60;

  private final Repositories data;
  private final RuntimeService runtime;
  private final Timeline timeline;
  private final Directory directory;
  private final AccessPolicy access;
  private final Stewardship stewardship;
  private final Transactions transactions;
  private final Clock clock;
  private final SurveyTemplateEditor surveys;
  private final RepositoryService repository;
  private final PostConflicts conflicts;
  private final Supplier<ProgrammeDefaults> defaults;

  ProgrammeManagement(Repositories data, RuntimeService runtime, Timeline timeline, Directory directory,
      AccessPolicy access, Stewardship stewardship, Transactions transactions, Clock clock,
      RepositoryService repository, Supplier<ProgrammeDefaults> defaults) {
    this.defaults = defaults;
    this.repository = repository;
    this.data = data;
    this.runtime = runtime;
    this.timeline = timeline;
    this.directory = directory;
    this.access = access;
    this.stewardship = stewardship;
    this.transactions = transactions;
    this.clock = clock;
    this.surveys = new SurveyTemplateEditor(data);
    this.conflicts = new PostConflicts(data);
  }

  @Override
  public ProgrammeSummary create(Actor actor, NewProgramme spec) {
    access.requireHrAdmin(actor, "create programmes");
    validate(actor, spec);
    return transactions.inTransaction(() -> {
      Programme programme = data.programmes().save(new Programme(
          spec.name().strip(),
          ProgrammeMode.valueOf(spec.mode().name()),
          spec.focus().stream().map(FocusDimension::name).sorted().collect(Collectors.joining(",")),
          spec.mentorLabel().strip(),
          spec.menteeLabel().strip(),
          actor.employeeId(),
          spec.sponsorId(),
          clock.instant()));
      ProgrammeDefaults startsWith = defaults.get();
      programme.setRetentionMonths(startsWith.retentionMonths());
      programme.setAnonymityThreshold(startsWith.anonymityThreshold());
      String instanceId = runtime.startProcessInstanceByKey(Processes.LIFECYCLE, programme.getId(),
          TeamVariables.empty(Variables.values()
              .with(Vars.PROGRAMME_ID, programme.getId())
              .with(Vars.PROGRAMME_MANAGER, actor.employeeId())
              .with(Vars.SPONSOR_ID, spec.sponsorId()))).getId();
      programme.setLifecycleInstanceId(instanceId);
      return summary(programme);
    });
  }

  private void validate(Actor actor, NewProgramme spec) {
    List<FieldError> errors = new ArrayList<>();
    if (spec == null) {
      throw ValidationException.of("programme", "is required");
    }
    text(errors, "name", spec.name(), MAX_NAME);
    text(errors, "mentorLabel", spec.mentorLabel(), MAX_LABEL);
    text(errors, "menteeLabel", spec.menteeLabel(), MAX_LABEL);
    if (spec.mode() == null) {
      errors.add(new FieldError("mode", "is required: REVERSE or RECIPROCAL"));
    }
    if (spec.focus() == null || spec.focus().isEmpty()) {
      errors.add(new FieldError("focus", "needs at least one focus dimension"));
    }
    if (spec.sponsorId() == null || spec.sponsorId().isBlank()) {
      errors.add(new FieldError("sponsorId", "is required"));
    } else if (!directory.isEmployed(spec.sponsorId())) {
      errors.add(new FieldError("sponsorId", "no employed employee with id '" + spec.sponsorId() + "'"));
    } else {
      sponsorProblem(spec.sponsorId(), actor.employeeId()).ifPresent(problem ->
          errors.add(new FieldError("sponsorId", problem)));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Why an employee cannot sponsor a programme, if they cannot: the sponsor signs off what its manager
   * proposes, so it takes someone the host made a sponsor, and someone other than the manager.
   */
  private Optional<String> sponsorProblem(String sponsorId, String programmeManagerId) {
    if (!directory.rolesOf(sponsorId).contains(FlipsideRoles.SPONSOR)) {
      return Optional.of(sponsorId + " does not hold the role " + FlipsideRoles.SPONSOR);
    }
    if (sponsorId.equals(programmeManagerId)) {
      return Optional.of("must not be the programme's manager, whose proposals the sponsor signs off");
    }
    return Optional.empty();
  }

  private static void text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  @Override
  public List<ProgrammeSummary> programmes(Actor actor) {
    return transactions.inTransaction(() -> data.programmes().findAll().stream()
        .filter(programme -> access.canFollowAll(actor)
            || actor.employeeId().equals(programme.getProgrammeManagerId())
            || actor.employeeId().equals(programme.getSponsorId()))
        .map(ProgrammeManagement::summary)
        .toList());
  }

  @Override
  public ProgrammeStatus status(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = followable(actor, programmeId);
      Cohort cohort = data.cohorts().findCurrent(programmeId).orElse(null);
      return cohort == null
          ? ProgrammeFigures.beforeRecruitment(programme)
          : ProgrammeFigures.of(programme, cohort, data);
    });
  }

  @Override
  public List<TimelineEntry> timeline(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> {
      Programme programme = followable(actor, programmeId);
      return timeline.of(programme, Stage.valueOf(programme.getStage().name()));
    });
  }

  @Override
  public ProgrammeStatus appoint(Actor actor, String programmeId, Steward steward, String employeeId) {
    access.requireHrAdmin(actor, "appoint a programme's manager or sponsor");
    List<FieldError> errors = new ArrayList<>();
    if (steward == null) {
      errors.add(new FieldError("steward", "is required: PROGRAMME_MANAGER or SPONSOR"));
    }
    if (employeeId == null || employeeId.isBlank()) {
      errors.add(new FieldError("employeeId", "is required"));
    } else if (!directory.isEmployed(employeeId)) {
      errors.add(new FieldError("employeeId", "no employed employee with id '" + employeeId + "'"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    transactions.run(() -> {
      Programme programme = find(programmeId);
      if (programme.hasEnded()) {
        throw ValidationException.of("programmeId", "the programme has ended: it needs no " + steward.name());
      }
      if (employeeId.equals(Stewardship.holder(programme, steward))) {
        throw ValidationException.of("employeeId", employeeId + " already holds the post " + steward.name());
      }
      if (steward == Steward.SPONSOR) {
        sponsorProblem(employeeId, programme.getProgrammeManagerId()).ifPresent(problem -> {
          throw ValidationException.of("employeeId", problem);
        });
      } else {
        // the manager sees the matching: a participant would see their own pairing
        conflicts.refusal(programme, employeeId, "programme manager").ifPresent(refusal -> {
          throw ValidationException.of("employeeId", refusal);
        });
      }
      stewardship.appoint(programme, steward, employeeId);
      access.recordRead(actor, AuditedAction.APPOINT, employeeId, programmeId);
    });
    return status(actor, programmeId);
  }

  @Override
  public Optional<RolloutDecision> rollout(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> RolloutRecord.of(followable(actor, programmeId), data, directory));
  }

  @Override
  public ProgrammeScope scope(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> ScopeRecord.of(followable(actor, programmeId), repository, directory));
  }

  @Override
  public List<SurveyQuestion> surveyQuestions(Actor actor, String programmeId) {
    return transactions.inTransaction(() -> surveys.questions(surveyEditable(actor, programmeId)));
  }

  @Override
  public SurveyQuestion addSurveyQuestion(Actor actor, String programmeId, NewSurveyQuestion question) {
    return transactions.inTransaction(() ->
        surveys.add(surveyEditable(actor, programmeId), question, clock.instant()));
  }

  private Programme surveyEditable(Actor actor, String programmeId) {
    Programme programme = find(programmeId);
    access.requireCanEditSurvey(actor, programme);
    return programme;
  }

  private Programme followable(Actor actor, String programmeId) {
    Programme programme = find(programmeId);
    access.requireCanFollow(actor, programme);
    return programme;
  }

  private Programme find(String programmeId) {
    return data.programmes().find(programmeId)
        .orElseThrow(() -> new NotFoundException("no programme with id " + programmeId));
  }

  static ProgrammeSummary summary(Programme programme) {
    return new ProgrammeSummary(programme.getId(), programme.getName(), Stage.valueOf(programme.getStage().name()));
  }
}
