package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

/**
 * Outside an engine command the engine cannot read a task's variables at all: a task marked as new answers from
 * memory, one not marked goes to the database (and fails here for want of a command).
 */
class NewTaskVariablesTest {

  @Test
  void aNewTaskMarkedEmptyAnswersItsOwnVariablesWithoutTheDatabase() {
    TaskEntity task = new TaskEntity();
    NewTaskVariables.markEmpty(task);

    assertThat(task.getVariablesLocal()).isEmpty();
    assertThat(task.hasVariableLocal("approved")).isFalse();
  }

  @Test
  void aTaskNotMarkedReadsItsVariablesFromTheDatabase() {
    TaskEntity task = new TaskEntity();

    assertThatThrownBy(task::getVariablesLocal).isInstanceOf(NullPointerException.class);
  }
}
