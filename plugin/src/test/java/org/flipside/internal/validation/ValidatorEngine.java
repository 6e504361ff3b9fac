package org.flipside.internal.validation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** An in-memory engine whose parsers a {@link ResourceValidator} uses, as the plugin gives it its own. */
final class ValidatorEngine implements AutoCloseable {

  private final ProcessEngine engine;
  final ResourceValidator validator;

  ValidatorEngine(String name) {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName(name)
        .buildProcessEngine();
    validator = new ResourceValidator(
        new EngineParser((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()));
  }

  @Override
  public void close() {
    engine.close();
  }
}
