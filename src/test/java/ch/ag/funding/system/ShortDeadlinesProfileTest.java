package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.agreement.AgreementProperties;
import ch.ag.funding.decision.DecisionProperties;
import ch.ag.funding.submission.SubmissionProperties;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The profile for trying deadlines out binds to the settings it means to shorten. */
class ShortDeadlinesProfileTest {

  @Test
  void theShortDeadlinesProfileShortensTheDurations() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("short-deadlines",
            new ClassPathResource("application-short-deadlines.yaml"))
        .forEach(environment.getPropertySources()::addFirst);
    Binder binder = Binder.get(environment);

    assertThat(binder.bindOrCreate("funding.submission", SubmissionProperties.class)
        .completionPeriod()).isEqualTo(Duration.ofMinutes(10));
    DecisionProperties decision = binder.bindOrCreate("funding.decision",
        DecisionProperties.class);
    assertThat(decision.rifPreDecisionPeriod()).isEqualTo(Duration.ofMinutes(10));
    assertThat(decision.cantonDecisionPeriod()).isEqualTo(Duration.ofMinutes(10));
    assertThat(decision.escalationGracePeriod()).isEqualTo(Duration.ofMinutes(5));
    AgreementProperties agreement = binder.bindOrCreate("funding.agreement",
        AgreementProperties.class);
    assertThat(agreement.acceptancePeriod()).isEqualTo(Duration.ofMinutes(15));
    assertThat(agreement.acceptanceReminderBefore()).isEqualTo(Duration.ofMinutes(5));
  }
}
