package vn.laichau.thidua.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * The sockets of the SMTP connections, with Nagle's algorithm off ({@code TCP_NODELAY}); named in
 * {@code spring.mail.properties.mail.smtp.socketFactory.class}, which JavaMail reads through {@link #getDefault()}.
 *
 * <p>Why: JavaMail writes a mail through an 8 KiB buffer and then the end of the data ({@code "\r\n.\r\n"}) with a
 * flush. A mail larger than the buffer (an escalation with its HTML part is) leaves a small last segment behind a
 * full one that is not acknowledged yet; Nagle's algorithm holds it until the acknowledgement, which the server delays
 * (40 ms on Linux, up to 200 ms elsewhere) because it is waiting for that very segment. Every such mail stalled: one
 * sending thread handed over about 20 mails a second, whatever the server's speed. The commands and their answers are
 * whole lines written at once, so sending each write at once costs no extra packets worth speaking of.
 */
public final class NoDelaySocketFactory extends SocketFactory {

  private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

  /** What JavaMail calls to obtain the factory named by class. */
  public static SocketFactory getDefault() {
    return INSTANCE;
  }

  /** Unconnected: JavaMail connects it itself, with {@code mail.smtp.connectiontimeout}. */
  @Override
  public Socket createSocket() throws SocketException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return createSocket(host, port, null, 0);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), localAddress, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return createSocket(host, port, null, 0);
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), localAddress, localPort);
  }

  private Socket connected(InetSocketAddress remote, InetAddress localAddress, int localPort) throws IOException {
    Socket socket = createSocket();
    try {
      if (localAddress != null) {
        socket.bind(new InetSocketAddress(localAddress, localPort));
      }
      socket.connect(remote);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
