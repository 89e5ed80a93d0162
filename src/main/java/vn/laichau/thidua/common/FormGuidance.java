package vn.laichau.thidua.common;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a user task's form shows beside the process's own variables (names of codes, what the rules allow, figures of
 * other congresses, links to documents), computed each time the form is read rather than stored on the task: it costs
 * no row when the task is created and none when it is completed, and it is never older than what it describes.
 * {@link FormGuidancePlugin} adds it to the engine's answer for the task's form variables, which is what Tasklist's
 * forms (form-js and embedded) and {@code FormService.getTaskFormVariables} read.
 */
public interface FormGuidance {

  /** Whether this guidance belongs to the forms of the task of that process and task definition key. */
  boolean guides(String processKey, String taskKey);

  /**
   * Puts the task's guidance into {@code guidance}, each value of the type the form reads (String, Integer, Spin Json).
   * Runs inside the engine's command that has already checked that the caller may read the task.
   */
  void guide(DelegateTask task, Map<String, Object> guidance);
}
