package vn.laichau.thidua.common;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Gives the DMN engine the FEEL engine that parses each rule-table text once ({@link ParsedOnceFeelEngineFactory}).
 * Set before the process engine builds its DMN engine, which then hands it the custom function providers as it
 * would to its own FEEL engine. With the legacy FEEL behaviour switched on the DMN engine keeps its own choice.
 */
@Component
public class ParsedOnceFeelPlugin extends SpringBootProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (dmn.getFeelEngineFactory() == null) {
      dmn.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(dmn::getFeelCustomFunctionProviders));
    }
    configuration.setDmnEngineConfiguration(dmn);
  }
}
