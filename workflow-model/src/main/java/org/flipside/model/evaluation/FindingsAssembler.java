package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.flipside.model.Cohort;
import org.flipside.model.Programme;

/** Puts together the findings of a cohort's evaluation from what is stored. Works in the caller's transaction. */
public final class FindingsAssembler {

  private final Surveys surveys;
  private final Themes themes;
  private final OrganisationalOutcomes outcomes;

  public FindingsAssembler(EntityManager em) {
    this.surveys = new Surveys(em);
    this.themes = new Themes(em);
    this.outcomes = new OrganisationalOutcomes(em);
  }

  public EvaluationFindings assemble(Cohort cohort, Instant now) {
    Programme programme = cohort.getProgramme();
    BeforeAfter beforeAfter = BeforeAfterAnalysis.analyse(surveys.scoredResponses(cohort),
        surveys.template(programme).measures(), programme.getAnonymityThreshold());
    return new EvaluationFindings(programme.getName(), cohort.getNumber(), SurveyTemplate.focusPhrase(programme),
        label(programme.getMentorLabel(), "Mentors"), label(programme.getMenteeLabel(), "Mentees"), beforeAfter,
        outcomes.compare(programme), themes.of(cohort).stream().map(ThemeFinding::of).toList(),
        themes.recommendations(cohort), now);
  }

  private static String label(String label, String fallback) {
    return label == null || label.isBlank() ? fallback : label;
  }
}
