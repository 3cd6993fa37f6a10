package ch.ag.funding.system;

import java.util.Map;

/**
 * Names the JDK's own XML factories as system properties before the application starts, so that
 * {@code DatatypeFactory.newInstance()}, {@code SAXParserFactory.newInstance()} and their kin take
 * them directly instead of searching every jar of the application for a provider first.
 *
 * <p>Camunda's {@code DurationHelper} asks for a new {@code DatatypeFactory} for every timer it
 * schedules (each decision task's overdue timer, each reminder) and openhtmltopdf for new SAX,
 * DOM and transformer factories for every letter. Without the property, each call walks the
 * {@code META-INF/services} entries of the about 150 nested jars of the packaged application:
 * in the life-cycle benchmark's JFR profile that was 3.5 % of the node's samples. No jar of the
 * application provides another implementation (the search always ended with the JDK's
 * default), so the choice is the same as before, only found without searching. A property that
 * the operator sets on the command line wins.
 */
public final class XmlFactories {

  static final Map<String, String> JDK_DEFAULTS = Map.of(
      "javax.xml.datatype.DatatypeFactory",
      "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl",
      "javax.xml.parsers.SAXParserFactory",
      "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
      "javax.xml.parsers.DocumentBuilderFactory",
      "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
      "javax.xml.transform.TransformerFactory",
      "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

  private XmlFactories() {
  }

  /** Sets each factory property that is not set yet to the JDK's implementation. */
  public static void preferJdkDefaults() {
    JDK_DEFAULTS.forEach((property, implementation) -> {
      if (System.getProperty(property) == null) {
        System.setProperty(property, implementation);
      }
    });
  }
}
