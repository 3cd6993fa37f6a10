package ch.ag.funding.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The German texts of the mails: Thymeleaf templates under {@code templates/mail/}, never text
 * put together in Java. Each mail has a subject ({@code <name>.subject.txt}), a plain-text body
 * ({@code <name>.txt}) and an HTML body ({@code <name>.html}); both bodies are then set into the
 * shared layout ({@code layout.txt}, {@code layout.html}: signature and footer), which receives
 * the rendered body as {@code content}.
 */
@Component
public class MailTemplates {

  private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

  private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");

  /** A rendered mail. */
  public record Rendered(String subject, String body, String html) {}

  /**
   * Renders a mail.
   *
   * @param forOffice whether the mail goes to an office (an automated notice) rather than to an
   *     applicant (a letter signed by the section)
   */
  public Rendered render(String template, Map<String, Object> variables, boolean forOffice) {
    Context context = new Context(SWISS_GERMAN, variables);
    String subject = text.process(template + ".subject", context).strip();
    return new Rendered(subject,
        layout(text, text.process(template, context), subject, forOffice),
        layout(html, html.process(template, context), subject, forOffice));
  }

  private static String layout(SpringTemplateEngine engine, String content, String subject,
      boolean forOffice) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("content", content);
    variables.put("subject", subject);
    variables.put("forOffice", forOffice);
    return engine.process("layout", new Context(SWISS_GERMAN, variables));
  }

  /** Spring's engine, for Spring expressions; its own resolver, for the mail templates. */
  private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
