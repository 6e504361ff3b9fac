package org.flipside.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flipside.api.InvalidProcessesException;
import org.flipside.api.MigrationCandidate;
import org.flipside.api.MigrationReport;
import org.flipside.api.ProcessDeployment;
import org.flipside.api.ProcessResource;
import org.flipside.internal.library.ProcessLibraries;
import org.flipside.model.ProcessDeploymentRecord.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys Flipside's processes and forms, as listed in the bpmn module's deployment index (a
 * folder inside an OSGi bundle cannot be listed), through the same validation and deployer as a
 * process owner's. Unchanged resources are not deployed again, so a restart keeps the running
 * versions, and a process owner's newer version of a diagram stays the newest until the bundle brings
 * a changed one. A changed diagram becomes a new version, and the running programmes and journeys move to
 * it where the engine's migration can map the step each waits in (an upgraded bundle's code may no
 * longer serve the old diagram); the log names those that stay on their version, and why.
 */
public final class ProcessDeployer {

  static final String DEPLOYMENT_NAME = "flipside";
  private static final String FOLDER = "org/flipside/bpmn/";
  private static final String INDEX = FOLDER + "deployment.index";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);

  private ProcessDeployer() {}

  /**
   * Deploys what changed since the bundle's last deployment and moves running instances to it.
   *
   * @throws IllegalStateException when the bundle's own files have a problem: Flipside cannot start on them
   */
  public static void deploy(ProcessLibraries library) {
    List<ProcessResource> resources = indexedResources().stream()
        .map(name -> ProcessResource.of(name, read(FOLDER + name))).toList();
    // a restart on the same bundle: what the engine holds cannot have changed, nor what validating it would find
    if (library.deployer().isDeployed(DEPLOYMENT_NAME, Origin.BUNDLE, resources)) {
      return;
    }
    ProcessDeployment deployment;
    try {
      deployment = library.deployer().deploy(DEPLOYMENT_NAME, Origin.BUNDLE, null, resources);
    } catch (InvalidProcessesException e) {
      throw new IllegalStateException("Flipside's own processes were refused: " + e.getMessage(), e);
    }
    // a first version has no earlier one whose instances could move to it: a first start asks nothing of the engine
    deployment.processes().stream().filter(version -> version.version() > 1)
        .forEach(version -> report(library.moveRunningTo(version.definitionId())));
  }

  private static void report(MigrationReport report) {
    if (!report.moved().isEmpty()) {
      LOG.info("{} running instances of {} moved to version {}", report.moved().size(), report.processKey(),
          report.version());
    }
    for (MigrationCandidate stays : report.notMoved()) {
      LOG.warn("Programme {}: instance {} of {} stays on version {}: {}", stays.programmeId(), stays.instanceId(),
          stays.processKey(), stays.fromVersion(), String.join("; ", stays.obstacles()));
    }
  }

  private static List<String> indexedResources() {
    List<String> names = read(INDEX).lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
    if (names.isEmpty()) {
      throw new IllegalStateException(INDEX + " lists no processes");
    }
    return names;
  }

  private static String read(String resource) {
    try (InputStream content = ProcessDeployer.class.getClassLoader().getResourceAsStream(resource)) {
      if (content == null) {
        throw new IllegalStateException("Flipside's " + resource + " is missing from the plugin");
      }
      return new String(content.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
