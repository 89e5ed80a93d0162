package vn.laichau.thidua.security;

import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Removes the starter's {@link CreateAdminUserConfiguration} before it is created: when no password is configured it
 * gives the administrator its own user id as password ({@code AdminUserProperty#getPassword}). The administrator is
 * made by {@link AdminUserBootstrap} instead. The definition is recognised by its type, whatever its bean name.
 */
@Component
public class StarterAdminUserCreationRemoval implements BeanDefinitionRegistryPostProcessor {

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (String name : registry.getBeanDefinitionNames()) {
      if (createsStarterAdminUser(registry.getBeanDefinition(name))) {
        registry.removeBeanDefinition(name);
      }
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // everything happens on the registry
  }

  static boolean createsStarterAdminUser(BeanDefinition definition) {
    String type = CreateAdminUserConfiguration.class.getName();
    if (type.equals(definition.getBeanClassName())) {
      return true;
    }
    return definition instanceof AnnotatedBeanDefinition annotated
        && annotated.getFactoryMethodMetadata() != null
        && type.equals(annotated.getFactoryMethodMetadata().getReturnTypeName());
  }
}
