package vn.laichau.thidua.notification;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A congress's process instance as one reminder of the daily sweep sees it: its variables, business key and instance
 * are the congress's, so the mail is the congress's (its outbox row, its warnings, its facts); its activity instance is
 * the reminder, because the outbox keys a mail by the activity instance that writes it, and one step of the sweep
 * writes the mails of many congresses, two of them (R6, R7) for the same congress on the same morning at times. The
 * key of the reminder's row ({@code congress_reminder}) is thus also the key of its mail: the outbox too refuses a
 * second copy.
 */
final class ReminderExecution implements InvocationHandler {

  private final DelegateExecution congress;
  private final String activityInstanceId;

  private ReminderExecution(DelegateExecution congress, String activityInstanceId) {
    this.congress = congress;
    this.activityInstanceId = activityInstanceId;
  }

  /** @param congress the congress's process instance, e.g. as the engine's execution manager finds it */
  static DelegateExecution of(DelegateExecution congress, MessageKind kind, LocalDate reminderDay) {
    return (DelegateExecution) Proxy.newProxyInstance(DelegateExecution.class.getClassLoader(),
        new Class<?>[] {DelegateExecution.class},
        new ReminderExecution(congress, "reminder-" + congress.getProcessInstanceId() + "-" + kind.name() + "-"
            + reminderDay));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
    switch (method.getName()) {
      case "getActivityInstanceId":
        return activityInstanceId;
      case "getCurrentActivityId":
        // the sweep's step, not an activity of the congress: never mistaken for a sending job of an older model
        return null;
      default:
        try {
          return method.invoke(congress, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
    }
  }
}
