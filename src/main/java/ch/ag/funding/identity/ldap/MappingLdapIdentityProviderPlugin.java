package ch.ag.funding.identity.ldap;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP identity plugin (all its settings, bound from {@code funding.ldap.*}) plus the
 * group id mapping {@code funding.ldap.group-mapping}.
 */
public class MappingLdapIdentityProviderPlugin extends LdapIdentityProviderPlugin {

  private Map<String, String> groupMapping = Map.of();

  public Map<String, String> getGroupMapping() {
    return groupMapping;
  }

  public void setGroupMapping(Map<String, String> groupMapping) {
    this.groupMapping = groupMapping;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    LdapGroupMapping mapping = new LdapGroupMapping(groupMapping);
    LdapIdentityProviderFactory factory = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new MappingLdapIdentityProviderSession(getLdapConfiguration(), mapping);
      }
    };
    factory.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(factory);
  }
}
