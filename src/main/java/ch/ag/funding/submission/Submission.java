package ch.ag.funding.submission;

/** A submitted application: the response of {@code POST /api/applications} (domain.md §7). */
public record Submission(String reference, String processInstanceId, String statusUrl) {}
