package ch.ag.funding.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile "ldap" against an in-process directory: a caseworker of the directory's group
 * GG-INT-RIF-BADEN logs in over the engine's REST API as a member of rif-baden and works with its
 * filters and tasks; no users or groups are created in the database.
 */
@ActiveProfiles(value = {"postgres", "ldap"}, inheritProfiles = false)
class LdapIdentityIT extends PostgresIntegrationTest {

  private static final String BASE_DN = "dc=ag,dc=ch";
  private static final String MANAGER_DN = "cn=camunda,ou=service," + BASE_DN;
  private static final String MANAGER_PASSWORD = "Manager-Secret-1";
  private static final String USER = "anna.muster";
  private static final String PASSWORD = "Sonnenblume-42";
  private static final InMemoryDirectoryServer DIRECTORY = startDirectory();

  @Autowired IdentityService identityService;

  private static InMemoryDirectoryServer startDirectory() {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
      config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      server.add("dn: " + BASE_DN, "objectClass: domain", "dc: ag");
      server.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
      server.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
      server.add("dn: uid=" + USER + ",ou=people," + BASE_DN, "objectClass: inetOrgPerson",
          "uid: " + USER, "cn: Anna Muster", "givenName: Anna", "sn: Muster",
          "mail: anna.muster@ag.invalid", "userPassword: " + PASSWORD);
      server.add("dn: uid=ben.other,ou=people," + BASE_DN, "objectClass: inetOrgPerson",
          "uid: ben.other", "cn: Ben Other", "givenName: Ben", "sn: Other",
          "userPassword: " + PASSWORD);
      server.add("dn: cn=GG-INT-RIF-BADEN,ou=groups," + BASE_DN, "objectClass: groupOfNames",
          "cn: GG-INT-RIF-BADEN", "member: uid=" + USER + ",ou=people," + BASE_DN);
      server.add("dn: cn=GG-ALLE,ou=groups," + BASE_DN, "objectClass: groupOfNames",
          "cn: GG-ALLE", "member: uid=ben.other,ou=people," + BASE_DN);
      server.startListening();
      return server;
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) {
    registry.add("funding.ldap.server-url",
        () -> "ldap://localhost:" + DIRECTORY.getListenPort() + "/");
    registry.add("funding.ldap.manager-dn", () -> MANAGER_DN);
    registry.add("funding.ldap.manager-password", () -> MANAGER_PASSWORD);
    registry.add("funding.ldap.base-dn", () -> BASE_DN);
    registry.add("funding.ldap.user-search-base", () -> "ou=people");
    registry.add("funding.ldap.user-search-filter", () -> "(objectclass=inetOrgPerson)");
    registry.add("funding.ldap.user-id-attribute", () -> "uid");
    registry.add("funding.ldap.group-search-base", () -> "ou=groups");
    registry.add("funding.ldap.group-search-filter", () -> "(objectclass=groupOfNames)");
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.shutDown(true);
  }

  @Test
  void theIdentityServiceReadsTheDirectoryWithTheProjectsGroupIds() {
    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(USER).list())
        .extracting(group -> group.getId()).containsExactly("rif-baden");
    assertThat(identityService.createUserQuery().memberOfGroup("rif-baden").list())
        .extracting(user -> user.getId()).containsExactly(USER);
    assertThat(identityService.createGroupQuery().groupId("rif-baden").singleResult().getName())
        .isEqualTo("GG-INT-RIF-BADEN");
  }

  @Test
  void directoryUserLogsInAndReadsTheRifFilters() {
    Http anna = http().as(USER, PASSWORD);

    Http.Response filters = anna.get("/engine-rest/filter?resourceType=Task");

    assertThat(filters.status()).isEqualTo(200);
    assertThat(names(filters.json())).containsExactlyInAnyOrder(
        "Aufgaben meiner Gruppe", "Meine Aufgaben", "Offene Vorentscheide meiner Region",
        "Überfällig", "Rückfragen an Gesuchstellende");
  }

  @Test
  void directoryUserSeesItsRegionsTask() {
    String reference = http().post("/api/applications", TestApplications.valid()).json()
        .get("reference").asText();
    Http anna = http().as(USER, PASSWORD);
    String filterId = StreamSupport.stream(anna.get("/engine-rest/filter?resourceType=Task")
            .json().spliterator(), false)
        .filter(filter -> filter.get("name").asText().equals("Offene Vorentscheide meiner Region"))
        .findFirst().orElseThrow().get("id").asText();

    JsonNode list = anna.postWithAccept("/engine-rest/filter/" + filterId + "/list",
        "application/hal+json", Map.of());

    assertThat(list.toString()).contains("Vorentscheid " + reference);
  }

  @Test
  void wrongPasswordAndUnmappedUsersAreRefused() {
    assertThat(http().as(USER, "falsch").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(http().as(USER, "").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(http().as("niemand", PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);
    // a directory user in no mapped group logs in but sees no filter
    assertThat(http().as("ben.other", PASSWORD).get("/engine-rest/filter?resourceType=Task")
        .json()).isEmpty();
  }

  private static List<String> names(JsonNode filters) {
    return StreamSupport.stream(filters.spliterator(), false)
        .map(filter -> filter.get("name").asText()).toList();
  }
}
