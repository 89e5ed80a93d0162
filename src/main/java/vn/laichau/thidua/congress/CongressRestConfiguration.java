package vn.laichau.thidua.congress;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the congress's REST glue to the engine REST API's Jersey application (/engine-rest). */
@Configuration(proxyBeanMethods = false)
public class CongressRestConfiguration {

  @Bean
  ResourceConfigCustomizer ruleViolationExceptionMappers() {
    return config -> config
        .register(RuleViolationExceptionMapper.ForRestException.class)
        .register(RuleViolationExceptionMapper.ForProcessEngineException.class);
  }
}
