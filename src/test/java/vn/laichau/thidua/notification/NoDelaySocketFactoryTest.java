package vn.laichau.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The SMTP connection's sockets send each write at once (TCP_NODELAY), however JavaMail asks for them. */
class NoDelaySocketFactoryTest {

  @Test
  void unconnectedSocketAsJavaMailAsksForIt() throws Exception {
    try (Socket socket = NoDelaySocketFactory.getDefault().createSocket()) {
      assertThat(socket.isConnected()).isFalse();
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }

  @Test
  void connectedSockets() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 4, loopback);
        Socket byName = NoDelaySocketFactory.getDefault().createSocket(loopback.getHostAddress(),
            server.getLocalPort());
        Socket byAddress = NoDelaySocketFactory.getDefault().createSocket(loopback, server.getLocalPort());
        Socket fromLocal = NoDelaySocketFactory.getDefault().createSocket(loopback, server.getLocalPort(), loopback,
            0)) {
      for (Socket socket : new Socket[] {byName, byAddress, fromLocal}) {
        assertThat(socket.isConnected()).isTrue();
        assertThat(socket.getTcpNoDelay()).isTrue();
        assertThat(socket.getPort()).isEqualTo(server.getLocalPort());
      }
    }
  }
}
