package ch.ag.funding.letter;

/**
 * A rendered decision letter, ready to be stored as a case document or attached to a mail.
 *
 * @param fileName the German file name, in ASCII, such as {@code Bewilligung_SI-2026-0042.pdf}
 * @param pdf the PDF's bytes
 */
public record Letter(String fileName, byte[] pdf) {}
