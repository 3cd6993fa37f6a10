package ch.ag.funding.identity.ldap;

import ch.ag.funding.identity.StaffGroup;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the ids of the directory's groups (e.g. the CN {@code GG-INT-RIF-BADEN}) to the group ids of
 * domain.md §2 ({@code rif-baden}) and back. Configured as project id → directory id, so that
 * the keys are plain property names. Directory ids compare case-insensitively, as in LDAP.
 * Directory groups without a mapping keep their own id.
 */
public final class LdapGroupMapping {

  private final Map<String, String> toDirectory;
  private final Map<String, String> toProject;

  public LdapGroupMapping(Map<String, String> projectToDirectory) {
    Set<String> knownIds = StaffGroup.all().stream().map(StaffGroup::id)
        .collect(Collectors.toSet());
    this.toDirectory = new HashMap<>();
    this.toProject = new HashMap<>();
    projectToDirectory.forEach((projectId, directoryId) -> {
      if (!knownIds.contains(projectId)) {
        throw new IllegalArgumentException("funding.ldap.group-mapping: '" + projectId
            + "' is not a group id of domain.md §2 " + knownIds);
      }
      if (directoryId == null || directoryId.isBlank()) {
        throw new IllegalArgumentException(
            "funding.ldap.group-mapping: no directory group for '" + projectId + "'");
      }
      String previous = toProject.put(key(directoryId), projectId);
      if (previous != null) {
        throw new IllegalArgumentException("funding.ldap.group-mapping: directory group '"
            + directoryId + "' is mapped to both '" + previous + "' and '" + projectId + "'");
      }
      toDirectory.put(projectId, directoryId.strip());
    });
  }

  /** The project's id of a directory group, or the directory's id if it is not mapped. */
  public String toProjectId(String directoryId) {
    return directoryId == null ? null : toProject.getOrDefault(key(directoryId), directoryId);
  }

  /** The directory's id of a project group, or the id itself if it is not mapped. */
  public String toDirectoryId(String projectId) {
    return projectId == null ? null : toDirectory.getOrDefault(projectId, projectId);
  }

  private static String key(String directoryId) {
    return directoryId.strip().toLowerCase(Locale.ROOT);
  }
}
