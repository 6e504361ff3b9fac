package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.CEO;
import static org.flipside.it.TestOrganisation.HR;

import java.util.List;
import java.util.Map;
import org.flipside.api.Actor;
import org.flipside.api.ProgrammeSummary;
import org.flipside.api.Stage;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.bpmn.vocabulary.Vars;
import org.junit.jupiter.api.Test;

/**
 * Two Flipside instances in one JVM, each on its own database and its own clock, as a host serving two
 * organisations would run them: each keeps to the database and the time it was given.
 */
class IsolatedInstancesOnH2Test {

  @Test
  void twoInstancesRunningProgrammesSideBySideEachKeepToTheirOwnDatabaseAndClock() {
    try (FlipsideHost north = new FlipsideHost(TestDatabase.h2());
        FlipsideHost south = new FlipsideHost(TestDatabase.h2())) {
      String southPilot = south.createPilot();
      String southSecondPilot = south.createPilot();
      String southScope = south.tasks(HR, Forms.SCOPE_PILOT).stream()
          .filter(task -> task.programmeId().equals(southPilot)).findFirst().orElseThrow().id();
      south.flipside.inbox().complete(Actor.of(HR), southScope, FlipsideHost.pilotScope());
      south.complete(CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
      // north's application window closes on north's clock alone, fifteen days on
      String northPilot = north.pilotAwaitingMatchReview();
      south.flipside.dueWork().runDue();

      assertThat(programmeIds(north)).containsExactly(northPilot);
      assertThat(programmeIds(south)).containsExactlyInAnyOrder(southPilot, southSecondPilot);
      assertThat(north.flipside.programmes().status(Actor.of(HR), northPilot).stage()).isEqualTo(Stage.MATCHING);
      assertThat(south.flipside.programmes().status(Actor.of(HR), southPilot).stage())
          .as("south's window is still open on south's clock").isEqualTo(Stage.RECRUITMENT);

      assertThat(north.tasks(HR, Forms.SCOPE_PILOT)).as("north's HR has scoped its one pilot").isEmpty();
      assertThat(south.tasks(HR, Forms.SCOPE_PILOT)).as("south's second pilot to scope").hasSize(1);
      assertThat(north.tasks(CEO, Forms.APPLICATION)).as("south's invitation is not north's").isEmpty();
      assertThat(south.tasks(CEO, Forms.APPLICATION)).hasSize(1);
      assertThat(south.tasks(HR, Forms.REVIEW_MATCHES)).as("north's match review is not south's").isEmpty();
      assertThat(north.tasks(HR, Forms.REVIEW_MATCHES)).hasSize(1);

      assertThat(north.database.count("fs_programme")).isEqualTo(1);
      assertThat(south.database.count("fs_programme")).isEqualTo(2);
      assertThat(north.database.count("fs_application")).as("the four who applied").isGreaterThanOrEqualTo(4);
      assertThat(south.database.count("fs_application")).isZero();
      assertThat(south.database.count("act_hi_procinst", "business_key_ = '" + northPilot + "'"))
          .as("north's programme in south's engine history").isZero();
      assertThat(north.database.count("act_hi_procinst", "business_key_ in ('" + southPilot + "', '"
          + southSecondPilot + "')")).as("south's programmes in north's engine history").isZero();
      assertThat(north.database.count("act_hi_procinst", "business_key_ = '" + northPilot + "' and proc_def_key_ = '"
          + Processes.LIFECYCLE + "'")).isEqualTo(1);
    }
  }

  private static List<String> programmeIds(FlipsideHost host) {
    return host.flipside.programmes().programmes(Actor.of(HR)).stream().map(ProgrammeSummary::id).toList();
  }
}
