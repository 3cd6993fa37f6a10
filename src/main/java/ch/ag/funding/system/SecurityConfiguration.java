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
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security guards the project's own API ({@code /api/**}) and the programme dashboard
 * ({@code /dashboard/**}, a login page and a session), and sets the headers of the public portal
 * pages; {@code /camunda/**} and
 * {@code /engine-rest/**} are left to Camunda's own authentication, and no Spring Security
 * headers reach the webapps. The API is stateless (HTTP Basic against Camunda's identity
 * service, no session of its own; a Tasklist session may only read, see
 * {@link WebappSessionAuthenticationFilter}); refusals are German JSON.
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
        .addFilterBefore(new WebappSessionAuthenticationFilter(),
            BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * The public portal pages: no login, but the headers a public site needs. The status link is a
   * secret in the URL, so no page sends a referrer and no page is cached.
   */
  @Bean
  SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/", "/gesuch", "/gesuch/**", "/status/**", "/status-link", "/error")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .frameOptions(frame -> frame.deny()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // no cookie, no session: the status token in the path is the only credential, so a
        // foreign site cannot make a browser post with the applicant's authority
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** The portal's scripts and styles: the same headers, but cacheable. */
  @Bean
  SecurityFilterChain portalAssetSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/portal/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .cacheControl(cache -> cache.disable()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * The programme dashboard, a browser page for {@code funding-managers} and
   * {@code camunda-admin}: a German login page against Camunda's identity service (the same
   * provider as the API), a session, CSRF tokens on every post (login and logout included), and
   * a German page when the rights are missing. Its script and style sheet are public.
   */
  @Bean
  SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/dashboard", "/dashboard/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/dashboard/anmelden", "/dashboard/kein-zugriff",
                "/dashboard/dashboard.css", "/dashboard/dashboard.js",
                "/dashboard/dashboard.js.LEGAL.txt").permitAll()
            .anyRequest().hasAnyAuthority(StaffGroup.FUNDING_MANAGERS, StaffGroup.CAMUNDA_ADMIN))
        .formLogin(login -> login
            .loginPage("/dashboard/anmelden")
            .loginProcessingUrl("/dashboard/anmelden")
            .defaultSuccessUrl("/dashboard")
            .failureUrl("/dashboard/anmelden?fehler"))
        .logout(logout -> logout
            .logoutUrl("/dashboard/abmelden")
            .logoutSuccessUrl("/dashboard/anmelden?abgemeldet"))
        .exceptionHandling(errors -> errors.accessDeniedHandler(dashboardAccessDenied()))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frame -> frame.deny()))
        .build();
  }

  /**
   * A form posted without a valid CSRF token (an expired session, a foreign site) goes back to
   * the login page; a user without the rights gets the German page "Kein Zugriff".
   */
  private static AccessDeniedHandler dashboardAccessDenied() {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    forbidden.setErrorPage("/dashboard/kein-zugriff");
    return (request, response, e) -> {
      if (e instanceof CsrfException) {
        response.sendRedirect(request.getContextPath() + "/dashboard/anmelden?abgelaufen");
      } else {
        forbidden.handle(request, response, e);
      }
    };
  }

  /**
   * Only the portal's own scripts and styles; inline style attributes are allowed because the
   * form renderer sets some. No frames, no plug-ins, no foreign forms.
   */
  static final String PORTAL_CSP = "default-src 'self'; script-src 'self';"
      + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private static void write(HttpServletResponse response, ObjectMapper objectMapper, int status,
      String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), ApiError.of(message));
  }
}
