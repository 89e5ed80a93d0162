package vn.laichau.thidua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.FormGuidancePlugin;
import vn.laichau.thidua.contract.CongressFacts;

/**
 * What cannot be said in application.yaml: the engine-side fix of CVE-2026-109432 (or-queries), the check that a
 * completion carries only its form's fields ({@link CompletionGuard}), the grants that
 * make each congress readable by its unit and its reviewer, and officials' rights on their own account. The configurable hardening (password policy, query limit,
 * serialization, script engines, id whitelists...) is in the {@code # --- security ---} block of application.yaml.
 */
@Component
public class SecurityHardeningPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beans;

  public SecurityHardeningPlugin(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OrQueryExpressionGuard guard = new OrQueryExpressionGuard(configuration);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new OrQueryExpressionGuard(configuration)));
    // a completion carries its form's fields and nothing else, on every path that completes a task
    CompletionFields fields = CompletionFields.load();
    Predicate<String> isBean = beans::containsBean;
    BiFunction<CommandContext, TaskEntity, Map<String, Object>> guidance =
        (context, task) -> beans.getBean(FormGuidancePlugin.class).guidanceOf(context, task);
    configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(),
        new CompletionGuard(fields, isBean, guidance)));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
        configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new CompletionGuard(fields, isBean, guidance)));
    configuration.setFilterService(new GroupTaskListFilterService(configuration));
    // exactly the configured types, without the engine's own list of JDK types
    configuration.setDeserializationTypeValidator(new StoredTypesDeserializationValidator());
    configuration.setResourceAuthorizationProvider(new OwnAccountAuthorizationProvider());

    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new CongressInstanceAuthorizations(() -> beans.getBean(CongressFacts.class)));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
    List<CommandInterceptor> result = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    result.add(0, added);
    return result;
  }
}
