package ch.ag.funding.identity.ldap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile "ldap": staff accounts and groups come from the canton's directory. Camunda's identity
 * service is then read-only; {@code IdentitySetup} only grants authorizations and filters.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class LdapConfig {

  @Bean
  @ConfigurationProperties("funding.ldap")
  MappingLdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
    return new MappingLdapIdentityProviderPlugin();
  }
}
