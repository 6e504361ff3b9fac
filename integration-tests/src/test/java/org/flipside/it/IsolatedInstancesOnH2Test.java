package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.OpenTask;
import org.flipside.api.ProgrammeSummary;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Two Flipside instances in one JVM, each on its own database, as a host serving two organisations
 * would run them: each keeps to the database it was given.
 */
class IsolatedInstancesOnH2Test {

  @Test
  void twoInstancesRunningProgrammesSideBySideEachKeepToTheirOwnDatabase() {
    try (FlipsideHost north = new FlipsideHost(TestDatabase.h2());
        FlipsideHost south = new FlipsideHost(TestDatabase.h2())) {
      String northPilot = north.createPilot();
      String southPilot = south.createPilot();
      String southSecondPilot = south.createPilot();
      north.complete(HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
      north.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(
          Vars.DECISION.name(), "approve"));
      north.passTime(Duration.ofDays(1));
      south.passTime(Duration.ofDays(1));

      assertThat(programmeIds(north)).containsExactly(northPilot);
      assertThat(programmeIds(south)).containsExactlyInAnyOrder(southPilot, southSecondPilot);
      assertThat(north.flipside.programmes().status(Actor.of(HR), northPilot).stage()).isEqualTo(Stage.RECRUITMENT);
      assertThat(south.flipside.programmes().status(Actor.of(HR), southPilot).stage()).isEqualTo(Stage.PILOT_SCOPING);

      assertThat(north.tasks(HR, Forms.SCOPE_PILOT)).as("north's HR has scoped its one pilot").isEmpty();
      assertThat(south.tasks(HR, Forms.SCOPE_PILOT)).as("south's two pilots to scope").hasSize(2);
      assertThat(south.tasks(CEO, Forms.SPONSOR_SIGN_OFF)).as("north's sign-off is not south's").isEmpty();
      List<OpenTask> northApplications = north.tasks(CEO, Forms.APPLICATION);
      assertThat(northApplications).hasSize(1);
      assertThat(south.tasks(CEO, Forms.APPLICATION)).isEmpty();

      assertThat(north.database.count("fs_programme")).isEqualTo(1);
      assertThat(south.database.count("fs_programme")).isEqualTo(2);
      assertThat(north.database.count("fs_cohort")).isEqualTo(1);
      assertThat(south.database.count("fs_cohort")).isZero();
      assertThat(north.database.count("act_ru_task", "proc_inst_id_ in (select id_ from act_ru_execution where "
          + "business_key_ = '" + southPilot + "')")).as("south's tasks in north's engine tables").isZero();
      assertThat(south.database.count("act_hi_procinst", "business_key_ = '" + northPilot + "'"))
          .as("north's programme in south's engine history").isZero();
      assertThat(north.database.count("act_hi_procinst", "business_key_ = '" + northPilot + "'")).isEqualTo(1);
    }
  }

  private static List<String> programmeIds(FlipsideHost host) {
    return host.flipside.programmes().programmes(Actor.of(HR)).stream().map(ProgrammeSummary::id).toList();
  }
}
