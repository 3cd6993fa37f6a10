package ch.ag.funding.submission;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * An application as process variables (domain.md §6): texts and enumerations as strings, dates as
 * ISO strings, amounts as numbers, the municipalities as a Json array.
 */
public final class ApplicationVariables {

  public static final String REFERENCE = "reference";
  public static final String SUBMISSION_DATE = "submissionDate";

  private ApplicationVariables() {}

  public static VariableMap of(Application a) {
    return Variables.createVariables()
        .putValue("organisationName", a.organisationName())
        .putValue("organisationType", a.organisationType().name())
        .putValue("contactName", a.contactName())
        .putValue("contactEmail", a.contactEmail())
        .putValue("contactPhone", a.contactPhone())
        .putValue("iban", a.iban())
        .putValue("projectTitle", a.projectTitle())
        .putValue("projectDescription", a.projectDescription())
        .putValue("offerType", a.offerType().name())
        .putValue("targetGroup", a.targetGroup())
        .putValue("expectedParticipants", a.expectedParticipants())
        .putValue("volunteerCount", a.volunteerCount())
        .putValueTyped("municipalities", json(a.municipalities()))
        .putValue("supraRegional", a.supraRegional())
        .putValue("projectStart", a.projectStart().toString())
        .putValue("projectEnd", a.projectEnd().toString())
        .putValue("totalCost", a.totalCost().doubleValue())
        .putValue("ownContribution", a.ownContribution().doubleValue())
        .putValue("thirdPartyFunding", a.thirdPartyFunding().doubleValue())
        .putValue("municipalityContribution", a.municipalityContribution().doubleValue())
        .putValue("requestedAmount", a.requestedAmount().doubleValue())
        .putValue("fundingSource", a.fundingSource().name())
        .putValue("exclusionsConfirmed", a.exclusionsConfirmed());
  }

  /** A list of strings as a Camunda Json variable. */
  public static TypedValue json(List<String> values) {
    return SpinValues.jsonValue(JSON(values)).create();
  }
}
