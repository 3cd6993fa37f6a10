package ch.ag.funding.letter;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The German texts of the letters: Thymeleaf templates under {@code templates/letter/}, one per
 * {@link LetterType}, sharing {@code layout.html} (letterhead, address, signature, print CSS).
 * The templates are written as XHTML, and HTML mode keeps them as written, because the PDF
 * renderer reads XML; values go in through {@code th:text}, escaped.
 */
final class LetterTemplates {

  private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

  /** Spring's engine, for Spring expressions; its own resolver, for the letters only. */
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  LetterTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/letter/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  String render(LetterType type, Map<String, Object> variables) {
    return engine.process(type.template(), new Context(SWISS_GERMAN, variables));
  }
}
