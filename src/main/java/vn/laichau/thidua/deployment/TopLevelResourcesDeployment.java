package vn.laichau.thidua.deployment;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level {@code processes/} and {@code forms/} folders (put on the classpath by the build) under their
 * relative names, {@code processes/congress.bpmn}, {@code forms/draft-plan.html}, the same on every machine.
 *
 * <p>The starter's own auto-deployment names a resource by its absolute file path, which differs between a checkout
 * and the packaged jar and breaks {@code embedded:deployment:} form keys; the deployment here is otherwise the same
 * (one deployment, redeployed only when a resource changed).
 */
@Component
public class TopLevelResourcesDeployment extends AbstractCamundaConfiguration implements CamundaDeploymentConfiguration {

  static final String[] FOLDERS = {"processes", "forms"};

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    if (camundaBpmProperties.isAutoDeploymentEnabled()) {
      Set<Resource> resources = getDeploymentResources();
      configuration.setDeploymentResources(resources.toArray(new Resource[0]));
      LOG.autoDeployResources(resources);
    }
  }

  @Override
  public Set<Resource> getDeploymentResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<Resource> resources = new LinkedHashSet<>();
    for (String pattern : camundaBpmProperties.getDeploymentResourcePattern()) {
      try {
        Arrays.stream(resolver.getResources(pattern.trim()))
            .map(TopLevelResourcesDeployment::relativeName)
            .filter(name -> name != null)
            .map(RelativeClassPathResource::new)
            .forEach(resources::add);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read deployment resources " + pattern, e);
      }
    }
    return resources;
  }

  /**
   * A classpath resource that the engine's auto-deployment names by its path within the classpath: Spring's
   * {@link ClassPathResource} is not a {@link ContextResource}, and any other resource is deployed under its absolute
   * file name, which breaks {@code embedded:deployment:forms/...} form keys.
   */
  static final class RelativeClassPathResource extends ClassPathResource implements ContextResource {

    RelativeClassPathResource(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }

  /** {@code .../classes/processes/congress.bpmn} or {@code jar:...!/BOOT-INF/classes!/processes/congress.bpmn}. */
  static String relativeName(Resource resource) {
    try {
      String url = resource.getURL().toString();
      if (url.endsWith("/")) {
        return null;
      }
      for (String folder : FOLDERS) {
        int at = url.lastIndexOf("/" + folder + "/");
        if (at >= 0) {
          return url.substring(at + 1);
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
