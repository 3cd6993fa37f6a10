package ch.ag.funding.reporting;

/** The reports a funded project owes (domain.md §4 step 8). */
public enum ReportKind {
  INTERIM("Zwischenbericht"),
  FINAL("Schlussbericht");

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  /** The German name, as the forms and mails say it. */
  public String label() {
    return label;
  }
}
