package vn.laichau.thidua.common;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine computes the due date of every timer written as an ISO 8601 duration ({@code P3D}, {@code R/P1D}) with a
 * new {@link DatatypeFactory}, and the JDK finds that factory anew at each call: unless the system property
 * {@value DatatypeFactory#DATATYPEFACTORY_PROPERTY} names it, through ServiceLoader, which searches every jar of the
 * class path. In the midnight storm that search was a sixth of a deadline escalation's Java time (the reviewer's task
 * has a timer for the second escalation). Before the engine starts, this names the factory the JDK finds, once, so
 * that every later look-up is one class load of the same implementation. A value set by the operator is kept.
 */
@Component
public class TimerDurationFactory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    nameOnce();
  }

  /** Names the factory the JDK finds now, unless a factory is named already; returns the name in force. */
  static String nameOnce() {
    String named = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    if (named != null) {
      return named;
    }
    try {
      String found = DatatypeFactory.newInstance().getClass().getName();
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, found);
      return found;
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("No javax.xml DatatypeFactory: the engine cannot compute a timer's due date", e);
    }
  }
}
