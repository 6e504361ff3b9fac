package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.flipside.api.Actor;
import org.flipside.api.DeploymentOrigin;
import org.flipside.api.ProcessVersion;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.sandbox.host.FelixHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bundle that starts with changed diagrams deploys them as new versions and moves the running programmes to them
 * on the same path a process owner's migration takes, so a programme in flight finishes on the new build's diagram.
 */
class BundleUpgradeMovesRunningProgrammesInFelixTest {

  private FelixHost felix;
  private FlipsideHost host;

  @BeforeEach
  void start() {
    host = new FlipsideHost(TestDatabase.h2(), settings -> (felix = FelixHost.start(settings)).flipside());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aProgrammeStartedOnThePreviousBuildsLifecycleFinishesItsStepsOnTheNewOne() throws Exception {
    // the previous build's lifecycle named its sign-off otherwise; the deployment is made as the bundle's own, as
    // the previous build left it in the database
    String previous = host.flipside.processLibrary().deploy(Actor.of(TestOrganisation.HR), "flipside",
        List.of(ProcessLibraryContract.lifecycleWithSignOffNamed("Sponsor sign-off, previous build"))).id();
    host.database.execute("update ACT_RE_DEPLOYMENT set SOURCE_ = 'BUNDLE' where ID_ = '" + previous + "'");
    host.database.execute("update fs_process_deployment set origin = 'BUNDLE', deployed_by = null"
        + " where deployment_id = '" + previous + "'");
    String programmeId = host.createPilot();

    felix.plugin().stop();
    felix.plugin().start();
    felix.awaitServices();

    assertThat(host.flipside.processLibrary().versions(Actor.of(TestOrganisation.HR)))
        .filteredOn(version -> version.processKey().equals(ProcessLibraryContract.LIFECYCLE))
        .extracting(ProcessVersion::version, ProcessVersion::origin)
        .containsExactly(tuple(1, DeploymentOrigin.BUNDLE), tuple(2, DeploymentOrigin.BUNDLE),
            tuple(3, DeploymentOrigin.BUNDLE));
    host.complete(TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    assertThat(host.task(TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF))
        .satisfies(signOff -> {
          assertThat(signOff.programmeId()).isEqualTo(programmeId);
          assertThat(signOff.name()).isEqualTo(bundledSignOffName());
        });
  }

  private static String bundledSignOffName() {
    return ProcessOwnerEdits.bundled(ProcessLibraryContract.LIFECYCLE_FILE)
        .getModelElementsByType(UserTask.class).stream()
        .filter(task -> Forms.SPONSOR_SIGN_OFF.equals(task.getCamundaFormRef())).findFirst().orElseThrow()
        .getName();
  }
}
