package ch.ag.funding.region;

/** A regional integration office (RIF): its Camunda group id, public name and contact address. */
public record Region(String id, String name, String contactEmail) {}
