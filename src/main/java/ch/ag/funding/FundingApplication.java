package ch.ag.funding;

import ch.ag.funding.system.XmlFactories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Projektförderung Soziale Integration: the project-funding process of the canton's social
 * integration programme on Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FundingApplication {

  public static void main(String[] args) {
    XmlFactories.preferJdkDefaults();
    SpringApplication.run(FundingApplication.class, args);
  }
}
