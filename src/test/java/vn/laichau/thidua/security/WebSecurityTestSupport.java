package vn.laichau.thidua.security;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Calls over HTTP as the roles of the project, in the one shared {@link SecurityWebTest} context. */
@SecurityWebTest
abstract class WebSecurityTestSupport {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Adm1n-Test-Only!";
  /** Diacritics on purpose: Basic credentials are decoded as UTF-8. */
  static final String PASSWORD = "Mật-khẩu-Thử-2025!";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  Caller anonymous() {
    return Caller.anonymous(port);
  }

  Caller rest(String user) {
    return Caller.basic(port, user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD);
  }

  Caller webapp(String user, String application) {
    return Caller.webapp(port, engine.getName(), user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD, application);
  }

  /**
   * The engine REST API, addressed to this context's engine by name: the unnamed {@code /engine-rest/...} goes to the
   * JVM's engine named "default", which test contexts do not have.
   */
  String restApi() {
    return "/engine-rest/engine/" + engine.getName();
  }

  /** The engine REST API inside the webapps, as Tasklist and Cockpit call it. */
  String webappEngineApi() {
    return "/camunda/api/engine/engine/" + engine.getName();
  }

  /** Cockpit's own API. */
  String cockpitApi() {
    return "/camunda/api/cockpit/plugin/base/" + engine.getName();
  }

  /** A user of the given groups, created once per context. */
  void ensureUser(String id, String... groupIds) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Cán bộ");
      user.setLastName("kiểm tra");
      user.setEmail(id + "@laichau.gov.vn");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      Arrays.stream(groupIds).forEach(group -> identity.createMembership(id, group));
    }
  }
}
