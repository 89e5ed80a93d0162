package vn.laichau.thidua.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The engine's default grants, except that a new user gets READ and UPDATE on their own account (to read their
 * profile and change their password) instead of ALL: with ALL an official could delete their own account, and only
 * administrators manage users.
 */
public class OwnAccountAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, USER, user.getId(), READ, UPDATE)};
  }
}
