package org.flipside.internal.delegate.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.model.Programme;
import org.flipside.model.ProgrammeMode;
import org.junit.jupiter.api.Test;

/** An expansion widens the bands recruited from, and only widens them. */
class WiderAudienceTest {

  private final Programme programme = reverseProgramme();

  @Test
  void raisingTheMentorsBandKeepsTheMenteesBand() {
    new WiderAudience(7, null).applyTo(programme);

    assertThat(programme.getMentorMaximumBand()).isEqualTo(7);
    assertThat(programme.getMenteeMinimumBand()).isEqualTo(8);
  }

  @Test
  void bothSidesMayWidenAtOnce() {
    new WiderAudience(6, 7).applyTo(programme);

    assertThat(programme.getMentorMaximumBand()).isEqualTo(6);
    assertThat(programme.getMenteeMinimumBand()).isEqualTo(7);
  }

  @Test
  void anExpansionMustSayHowItWidens() {
    assertThat(refused(new WiderAudience(null, null))).containsExactly(new FieldError(Vars.MENTOR_MAXIMUM_BAND.name(),
        "or menteeMinimumBand is needed to say how the programme widens when it expands"));
    assertThat(refused(new WiderAudience(5, 8))).extracting(FieldError::field)
        .containsExactly(Vars.MENTOR_MAXIMUM_BAND.name());
    assertThat(refused(new WiderAudience(null, 8))).extracting(FieldError::field)
        .containsExactly(Vars.MENTEE_MINIMUM_BAND.name());
  }

  @Test
  void narrowingEitherSideIsRefusedAndChangesNothing() {
    assertThat(refused(new WiderAudience(4, 9))).extracting(FieldError::field)
        .containsExactly(Vars.MENTOR_MAXIMUM_BAND.name(), Vars.MENTEE_MINIMUM_BAND.name());
    assertThat(programme.getMentorMaximumBand()).isEqualTo(5);
    assertThat(programme.getMenteeMinimumBand()).isEqualTo(8);
  }

  @Test
  void aReverseProgrammeKeepsTheMenteesAboveTheMentors() {
    assertThat(refused(new WiderAudience(8, null))).containsExactly(new FieldError(Vars.MENTEE_MINIMUM_BAND.name(),
        "must be above the mentors' highest band (8) in a reverse programme"));
  }

  private List<FieldError> refused(WiderAudience audience) {
    Throwable thrown = catchThrowable(() -> audience.applyTo(programme));
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return ((ValidationException) thrown).errors();
  }

  private static Programme reverseProgramme() {
    Programme programme = new Programme("Pilot", ProgrammeMode.REVERSE, "RACE_AND_ETHNICITY", "mentor", "mentee",
        "hr", "ceo", Instant.parse("2027-01-04T09:00:00Z"));
    programme.setMentorMaximumBand(5);
    programme.setMenteeMinimumBand(8);
    return programme;
  }
}
