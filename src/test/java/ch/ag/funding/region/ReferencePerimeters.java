package ch.ag.funding.region;

/** The perimeters of the shipped reference data, for tests outside this package. */
public final class ReferencePerimeters {

  private ReferencePerimeters() {}

  public static Perimeters load() {
    return new Perimeters(ReferenceDataCsv.municipalities(), ReferenceDataCsv.regions(),
        ReferenceDataCsv.perimeters());
  }
}
