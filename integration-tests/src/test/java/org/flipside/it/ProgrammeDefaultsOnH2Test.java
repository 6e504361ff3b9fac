package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.it.TestOrganisation.HR;

import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.EmbeddedFlipside;
import org.flipside.embed.ProgrammeDefaults;
import org.junit.jupiter.api.Test;

/** The plain Java launcher's programme defaults: a new programme starts with them, and its scoping form shows them. */
class ProgrammeDefaultsOnH2Test {

  @Test
  void aNewProgrammeStartsWithTheHostsDefaults() {
    try (FlipsideHost host = new FlipsideHost(TestDatabase.h2(),
        settings -> EmbeddedFlipside.start(settings.withProgrammeDefaults(new ProgrammeDefaults(36, 8))))) {
      String programmeId = host.createPilot();

      assertThat(host.database.strings("SELECT CONCAT(retention_months, ' ', anonymity_threshold) FROM fs_programme "
          + "WHERE id = '" + programmeId + "'")).containsExactly("36 8");
      assertThat(host.task(HR, Forms.SCOPE_PILOT).data()).containsEntry(Vars.RETENTION_MONTHS.name(), 36);
    }
  }
}
