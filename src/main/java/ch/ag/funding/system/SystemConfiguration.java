package ch.ag.funding.system;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock(SwissFormat.ZONE);
  }

  /**
   * The engine's REST API authenticates every call against Camunda's identity service (HTTP Basic),
   * so that authorization checks apply to the calling user.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  ResourceConfigCustomizer engineRestValidationErrors() {
    return config -> config.register(FormValidationExceptionMapper.class);
  }

  @Bean
  FilterRegistrationBean<DefaultPagingFilter> engineRestDefaultPagingFilter(
      ProcessEngine processEngine) {
    int limit = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getQueryMaxResultsLimit();
    var registration = new FilterRegistrationBean<>(new DefaultPagingFilter(limit));
    registration.setName("camunda-rest-default-paging");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setEnabled(limit < Integer.MAX_VALUE);
    return registration;
  }
}
