package vn.laichau.thidua.security;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import vn.laichau.thidua.congress.rules.DossierDocumentsRule;
import vn.laichau.thidua.congress.rules.DossierProperties;

/**
 * Who may call what over HTTP (the contract's "Running" section):
 * <ul>
 *   <li>{@code /engine-rest/*} and {@code /api/*}: HTTP Basic against the engine's identity service; the starter
 *   leaves the REST API open, so without this anyone could start, read and complete everything.</li>
 *   <li>{@code /api/*} also as the user signed in to the webapps in the same browser session (the Cockpit plugin),
 *   with the webapps' CSRF token for anything but reading.</li>
 *   <li>{@code /actuator/health}: open (it shows no details); {@code /actuator/prometheus}: HTTP Basic or the webapps'
 *   session, like {@code /api}.</li>
 *   <li>the webapps keep their own form login and session; their setup endpoint is closed (CVE-2026-77226).</li>
 *   <li>request bodies larger than a dossier can need answer 413 before they are read.</li>
 *   <li>a client that keeps signing in wrongly waits (429), and no account is ever locked for good.</li>
 * </ul>
 * The engine is looked up at the first request, so that registering the filters does not change when the engine
 * starts. Filters registered here run before the webapps' and the REST API's own filters, which Camunda registers to match
 * after the declared ones.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class HttpSecurityConfiguration {

  static final String API = "/api";
  static final String METRICS = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<EngineAuthenticationFilter> engineRestAuthentication(ObjectProvider<ProcessEngine> processEngine,
      JerseyApplicationPath engineRest) {
    FilterRegistrationBean<EngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineAuthenticationFilter(processEngine::getObject));
    registration.setName("engineRestAuthentication");
    registration.addUrlPatterns(engineRest.getUrlMapping());
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineAuthenticationFilter> apiAuthentication(ObjectProvider<ProcessEngine> processEngine) {
    FilterRegistrationBean<EngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineAuthenticationFilter(processEngine::getObject, true));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns(API + "/*", METRICS);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Bodies larger than a dossier can need are refused (413) before anything reads them. */
  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(DossierProperties dossier,
      JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
        new RequestSizeLimitFilter(dossier.maxFileSize().toBytes(), DossierDocumentsRule.DOCUMENTS.size()));
    registration.setName("requestSizeLimit");
    registration.addUrlPatterns(engineRest.getUrlMapping(), camunda.getWebapp().getApplicationPath() + "/api/*",
        HttpSecurityConfiguration.API + "/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Malformed variables of a start or a completion are a 400 naming the variable, not Camunda's 500. */
  @Bean
  FilterRegistrationBean<VariableShapeFilter> variableShape(JerseyApplicationPath engineRest,
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<VariableShapeFilter> registration = new FilterRegistrationBean<>(new VariableShapeFilter());
    registration.setName("variableShape");
    registration.addUrlPatterns(engineRest.getUrlMapping(), camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    // after the size limit (nothing unbounded is read) and the engine REST API's authentication
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /** Failed sign-ins slow the client down (429 for a while), never lock an account for good. */
  @Bean
  LoginThrottle loginThrottle(Environment environment) {
    return new LoginThrottle(
        environment.getProperty("thidua.security.login.free-attempts", Integer.class, 10),
        environment.getProperty("thidua.security.login.window", Duration.class, Duration.ofMinutes(15)),
        environment.getProperty("thidua.security.login.max-delay", Duration.class, Duration.ofSeconds(60)));
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
      JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
        new LoginThrottleFilter(throttle));
    registration.setName("loginThrottle");
    registration.addUrlPatterns(engineRest.getUrlMapping(), API + "/*",
        camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupEndpointBlocker> adminSetupEndpointBlocker(CamundaBpmProperties camunda) {
    FilterRegistrationBean<AdminSetupEndpointBlocker> registration =
        new FilterRegistrationBean<>(new AdminSetupEndpointBlocker());
    registration.setName("adminSetupEndpointBlocker");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/setup/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<DefaultPageSizeFilter> defaultPageSize(ObjectProvider<ProcessEngine> processEngine,
      JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
    FilterRegistrationBean<DefaultPageSizeFilter> registration = new FilterRegistrationBean<>(
        new DefaultPageSizeFilter(() -> ((ProcessEngineConfigurationImpl) processEngine.getObject()
            .getProcessEngineConfiguration()).getQueryMaxResultsLimit()));
    registration.setName("defaultPageSize");
    // the engine REST API, and the same API and Cockpit's own queries inside the webapps
    registration.addUrlPatterns(engineRest.getUrlMapping(),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*",
        camunda.getWebapp().getApplicationPath() + "/api/cockpit/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
