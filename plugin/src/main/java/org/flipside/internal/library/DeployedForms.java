package org.flipside.internal.library;

import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/** Deployed Camunda forms by id: the engine's repository service has no query for them. */
final class DeployedForms {

  private final ProcessEngineConfigurationImpl configuration;

  DeployedForms(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The newest form of this id, if any is deployed. */
  Optional<CamundaFormDefinition> latest(String formId) {
    return find(forms -> forms.findLatestDefinitionByKey(formId));
  }

  /** The form of this id from one deployment, if it brought one. */
  Optional<CamundaFormDefinition> inDeployment(String deploymentId, String formId) {
    return find(forms -> forms.findDefinitionByDeploymentAndKey(deploymentId, formId));
  }

  private Optional<CamundaFormDefinition> find(
      java.util.function.Function<CamundaFormDefinitionManager, CamundaFormDefinition> query) {
    return Optional.ofNullable(configuration.getCommandExecutorTxRequired()
        .execute(context -> query.apply(context.getCamundaFormDefinitionManager())));
  }
}
