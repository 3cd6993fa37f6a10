package ch.ag.funding.identity.ldap;

import java.util.Arrays;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;

/**
 * Camunda's LDAP identity provider with the group ids of {@link LdapGroupMapping}: groups read
 * from the directory carry the project's ids, and queries by the project's ids search the
 * directory's. Every group lookup of the plugin (by id, by member, a group's members) goes
 * through these two methods.
 */
class MappingLdapIdentityProviderSession extends LdapIdentityProviderSession {

  private final LdapGroupMapping mapping;

  MappingLdapIdentityProviderSession(LdapConfiguration configuration, LdapGroupMapping mapping) {
    super(configuration);
    this.mapping = mapping;
  }

  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    GroupEntity group = super.transformGroup(result);
    group.setId(mapping.toProjectId(group.getId()));
    return group;
  }

  @Override
  protected String getGroupSearchFilter(LdapGroupQuery query) {
    // a copy: the caller's query keeps the project's ids
    LdapGroupQuery directoryQuery = new LdapGroupQuery();
    if (query.getId() != null) {
      directoryQuery.groupId(mapping.toDirectoryId(query.getId()));
    }
    if (query.getIds() != null && query.getIds().length > 0) {
      directoryQuery.groupIdIn(Arrays.stream(query.getIds()).map(mapping::toDirectoryId)
          .toArray(String[]::new));
    }
    if (query.getName() != null) {
      directoryQuery.groupName(query.getName());
    }
    if (query.getNameLike() != null) {
      directoryQuery.groupNameLike(query.getNameLike());
    }
    if (query.getUserId() != null) {
      directoryQuery.groupMember(query.getUserId());
    }
    return super.getGroupSearchFilter(directoryQuery);
  }
}
