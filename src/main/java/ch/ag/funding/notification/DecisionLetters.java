package ch.ag.funding.notification;

import ch.ag.funding.agreement.AgreementTerms;
import ch.ag.funding.document.Document;
import ch.ag.funding.document.DocumentService;
import ch.ag.funding.letter.Letter;
import ch.ag.funding.letter.LetterFacts;
import ch.ag.funding.letter.LetterService;
import ch.ag.funding.letter.LetterType;
import ch.ag.funding.notification.MailOutbox.Purpose;
import ch.ag.funding.system.SwissFormat;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters of a case (approval, rejection, not entered into): produced as PDF in the
 * letter's own job after the decision committed (domain.md §7), stored with the case's documents
 * and mailed to the applicant, all in that job's transaction.
 */
@Service
public class DecisionLetters {

  private final LetterService letters;
  private final DocumentService documents;
  private final CaseNotifications notifications;
  private final AgreementTerms agreementTerms;
  private final Clock clock;

  DecisionLetters(LetterService letters, DocumentService documents,
      CaseNotifications notifications, AgreementTerms agreementTerms, Clock clock) {
    this.letters = letters;
    this.documents = documents;
    this.notifications = notifications;
    this.agreementTerms = agreementTerms;
    this.clock = clock;
  }

  /** A decision's letter (approval, rejection, not entered into) and its mail. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Document send(CaseFacts facts, LetterType type) {
    return send(facts, type, null, facts.decisionReason(), notifications.decidingOffice(facts));
  }

  /**
   * The letter that closes a funded project (the settlement, or the office's clawback) and its
   * mail; the responsible office signs it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Document sendSettlement(CaseFacts facts, LetterType type,
      LetterFacts.Settlement settlement, String reason) {
    return send(facts, type, settlement, reason,
        notifications.officeName(facts.responsibleOffice()));
  }

  private Document send(CaseFacts facts, LetterType type, LetterFacts.Settlement settlement,
      String reason, String office) {
    Letter letter = letters.render(type, letterFacts(facts, type, settlement, reason, office));
    Document stored = documents.storeLetter(facts.reference(), facts.processInstanceId(),
        letter.fileName(), letter.pdf());
    notifications.sendDecision(facts, purpose(type), stored.id(), reason);
    return stored;
  }

  private LetterFacts letterFacts(CaseFacts facts, LetterType type,
      LetterFacts.Settlement settlement, String reason, String office) {
    var application = facts.application();
    LetterFacts.Terms terms = null;
    if (type == LetterType.APPROVAL) {
      AgreementTerms.Terms agreed = agreementTerms.of(facts.approvedAmount(),
          application.projectStart(), application.projectEnd());
      terms = new LetterFacts.Terms(agreed.advancePercent(), agreed.advanceAmount(),
          agreed.acceptanceDays(), agreed.finalReportDue(), agreed.interimReportDue());
    }
    return new LetterFacts(facts.reference(), LocalDate.now(clock.withZone(SwissFormat.ZONE)),
        application.organisationName(), application.contactName(), application.contactEmail(),
        application.projectTitle(), application.projectStart(), application.projectEnd(),
        application.requestedAmount(), facts.approvedAmount(), reason, office,
        facts.formalProblems(), facts.completionDue() == null ? null
            : LocalDate.ofInstant(facts.completionDue().toInstant(), SwissFormat.ZONE),
        terms, settlement);
  }

  private static Purpose purpose(LetterType type) {
    return switch (type) {
      case APPROVAL -> Purpose.APPROVAL;
      case REJECTION -> Purpose.REJECTION;
      case NOT_ENTERED -> Purpose.NOT_ENTERED;
      case CLOSURE -> Purpose.SETTLEMENT;
      case CLAWBACK -> Purpose.CLAWBACK;
    };
  }
}
