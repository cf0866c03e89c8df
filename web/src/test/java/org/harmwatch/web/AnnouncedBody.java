package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 exchange in which the client announces a body with {@code Expect: 100-continue}
 * and reads the server's answer without sending the body.
 *
 * <p>A client that writes an oversized body regardless races the server, which answers on the
 * announced length and closes the connection: now and then the client's write then fails with a
 * broken pipe before it reads the answer ("HTTP/1.1 header parser received no bytes"). The JDK
 * client's own {@code expectContinue} hangs on a final answer other than 100 (JDK 17), hence the
 * plain socket.
 *
 * @param head the status line and headers
 * @param body the answer's body
 */
record AnnouncedBody(String head, String body) {

  /** POSTs headers announcing {@code size} bytes of {@code contentType} to {@code base + path}. */
  static AnnouncedBody post(String base, String path, String contentType, long size)
      throws IOException {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + "\r\n"
              + TestUser.HEADER
              + ": tester\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + size
              + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      assertThat(end).as(answer).isPositive();
      return new AnnouncedBody(answer.substring(0, end), answer.substring(end + 4));
    }
  }

  int status() {
    return Integer.parseInt(head.split(" ", 3)[1]);
  }

  String header(String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    throw new AssertionError("no " + name + " header in " + head);
  }
}
