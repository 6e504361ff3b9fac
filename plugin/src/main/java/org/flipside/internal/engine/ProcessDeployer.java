package org.flipside.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys Flipside's processes and forms, as listed in the bpmn module's deployment index (a
 * folder inside an OSGi bundle cannot be listed). Unchanged resources are not deployed again, so a
 * restart keeps the running versions; a changed diagram becomes a new version while running
 * programmes continue on theirs.
 */
public final class ProcessDeployer {

  static final String DEPLOYMENT_NAME = "flipside";
  private static final String FOLDER = "org/flipside/bpmn/";
  private static final String INDEX = FOLDER + "deployment.index";

  private ProcessDeployer() {}

  /** Deploys what changed since the last deployment. */
  public static void deploy(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("flipside-plugin")
        .enableDuplicateFiltering(true);
    for (String name : indexedResources()) {
      deployment.addString(name, read(FOLDER + name));
    }
    deployment.deploy();
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
