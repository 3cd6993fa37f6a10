package ch.ag.funding.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff log in to the project's own endpoints with the users, passwords and groups of Camunda's
 * identity service, as in Tasklist. Each Camunda group becomes an authority with the group id.
 * Camunda's protection against guessing (delays after failed attempts) applies.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || password == null
        || !identityService.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("Benutzername oder Passwort ist falsch.");
    }
    List<GrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId)
        .unlimitedList().stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(group.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
