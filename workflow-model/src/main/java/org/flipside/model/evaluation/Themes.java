package org.flipside.model.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flipside.model.Cohort;
import org.flipside.model.repository.EntityRepository;

/** The themes of a cohort's feedback and the recommendations they lead to. Works in the caller's transaction. */
public final class Themes {

  static final int MAXIMUM_TITLE = 200;
  static final int MAXIMUM_TEXT = 2000;

  private final ThemeRepository themes;

  public Themes(EntityManager em) {
    this.themes = new ThemeRepository(em);
  }

  /**
   * Adds a theme to the cohort's evaluation.
   *
   * @throws InvalidInputException naming each field that is wrong; nothing is saved then
   */
  public FeedbackTheme add(Cohort cohort, ThemeDraft draft, Instant now) {
    List<InputProblem> problems = new ArrayList<>();
    text(problems, "title", draft.title(), MAXIMUM_TITLE, true);
    text(problems, "summary", draft.summary(), MAXIMUM_TEXT, false);
    text(problems, "recommendation", draft.recommendation(), MAXIMUM_TEXT, true);
    List<String> goals = ProgrammeGoals.of(cohort.getProgramme());
    Optional<String> goal = Optional.empty();
    boolean goalGiven = draft.goal() != null && !draft.goal().isBlank();
    if (goals.isEmpty()) {
      // a programme with no fixed outcomes: its themes bear on no goal
      if (goalGiven) {
        problems.add(new InputProblem("goal", "the programme set no goals at scoping: leave it empty"));
      }
    } else if (!goalGiven) {
      problems.add(new InputProblem("goal", "is required: one of " + goals));
    } else {
      goal = ProgrammeGoals.match(cohort.getProgramme(), draft.goal());
      if (goal.isEmpty()) {
        problems.add(new InputProblem("goal", "'" + draft.goal().strip() + "' is not one of the programme's goals "
            + goals));
      }
    }
    if (draft.priority() == null) {
      problems.add(new InputProblem("priority", "is required: ACT_NOW or LATER"));
    }
    if (draft.mentions() < 0) {
      problems.add(new InputProblem("mentions", "must not be negative but was " + draft.mentions()));
    }
    List<FeedbackTheme> existing = themes.findByCohort(cohort.getId());
    if (draft.title() != null && existing.stream().anyMatch(theme -> theme.getTitle().equalsIgnoreCase(draft.title().strip()))) {
      problems.add(new InputProblem("title", "the cohort already has a theme called '" + draft.title().strip() + "'"));
    }
    InvalidInputException.throwIfAny(problems);
    int position = existing.stream().mapToInt(FeedbackTheme::getPosition).max().orElse(0) + 1;
    ThemeDraft canonical = new ThemeDraft(draft.title(), draft.summary(), goal.orElse(null), draft.priority(),
        draft.recommendation(), draft.mentions());
    return themes.save(new FeedbackTheme(cohort, canonical, position, now));
  }

  /** Removes a theme, when the manager regroups the feedback. */
  public void remove(String themeId) {
    themes.find(themeId).ifPresent(themes::delete);
  }

  /** The cohort's themes, act-now first, then in the order they were added. */
  public List<FeedbackTheme> of(Cohort cohort) {
    return themes.findByCohort(cohort.getId()).stream()
        .sorted(Comparator.comparing(FeedbackTheme::getPriority).thenComparingInt(FeedbackTheme::getPosition))
        .toList();
  }

  /** One recommendation per theme, act-now first. */
  public List<Recommendation> recommendations(Cohort cohort) {
    return of(cohort).stream()
        .map(theme -> new Recommendation(theme.getRecommendation(), theme.getPriority(), theme.getTitle(),
            theme.getGoal()))
        .toList();
  }

  private static void text(List<InputProblem> problems, String field, String value, int maximum, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new InputProblem(field, "is required"));
      }
    } else if (value.strip().length() > maximum) {
      problems.add(new InputProblem(field, "must be at most " + maximum + " characters but has "
          + value.strip().length()));
    }
  }

  /** Stores themes. */
  static final class ThemeRepository extends EntityRepository<FeedbackTheme> {

    ThemeRepository(EntityManager em) {
      super(em, FeedbackTheme.class, FeedbackTheme::getId);
    }

    List<FeedbackTheme> findByCohort(String cohortId) {
      return query("SELECT t FROM FeedbackTheme t WHERE t.cohort.id = :cohortId ORDER BY t.position")
          .setParameter("cohortId", cohortId)
          .getResultList();
    }

    void delete(FeedbackTheme theme) {
      em.remove(theme);
    }
  }
}
