package ch.ag.funding.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A structurally valid application (domain.md §6): every value has its type, every required value
 * is present. Whether it meets the funding rules is for the {@link FormalCheck} to say.
 */
public record Application(
    String organisationName,
    OrganisationType organisationType,
    String contactName,
    String contactEmail,
    String contactPhone,
    String iban,
    String projectTitle,
    String projectDescription,
    OfferType offerType,
    String targetGroup,
    Integer expectedParticipants,
    Integer volunteerCount,
    List<String> municipalities,
    boolean supraRegional,
    LocalDate projectStart,
    LocalDate projectEnd,
    BigDecimal totalCost,
    BigDecimal ownContribution,
    BigDecimal thirdPartyFunding,
    BigDecimal municipalityContribution,
    BigDecimal requestedAmount,
    FundingSource fundingSource,
    boolean exclusionsConfirmed) {

  public enum OrganisationType { VEREIN, STIFTUNG, GEMEINDE, INSTITUTION, GRUPPE }

  public enum OfferType { TREFFPUNKT, KONVERSATION, INFORMATION, ATELIER, ANLASS, ANDERES }

  public enum FundingSource { KIP, IP }
}
