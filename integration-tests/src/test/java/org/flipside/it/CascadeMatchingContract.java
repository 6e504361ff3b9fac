package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.flipside.api.Actor;
import org.flipside.api.FocusDimension;
import org.flipside.api.MatchOverview;
import org.flipside.api.NewProgramme;
import org.flipside.api.ProgrammeMode;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Sheffield Health and Social Care's cascade: after the reciprocal board cohort, senior BME staff mentor BME staff
 * at bands 5–6. The programme is reciprocal with a band gap of 0, so it has no band order: each of the five mentees
 * is matched although every mentor sits above them.
 */
abstract class CascadeMatchingContract extends HostedContract {

  @Test
  void aReciprocalCascadeWithBandGapZeroMatchesEveryMentee() {
    IntStream.rangeClosed(1, 5).forEach(i -> {
      host.organisation.add("senior-" + i, 8, "Band 8a", "Directorate " + i, CEO);
      host.organisation.add("lead-" + i, 7, "Band 7", "Service " + i, CEO);
      host.organisation.add("staff-" + i, i % 2 == 0 ? 6 : 5, "Band " + (i % 2 == 0 ? 6 : 5), "Service " + i,
          "lead-" + i);
    });
    String programmeId = host.flipside.programmes().create(Actor.of(HR), new NewProgramme(
        "BME reciprocal mentoring cascade", ProgrammeMode.RECIPROCAL, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "mentor", "mentee", CEO)).id();
    Map<String, Object> scope = new HashMap<>(FlipsideHost.pilotScope());
    scope.putAll(Map.of(Vars.COHORT_SIZE.name(), 5, Vars.MENTOR_MAXIMUM_BAND.name(), 8,
        Vars.MENTEE_MINIMUM_BAND.name(), 5, Vars.MINIMUM_BAND_GAP.name(), 0));
    host.complete(HR, Forms.SCOPE_PILOT, scope);
    host.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    IntStream.rangeClosed(1, 5).forEach(i -> {
      host.apply("senior-" + i, "mentor", Map.of(Vars.LIVED_EXPERIENCE_TOPICS.name(), "race, career progression"));
      host.apply("staff-" + i, "mentee", Map.of(Vars.LEARNING_INTERESTS.name(), "career progression"));
    });
    host.passTime(Duration.ofDays(15));
    host.complete(HR, Forms.REVIEW_APPLICATIONS, Map.of());

    MatchOverview overview = host.flipside.matchReview().matches(Actor.of(HR), programmeId);

    assertThat(overview.unmatched()).isEmpty();
    assertThat(overview.pairs()).hasSize(5).allSatisfy(pair -> {
      assertThat(pair.mentor().employeeId()).startsWith("senior-");
      assertThat(pair.mentor().band()).isGreaterThan(pair.mentee().band());
    });
  }
}
