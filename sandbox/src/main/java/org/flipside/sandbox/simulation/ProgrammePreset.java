package org.flipside.sandbox.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.api.ProgrammeMode;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.sandbox.organisation.Bands;
import org.flipside.sandbox.organisation.SyntheticDirectory;

/**
 * A seed programme run as its organisation ran it: the shape (pairs, cohorts, audience, bands, matching rules) is
 * fixed; the seed, the organisation's size (within what the shape needs) and the start date are the run's own.
 */
public enum ProgrammePreset {

  /**
   * Arden &amp; GEM for NHS England's Chief Pharmacy Office: 11 pairs recruited inside the one directorate, a Pharmacy
   * Fellow as liaison, OD trainers and an external speaker, coaching, feedback sessions after the sessions end and a
   * presentation to an advisory group a month later.
   */
  PHARMACY(11, 1, 1600, 1200, ProgrammeMode.REVERSE, "Chief Pharmacy Office reverse mentoring", 5, 7, 2),

  /**
   * Arden &amp; GEM's own programme: 15 senior leaders including the managing director, the top of the organisation,
   * whom the line-chain rule would keep unmatched; pairs choose their own rhythm above a monthly minimum.
   */
  INTERNAL(15, 1, 400, 300, ProgrammeMode.REVERSE, "Leadership reverse mentoring", 6, 8, 2),

  /**
   * Sheffield Health and Social Care: a reciprocal cohort of board members and senior BME staff, then a cascade in
   * which those staff (and the waitlist) mentor BME staff at bands 5-6, with outcomes recorded over three years.
   */
  RECIPROCAL(5, 2, 400, 400, ProgrammeMode.RECIPROCAL, "BME reciprocal mentoring", 8, 9, 0);

  /** The directorate the pharmacy programme recruits from. */
  public static final String PHARMACY_DIRECTORATE = "Chief Pharmacy Office";

  /** The cascade cohort's new partners come from this band up. */
  static final int CASCADE_LOWEST_BAND = 5;

  /** The cascade cohort's new partners come from this band down. */
  static final int CASCADE_HIGHEST_BAND = 6;

  /** The board cohort's BME partners come from this band up. */
  static final int SENIOR_BME_LOWEST_BAND = 6;

  private final int pairs;
  private final int cohorts;
  private final int defaultEmployees;
  private final int minimumEmployees;
  private final ProgrammeMode mode;
  private final String programmeName;
  private final int mentorMaximumBand;
  private final int menteeMinimumBand;
  private final int minimumBandGap;

  ProgrammePreset(int pairs, int cohorts, int defaultEmployees, int minimumEmployees, ProgrammeMode mode,
      String programmeName, int mentorMaximumBand, int menteeMinimumBand, int minimumBandGap) {
    this.pairs = pairs;
    this.cohorts = cohorts;
    this.defaultEmployees = defaultEmployees;
    this.minimumEmployees = minimumEmployees;
    this.mode = mode;
    this.programmeName = programmeName;
    this.mentorMaximumBand = mentorMaximumBand;
    this.menteeMinimumBand = menteeMinimumBand;
    this.minimumBandGap = minimumBandGap;
  }

  /** How the command line names it. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Pairs per cohort, as scoped. */
  public int pairs() {
    return pairs;
  }

  /** Cohorts the programme runs. */
  public int cohorts() {
    return cohorts;
  }

  /** The organisation's size when the run does not say. */
  public int defaultEmployees() {
    return defaultEmployees;
  }

  /** The smallest organisation whose audience yields the preset's pairs. */
  public int minimumEmployees() {
    return minimumEmployees;
  }

  ProgrammeMode mode() {
    return mode;
  }

  String programmeName() {
    return programmeName;
  }

  int mentorMaximumBand() {
    return mentorMaximumBand;
  }

  int menteeMinimumBand() {
    return menteeMinimumBand;
  }

  int minimumBandGap() {
    return minimumBandGap;
  }

  /** The departments or directorates recruited from; empty for all. */
  List<String> recruitDepartments() {
    return this == PHARMACY ? List.of(PHARMACY_DIRECTORATE) : List.of();
  }

  /** The host groups recruited from; empty for everyone. */
  List<String> recruitHostGroups() {
    return this == RECIPROCAL ? List.of(SyntheticDirectory.BOARD, SyntheticDirectory.BME_NETWORK) : List.of();
  }

  /**
   * What the scoping form says beyond the default pilot's fields: the programme's own goals, and the matching rules
   * its audience needs (one directorate cannot keep departments apart).
   */
  Map<String, Object> scopeAdditions() {
    return switch (this) {
      case PHARMACY -> Map.of(
          Vars.GOALS.name(), "Senior leaders understand the barriers pharmacy staff from minority ethnic backgrounds"
              + " face in progressing to higher bandings\nLearning embedded in the Office's culture and its policy"
              + " making",
          Vars.SEPARATE_DEPARTMENTS.name(), false,
          Vars.KNOWLEDGE_SESSIONS.name(), 1);
      // no fixed outcomes: one goal about understanding, which the themes serve
      case INTERNAL -> Map.of(
          Vars.GOALS.name(), "Leaders deepen their understanding of colleagues' lived experience of ethnicity",
          Vars.KNOWLEDGE_SESSIONS.name(), 1);
      // the follow-up a year after the cascade is recorded before the programme's data is erased
      // mentors who come back for the cascade may take two partners each
      case RECIPROCAL -> Map.of(
          Vars.GOALS.name(), "Cultural competence among Board members\nBME staff in senior roles (Bands 6 to 8d)"
              + " and a growing BME staff network",
          Vars.HONOUR_MENTOR_CAPACITY.name(), true,
          Vars.RETENTION_MONTHS.name(), 36);
    };
  }

  /**
   * The side an employee volunteers for in the reciprocal programme, if they volunteer at all: senior BME staff beside
   * the board in the first cohort; in the cascade, BME staff at bands 5-6 to be mentored and senior BME staff new to
   * the programme to mentor them. (The other presets take juniors as mentors and seniors as mentees, as the default
   * pilot does.)
   *
   * @param band the employee's band
   * @param networkMember whether they are on the BME staff network's list
   * @param cohort the cohort recruiting
   * @return the side, or {@code null} for someone who would not volunteer
   */
  static ApplicantRole reciprocalSide(int band, boolean networkMember, int cohort) {
    if (cohort == 1) {
      if (band >= Bands.HIGHEST_AGENDA_FOR_CHANGE) {
        return ApplicantRole.MENTEE;
      }
      return networkMember && band >= SENIOR_BME_LOWEST_BAND ? ApplicantRole.MENTOR : null;
    }
    if (!networkMember || band < CASCADE_LOWEST_BAND || band >= Bands.HIGHEST_AGENDA_FOR_CHANGE) {
      return null;
    }
    return band <= CASCADE_HIGHEST_BAND ? ApplicantRole.MENTEE : ApplicantRole.MENTOR;
  }

  /** The command line's values, for its help. */
  public static String optionValues() {
    return String.join("|", Arrays.stream(values()).map(ProgrammePreset::optionValue).toList());
  }
}
