package ch.ag.funding.letter;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the application's logging. By default the library writes to
 * its own console handler, past the logging configuration; its INFO messages (timings, "fast
 * mode") come with every letter and are logged as DEBUG here, its warnings as warnings.
 */
final class PdfLogging implements XRLogger {

  private static volatile boolean installed;

  private PdfLogging() {}

  static void install() {
    if (!installed) {
      synchronized (PdfLogging.class) {
        if (!installed) {
          XRLog.setLoggerImpl(new PdfLogging());
          installed = true;
        }
      }
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    if (level.intValue() >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else if (level.intValue() >= Level.FINE.intValue()) {
      logger.debug(msg, th);
    } else {
      logger.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are set in the application's logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int level = diagnostic.getLevel().intValue();
    return level >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : level >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
  }
}
