package vn.laichau.thidua.campaign.progress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Something the campaign does when a {@code congress} instance moves: the progress projection, the delegates that flow
 * upward, the end of a wave. Observers are Spring beans called by {@link CongressObserversPlugin} from listeners it adds
 * to the {@code congress} process when it is deployed, so the congress model carries none of the campaign's concerns.
 *
 * <p>They run synchronously inside the engine's command and transaction: what they write commits or rolls back with
 * the congress's own step, and an exception refuses the step. They run in the order of
 * {@link CongressObserversPlugin#ORDER}, where each has its place and the reason for it.
 */
public interface CongressObserver {

  /** The congress instance started (its start variables only; {@code loadUnit} has not run yet). */
  default void started(DelegateExecution congress) {
  }

  /** A user task of the congress was created ({@code draftPlan}, {@code reviewDossier}, …). */
  default void taskCreated(DelegateTask task) {
  }

  /** A user task of the congress is being completed; its completion variables are set. */
  default void taskCompleted(DelegateTask task) {
  }

  /** A user task of the congress was deleted without completion (its scope ended: a terminate, an error, a cancel). */
  default void taskDeleted(DelegateTask task) {
  }

  /** The congress instance ended: at an end event, or cancelled. */
  default void ended(DelegateExecution congress) {
  }
}
