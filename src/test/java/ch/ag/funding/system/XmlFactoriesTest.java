package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlFactoriesTest {

  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void clearProperties() {
    XmlFactories.JDK_DEFAULTS.keySet().forEach(property -> {
      saved.put(property, System.getProperty(property));
      System.clearProperty(property);
    });
  }

  @AfterEach
  void restoreProperties() {
    saved.forEach((property, value) -> {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    });
  }

  @Test
  void namesTheFactoriesTheSearchWouldHaveFound() throws Exception {
    Map<String, String> searched = created();

    XmlFactories.preferJdkDefaults();

    assertThat(searched).isEqualTo(XmlFactories.JDK_DEFAULTS);
    XmlFactories.JDK_DEFAULTS.forEach((property, implementation) ->
        assertThat(System.getProperty(property)).isEqualTo(implementation));
    assertThat(created()).isEqualTo(XmlFactories.JDK_DEFAULTS);
  }

  @Test
  void keepsWhatTheOperatorSet() {
    System.setProperty("javax.xml.parsers.SAXParserFactory", "org.example.OwnParserFactory");

    XmlFactories.preferJdkDefaults();

    assertThat(System.getProperty("javax.xml.parsers.SAXParserFactory"))
        .isEqualTo("org.example.OwnParserFactory");
    assertThat(System.getProperty("javax.xml.datatype.DatatypeFactory"))
        .isEqualTo(XmlFactories.JDK_DEFAULTS.get("javax.xml.datatype.DatatypeFactory"));
  }

  private static Map<String, String> created() throws Exception {
    return Map.of(
        "javax.xml.datatype.DatatypeFactory", DatatypeFactory.newInstance().getClass().getName(),
        "javax.xml.parsers.SAXParserFactory", SAXParserFactory.newInstance().getClass().getName(),
        "javax.xml.parsers.DocumentBuilderFactory",
        DocumentBuilderFactory.newInstance().getClass().getName(),
        "javax.xml.transform.TransformerFactory",
        TransformerFactory.newInstance().getClass().getName());
  }
}
