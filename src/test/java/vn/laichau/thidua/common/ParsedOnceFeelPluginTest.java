package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.support.ProcessTest;

/** The process engine's rule tables are evaluated by the FEEL engine that parses each text once. */
@ProcessTest
class ParsedOnceFeelPluginTest {

  @Autowired
  private ProcessEngineConfigurationImpl configuration;

  @Test
  void theDmnEngineUsesTheParsedOnceFeelEngine() {
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
        .isInstanceOf(ParsedOnceFeelEngineFactory.class);
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
        .isInstanceOf(ParsedOnceFeelEngineFactory.Engine.class);
  }
}
