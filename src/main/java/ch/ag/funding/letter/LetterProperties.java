package ch.ag.funding.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender printed on every decision letter: the letterhead, the place beside the date and the
 * signature; and the canton's account that a repayment claim names. An office that moves or is
 * renamed changes these under {@code funding.letter} without a release. The account's defaults are
 * placeholders, to be set for production.
 *
 * @param canton the first line of the letterhead
 * @param department the department the office belongs to
 * @param office the office; also the PDF's author
 * @param section the section that sends the letters and signs them
 * @param street street and number of the office
 * @param town postal code and town of the office
 * @param email where applicants write with questions
 * @param place the place written before the letter's date
 * @param repaymentIban the IBAN a repayment is paid to
 * @param repaymentAccountHolder the holder of that account
 * @param repaymentDays the days the applicant has to pay a repayment claim
 */
@ConfigurationProperties("funding.letter")
public record LetterProperties(
    @DefaultValue("Kanton Aargau") String canton,
    @DefaultValue("Departement Volkswirtschaft und Inneres") String department,
    @DefaultValue("Amt für Migration und Integration Kanton Aargau (MIKA)") String office,
    @DefaultValue("Sektion Integration und Beratung") String section,
    @DefaultValue("Bahnhofplatz 3C") String street,
    @DefaultValue("5001 Aarau") String town,
    @DefaultValue("integration@ag.ch") String email,
    @DefaultValue("Aarau") String place,
    @DefaultValue("CH00 0000 0000 0000 0000 0") String repaymentIban,
    @DefaultValue("Kanton Aargau, Departement Volkswirtschaft und Inneres")
        String repaymentAccountHolder,
    @DefaultValue("30") int repaymentDays) {}
