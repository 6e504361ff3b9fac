package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flipside.api.ProcessResource;
import org.flipside.bpmn.vocabulary.Processes;
import org.flipside.sandbox.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simulate --processes DIR}: the sandbox's programme runs on a process owner's copied, edited files. */
class SimulateOnProcessOwnersFilesTest {

  @TempDir
  Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int simulate(ProcessResource file) throws IOException {
    Files.write(folder.resolve("processes").resolve(file.name()), file.content());
    return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("simulate", "--pairs", "3", "--employees", "80", "--processes", folder.resolve("processes").toString(),
            "--report-dir", folder.resolve("report").toString());
  }

  @Test
  void theProcessOwnersEditedPairJourneyIsDeployedAndTheProgrammeRunsOnIt() throws IOException {
    Files.createDirectories(folder.resolve("processes"));

    int exit = simulate(ProcessOwnerEdits.pairJourneyTellingPartners());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern(Processes.PAIR_JOURNEY + "\\s+version 2 from " + ProcessOwnerEdits.PAIR_JOURNEY_FILE)
        .as("each confirmed pair's partners got the process owner's notification")
        .containsPattern(ProcessOwnerEdits.AGREEMENT_TOPIC + " [1-9]");
  }

  @Test
  void aBrokenEditIsRefusedNamingFileAndElementAndNothingIsSimulated() throws IOException {
    Files.createDirectories(folder.resolve("processes"));

    int exit = simulate(ProcessOwnerEdits.pairJourneyNotifying("everyone", true));

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains(ProcessOwnerEdits.PAIR_JOURNEY_FILE + " " + ProcessOwnerEdits.TELL_PARTNERS
        + ": input parameter notificationRecipients is 'everyone'");
    assertThat(out.toString()).doesNotContain("Timeline");
  }
}
