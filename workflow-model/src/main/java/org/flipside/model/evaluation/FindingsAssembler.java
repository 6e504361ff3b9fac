package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.flipside.model.Cohort;
import org.flipside.model.EvaluationReport;
import org.flipside.model.Programme;
import org.flipside.model.RecruitmentChannel;
import org.flipside.model.repository.EvaluationReportRepository;
import org.flipside.model.repository.RecruitmentCampaignRepository;

/** Puts together the findings of a cohort's evaluation from what is stored. Works in the caller's transaction. */
public final class FindingsAssembler {

  private final Surveys surveys;
  private final Themes themes;
  private final OrganisationalOutcomes outcomes;
  private final Commitments commitments;
  private final EventRegisters events;
  private final EvaluationReportRepository reports;
  private final RecruitmentCampaignRepository campaigns;

  public FindingsAssembler(EntityManager em) {
    this.surveys = new Surveys(em);
    this.themes = new Themes(em);
    this.outcomes = new OrganisationalOutcomes(em);
    this.commitments = new Commitments(em);
    this.events = new EventRegisters(em);
    this.reports = new EvaluationReportRepository(em);
    this.campaigns = new RecruitmentCampaignRepository(em);
  }

  public EvaluationFindings assemble(Cohort cohort, Instant now) {
    Programme programme = cohort.getProgramme();
    BeforeAfter beforeAfter = BeforeAfterAnalysis.analyse(surveys.scoredResponses(cohort),
        surveys.template(programme).measures(), programme.getAnonymityThreshold());
    return new EvaluationFindings(programme.getName(), cohort.getNumber(), SurveyTemplate.focusPhrase(programme),
        label(programme.getMentorLabel(), "Mentors"), label(programme.getMenteeLabel(), "Mentees"), beforeAfter,
        participation(cohort, now), outcomes.history(programme),
        commitments.of(programme).stream().map(CommitmentFinding::of).toList(),
        themes.of(cohort).stream().map(ThemeFinding::of).toList(), themes.recommendations(cohort),
        events.upcoming(cohort, now), now);
  }

  /**
   * The counts taken when the cohort's surveys closed, each held event's register as it stands, and every channel
   * the cohort's communications contacts recorded.
   */
  private Participation participation(Cohort cohort, Instant now) {
    List<String> channels = campaigns.findByCohort(cohort.getId()).stream()
        .flatMap(campaign -> campaign.getChannels().stream()).distinct().sorted()
        .map(RecruitmentChannel::phrase).toList();
    return reports.findLatestByCohort(cohort.getId())
        .map(report -> Participation.of(report.getPairs(), report.getPairsCompleted(), report.getPairsEndedEarly(),
            report.getSessionsHeld(), report.getSessionsMissed(), report.getSurveyResponses(), events.of(cohort, now),
            cohort.getProgramme().getAnonymityThreshold()))
        .orElseGet(Participation::none)
        .promotedThrough(channels);
  }

  private static String label(String label, String fallback) {
    return label == null || label.isBlank() ? fallback : label;
  }
}
