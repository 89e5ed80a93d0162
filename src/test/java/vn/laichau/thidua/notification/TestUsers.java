package vn.laichau.thidua.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The officials a mail test creates in the identity service, each in one group, and removes again after the test. */
final class TestUsers {

  private final IdentityService identityService;
  private final List<String> created = new ArrayList<>();

  TestUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  void add(String id, String firstName, String lastName, String email, String groupId) {
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword("Test-Only-1!");
    identityService.saveUser(user);
    created.add(id);
    identityService.createMembership(id, groupId);
  }

  /** Deletes every user added (with their memberships). */
  void deleteAll() {
    created.forEach(identityService::deleteUser);
    created.clear();
  }
}
