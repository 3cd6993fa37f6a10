package ch.ag.funding.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a fixed port of the test JVM that can be taken away and
 * brought back on the same port; the Message-IDs received by every incarnation are kept.
 */
final class MailCapture implements AutoCloseable {

  private final int port = ClusterNode.freePort();
  private final Map<String, Integer> received = new HashMap<>();
  private GreenMail server;

  MailCapture() {
    start();
  }

  int port() {
    return port;
  }

  synchronized void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** The SMTP server goes away: connections are refused until {@link #start()}. */
  synchronized void stop() {
    collect();
    server.stop();
    server = null;
  }

  /** How often each Message-ID was received. */
  synchronized Map<String, Integer> received() {
    Map<String, Integer> all = new HashMap<>(received);
    if (server != null) {
      count(server, all);
    }
    return all;
  }

  private void collect() {
    count(server, received);
  }

  private static void count(GreenMail server, Map<String, Integer> into) {
    for (MimeMessage message : server.getReceivedMessages()) {
      try {
        into.merge(message.getMessageID(), 1, Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
