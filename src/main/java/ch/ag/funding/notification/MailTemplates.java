package ch.ag.funding.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The German texts of the mails: Thymeleaf text templates under {@code templates/mail/}, one
 * {@code <name>.subject.txt} and one {@code <name>.txt} per mail, never text put together in
 * Java.
 */
@Component
public class MailTemplates {

  /** Spring's engine, for Spring expressions; its own resolver, for text templates. */
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  /** A rendered mail. */
  public record Rendered(String subject, String body) {}

  public Rendered render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.forLanguageTag("de-CH"), variables);
    return new Rendered(engine.process(template + ".subject", context).strip(),
        engine.process(template, context));
  }
}
