package ch.ag.funding.identity;

import java.util.List;
import java.util.stream.Stream;

/** The Camunda groups of the staff (domain.md §2) and the role each one plays. */
public record StaffGroup(String id, String name, Role role) {

  public enum Role {
    RIF,
    CANTON,
    MANAGER,
    ADMIN
  }

  public static final String CANTON_MIKA = "canton-mika";
  public static final String FUNDING_MANAGERS = "funding-managers";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private static final List<StaffGroup> ALL =
      List.of(
          rif("rif-aarau", "RIF Aarau"),
          rif("rif-baden", "Fachstelle Integration Region Baden"),
          rif("rif-brugg", "RIF Region Brugg"),
          rif("rif-fricktal", "mit.dabei-Fricktal"),
          rif("rif-freiamt", "Integration im Freiamt"),
          rif("rif-zofingen", "zofingenregio Integration"),
          rif("rif-aargausued", "Impuls Zusammenleben aargauSüd"),
          rif("rif-lenzburg-seetal", "RIF Lenzburg-Seetal"),
          rif("rif-oberes-freiamt", "RIF Oberes Freiamt"),
          new StaffGroup(CANTON_MIKA, "MIKA Sektion Integration und Beratung", Role.CANTON),
          new StaffGroup(FUNDING_MANAGERS, "Programmleitung und RIF-Leitungen", Role.MANAGER),
          new StaffGroup(CAMUNDA_ADMIN, "Betrieb (Administration)", Role.ADMIN));

  private static StaffGroup rif(String id, String name) {
    return new StaffGroup(id, name, Role.RIF);
  }

  public static List<StaffGroup> all() {
    return ALL;
  }

  public static Stream<StaffGroup> withRole(Role role) {
    return ALL.stream().filter(group -> group.role() == role);
  }

  /** Camunda's group type: the administrators' group is a system group. */
  public String camundaType() {
    return role == Role.ADMIN ? "SYSTEM" : "WORKFLOW";
  }

  /** Caseworker groups work in Tasklist and get a task filter of their own. */
  public boolean worksInTasklist() {
    return role == Role.RIF || role == Role.CANTON;
  }
}
