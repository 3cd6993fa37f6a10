package ch.ag.funding.decision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user the engine has authenticated for this call (Tasklist or REST), or null. */
final class CurrentUser {

  private CurrentUser() {}

  static String id(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
