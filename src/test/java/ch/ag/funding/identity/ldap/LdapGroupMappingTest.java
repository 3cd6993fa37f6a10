package ch.ag.funding.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.junit.jupiter.api.Test;

class LdapGroupMappingTest {

  private final LdapGroupMapping mapping = new LdapGroupMapping(Map.of(
      "rif-baden", "GG-INT-RIF-BADEN",
      "canton-mika", "GG-INT-MIKA"));

  @Test
  void mapsDirectoryIdsToProjectIdsIgnoringCase() {
    assertThat(mapping.toProjectId("GG-INT-RIF-BADEN")).isEqualTo("rif-baden");
    assertThat(mapping.toProjectId("gg-int-rif-baden")).isEqualTo("rif-baden");
    assertThat(mapping.toProjectId("GG-INT-MIKA")).isEqualTo("canton-mika");
  }

  @Test
  void mapsProjectIdsToDirectoryIds() {
    assertThat(mapping.toDirectoryId("rif-baden")).isEqualTo("GG-INT-RIF-BADEN");
    assertThat(mapping.toDirectoryId("canton-mika")).isEqualTo("GG-INT-MIKA");
  }

  @Test
  void unmappedIdsStayAsTheyAre() {
    assertThat(mapping.toProjectId("GG-ALLE-MITARBEITENDEN")).isEqualTo("GG-ALLE-MITARBEITENDEN");
    assertThat(mapping.toDirectoryId("rif-aarau")).isEqualTo("rif-aarau");
    assertThat(mapping.toProjectId(null)).isNull();
    assertThat(mapping.toDirectoryId(null)).isNull();
  }

  @Test
  void refusesUnknownProjectIds() {
    assertThatThrownBy(() -> new LdapGroupMapping(Map.of("rif-basel", "GG-INT-RIF-BASEL")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rif-basel");
  }

  @Test
  void refusesADirectoryGroupMappedTwice() {
    assertThatThrownBy(() -> new LdapGroupMapping(Map.of(
        "rif-baden", "GG-INT-RIF", "rif-brugg", "gg-int-rif")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("(?i).*directory group .gg-int-rif. is mapped to both.*");
  }

  @Test
  void refusesAnEmptyDirectoryGroup() {
    assertThatThrownBy(() -> new LdapGroupMapping(Map.of("rif-baden", " ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupQueriesByProjectIdsSearchTheDirectoryIds() {
    LdapConfiguration configuration = new LdapConfiguration();
    configuration.setGroupSearchFilter("(objectclass=groupOfNames)");
    configuration.setGroupIdAttribute("cn");
    MappingLdapIdentityProviderSession session =
        new MappingLdapIdentityProviderSession(configuration, mapping);

    LdapGroupQuery byId = new LdapGroupQuery();
    byId.groupId("rif-baden");
    LdapGroupQuery byIds = new LdapGroupQuery();
    byIds.groupIdIn("rif-baden", "canton-mika", "rif-aarau");

    assertThat(session.getGroupSearchFilter(byId))
        .isEqualTo("(&(objectclass=groupOfNames)(cn=GG-INT-RIF-BADEN))");
    assertThat(session.getGroupSearchFilter(byIds)).isEqualTo(
        "(&(objectclass=groupOfNames)(|(cn=GG-INT-RIF-BADEN)(cn=GG-INT-MIKA)(cn=rif-aarau)))");
    assertThat(byId.getId()).isEqualTo("rif-baden");
  }
}
