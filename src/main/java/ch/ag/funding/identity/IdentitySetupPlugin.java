package ch.ag.funding.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/** Runs {@link IdentitySetup} once the engine is built, before the web server accepts calls. */
@Component
class IdentitySetupPlugin extends AbstractProcessEnginePlugin {

  private final IdentityProperties properties;

  IdentitySetupPlugin(IdentityProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    new IdentitySetup(processEngine, properties).apply();
  }
}
