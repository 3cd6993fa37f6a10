package ch.ag.funding.document;

import java.time.Instant;

/**
 * A stored document of a case, without its content.
 *
 * @param fileName the sanitised display name (never a path)
 * @param mediaType the type recognised from the content
 * @param uploadedBy {@link DocumentService#APPLICANT} or a staff user id
 */
public record Document(long id, String reference, String fileName, String mediaType,
    long size, String sha256, Instant uploadedAt, String uploadedBy) {}
