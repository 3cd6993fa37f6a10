package ch.ag.funding.system;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.system.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards only the project's own API ({@code /api/**}); {@code /camunda/**} and
 * {@code /engine-rest/**} are left to Camunda's own authentication, and no Spring Security
 * headers reach the webapps. The API is stateless (HTTP Basic against Camunda's identity
 * service, no session, no cookies, so no CSRF token); refusals are German JSON.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] STAFF =
      StaffGroup.all().stream().map(StaffGroup::id).toArray(String[]::new);

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.POST, "/api/applications").permitAll()
            .requestMatchers("/api/admin/**").hasAuthority(StaffGroup.CAMUNDA_ADMIN)
            .anyRequest().hasAnyAuthority(STAFF))
        .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"Projektfoerderung\"");
          write(response, objectMapper, HttpServletResponse.SC_UNAUTHORIZED,
              "Bitte melden Sie sich mit Ihrem Benutzernamen und Passwort an.");
        }))
        .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
            write(response, objectMapper, HttpServletResponse.SC_FORBIDDEN,
                "Dafür fehlt Ihnen die Berechtigung.")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static void write(HttpServletResponse response, ObjectMapper objectMapper, int status,
      String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), ApiError.of(message));
  }
}
