package org.harmwatch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Whether the client of a request being handled has closed its connection. Jetty reads nothing from
 * a connection while its request is handled, so a disconnect is seen only when the answer is
 * written; this looks at the connection itself: a non-blocking read that meets the end of the
 * stream (or a reset) means the client has gone. A connection this server closed (when it stops) is
 * not a client gone. Meant for requests whose body has been read.
 */
final class ClientConnection {
  private ClientConnection() {}

  /**
   * A test of whether the client of {@code ctx} has gone; always false when the request does not
   * come over a Jetty connection (e.g. in a unit test's fake context).
   */
  static BooleanSupplier goneTest(Context ctx) {
    EndPoint endPoint = endPoint(ctx);
    if (endPoint == null) {
      return () -> false;
    }
    boolean[] spoke = new boolean[1];
    return () -> {
      if (spoke[0]) {
        return false;
      }
      if (!endPoint.isOpen()) {
        // Closed by this server (it is stopping), not by the client: a stopping server finishes
        // the documents it accepted.
        return false;
      }
      try {
        int read = endPoint.fill(BufferUtil.allocate(1));
        if (read > 0) {
          // The client sent more (a pipelined request): it is there. That byte is lost, so the
          // connection is closed after this answer, and the polling stops.
          spoke[0] = true;
          ctx.header("Connection", "close");
        }
        return read < 0;
      } catch (IOException e) {
        // A reset by the client; or the server closed the connection meanwhile.
        return endPoint.isOpen();
      }
    };
  }

  private static EndPoint endPoint(Context ctx) {
    try {
      ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
      if (request == null || request.getConnectionMetaData().getConnection() == null) {
        return null;
      }
      return request.getConnectionMetaData().getConnection().getEndPoint();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
