package org.flipside.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys Flipside's processes and forms. Unchanged resources are not deployed again, so a
 * restart keeps the running versions; a changed diagram becomes a new version while running
 * programmes continue on theirs.
 */
public final class ProcessDeployer {

  static final String DEPLOYMENT_NAME = "flipside";
  private static final String FOLDER = "org/flipside/bpmn/";
  private static final List<String> PATTERNS = List.of("**/*.bpmn", "**/*.dmn", "**/*.form");

  private ProcessDeployer() {}

  /** Deploys what changed since the last deployment. */
  public static void deploy(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("flipside-plugin")
        .enableDuplicateFiltering(true);
    for (Resource resource : resources()) {
      try (InputStream content = resource.getInputStream()) {
        deployment.addInputStream(relativeName(resource), content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    deployment.deploy();
  }

  private static List<Resource> resources() {
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(ProcessDeployer.class.getClassLoader());
    List<Resource> resources = new ArrayList<>();
    try {
      for (String pattern : PATTERNS) {
        resources.addAll(List.of(resolver.getResources("classpath*:" + FOLDER + pattern)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Flipside's processes", e);
    }
    if (resources.isEmpty()) {
      throw new IllegalStateException("no processes found under " + FOLDER);
    }
    return resources;
  }

  private static String relativeName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    return url.substring(url.lastIndexOf(FOLDER) + FOLDER.length());
  }
}
