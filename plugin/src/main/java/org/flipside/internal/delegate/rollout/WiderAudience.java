package org.flipside.internal.delegate.rollout;

import java.util.ArrayList;
import java.util.List;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.BandOrder;
import org.flipside.model.Programme;

/**
 * How an expanded programme widens the bands it recruits from: mentors up to a higher band, mentees from a lower
 * one, or both. A side left out keeps its band; neither side may narrow.
 *
 * @param mentorMaximumBand the mentors' new highest band, or {@code null} to keep it
 * @param menteeMinimumBand the mentees' new lowest band, or {@code null} to keep it
 */
record WiderAudience(Integer mentorMaximumBand, Integer menteeMinimumBand) {

  private static final String MENTOR_BAND = Vars.MENTOR_MAXIMUM_BAND.name();
  private static final String MENTEE_BAND = Vars.MENTEE_MINIMUM_BAND.name();

  boolean isEmpty() {
    return mentorMaximumBand == null && menteeMinimumBand == null;
  }

  /**
   * Checks the new bands against the programme's and writes them onto it.
   *
   * @throws ValidationException naming each band that does not widen the audience; the programme is unchanged
   */
  void applyTo(Programme programme) {
    int currentMentorBand = programme.getMentorMaximumBand();
    int currentMenteeBand = programme.getMenteeMinimumBand();
    int mentorBand = mentorMaximumBand == null ? currentMentorBand : mentorMaximumBand;
    int menteeBand = menteeMinimumBand == null ? currentMenteeBand : menteeMinimumBand;
    List<FieldError> errors = new ArrayList<>();
    if (isEmpty()) {
      errors.add(new FieldError(MENTOR_BAND,
          "or " + MENTEE_BAND + " is needed to say how the programme widens when it expands"));
    } else if (mentorBand == currentMentorBand && menteeBand == currentMenteeBand) {
      errors.add(new FieldError(mentorMaximumBand == null ? MENTEE_BAND : MENTOR_BAND,
          "widens nothing: mentors are already recruited up to band " + currentMentorBand
              + " and mentees from band " + currentMenteeBand));
    }
    if (mentorBand < currentMentorBand) {
      errors.add(new FieldError(MENTOR_BAND, "must not be below the mentors' current highest band ("
          + currentMentorBand + "): expanding widens the audience"));
    }
    if (menteeBand > currentMenteeBand) {
      errors.add(new FieldError(MENTEE_BAND, "must not be above the mentees' current lowest band ("
          + currentMenteeBand + "): expanding widens the audience"));
    }
    BandOrder.problem(programme, mentorBand, menteeBand).ifPresent(errors::add);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    programme.setMentorMaximumBand(mentorBand);
    programme.setMenteeMinimumBand(menteeBand);
  }
}
