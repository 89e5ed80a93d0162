package vn.laichau.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.Test;

/** The engine settings of Camunda's Security Instructions are in force, and do what they say. */
class EngineHardeningTest extends WebSecurityTestSupport {

  @Test
  void theSettingsOfTheSecurityBlockAreInForce() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.isConfigureScriptEngineHostAccess()).isFalse();
    assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(configuration.isWebappsAuthenticationLoggingEnabled()).isTrue();
    assertThat(configuration.isEnableHistoricInstancePermissions()).isTrue();
  }

  @Test
  void aWeakPasswordIsRefused() {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser("mat-khau-yeu");
    user.setPassword("12345678");
    assertThatThrownBy(() -> identity.saveUser(user)).hasMessageContaining("Password does not match policy");
    assertThat(identity.createUserQuery().userId("mat-khau-yeu").count()).isZero();
  }

  @Test
  void idsOutsideTheWhitelistAreRefused() {
    IdentityService identity = engine.getIdentityService();
    assertThatThrownBy(() -> identity.saveUser(identity.newUser("<script>alert(1)</script>")))
        .isInstanceOf(ProcessEngineException.class);
    assertThatThrownBy(() -> identity.saveGroup(identity.newGroup("nhóm tùy ý")))
        .isInstanceOf(ProcessEngineException.class);
    // the contract's groups are accepted
    for (String group : new String[] {"unit-03394", "unit-SO-Y-TE", "phong-noi-vu-106", "so-noi-vu"}) {
      assertThat(group).matches(
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getGroupResourceWhitelistPattern());
    }
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    tasks.saveTask(task);
    try {
      assertThatThrownBy(() -> tasks.setVariable(task.getId(), "doiTuong", Variables
          .serializedObjectValue("rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0")
          .serializationDataFormat(SerializationDataFormats.JAVA)
          .objectTypeName("java.util.ArrayList")
          .create()))
          .hasMessageContaining("Java serialization format is prohibited");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void jsonObjectsAreOnlyDeserializedIntoAllowedTypes() {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    tasks.saveTask(task);
    try {
      tasks.setVariable(task.getId(), "lenh", Variables.serializedObjectValue("{\"command\":[\"id\"]}")
          .serializationDataFormat(SerializationDataFormats.JSON)
          .objectTypeName("java.lang.ProcessBuilder")
          .create());
      assertThatThrownBy(() -> tasks.getVariable(task.getId(), "lenh"))
          .hasMessageContaining("java.lang.ProcessBuilder");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void onlyTheTypesTheApplicationStoresAreDeserialized() {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    tasks.saveTask(task);
    try {
      // the application's own kind of object: a list of unit codes (driveLaunchPending)
      tasks.setVariable(task.getId(), "danhSach", Variables.objectValue(new java.util.ArrayList<>(
          java.util.List.of("105", "106"))).serializationDataFormat(SerializationDataFormats.JSON).create());
      assertThat(tasks.getVariable(task.getId(), "danhSach")).isEqualTo(java.util.List.of("105", "106"));
      tasks.setVariable(task.getId(), "danhSachRong", Variables.objectValue(new java.util.ArrayList<>())
          .serializationDataFormat(SerializationDataFormats.JSON).create());
      assertThat(tasks.getVariable(task.getId(), "danhSachRong")).isEqualTo(java.util.List.of());
      // a JDK type the engine's default validator would let through, and one of the application's own classes
      org.camunda.bpm.engine.runtime.DeserializationTypeValidator validator =
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeserializationTypeValidator();
      assertThat(validator.validate("java.util.ArrayList")).isTrue();
      assertThat(validator.validate("java.util.HashMap")).isFalse();
      assertThat(validator.validate("java.util.Date")).isFalse();
      assertThat(validator.validate("vn.laichau.thidua.unit.UnitView")).isFalse();
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }
}
