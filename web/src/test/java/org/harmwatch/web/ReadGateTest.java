package org.harmwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadGateTest {
  // Not the common pool: on a small machine it runs one task at a time.
  private static final java.util.concurrent.ExecutorService THREADS =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "read-gate-test");
            t.setDaemon(true);
            return t;
          });

  private static ServletRequest request(String method) {
    return (ServletRequest)
        Proxy.newProxyInstance(
            ReadGateTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) -> m.getName().equals("getMethod") ? method : null);
  }

  /** Runs a request through {@code gate} on another thread; its chain waits for {@code release}. */
  private static CompletableFuture<Void> send(
      ReadGate gate, String method, CountDownLatch inside, CountDownLatch release) {
    FilterChain chain =
        (req, res) -> {
          inside.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    return CompletableFuture.runAsync(
        () -> {
          try {
            gate.doFilter(request(method), null, chain);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        THREADS);
  }

  @Test
  void aReadWaitsForAPlaceAndEntersWhenOneIsFree() throws Exception {
    ReadGate gate = new ReadGate(1, Duration.ofSeconds(30));
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch firstGo = new CountDownLatch(1);
    CompletableFuture<Void> first = send(gate, "GET", firstIn, firstGo);
    assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
    CountDownLatch secondIn = new CountDownLatch(1);
    CompletableFuture<Void> second = send(gate, "GET", secondIn, new CountDownLatch(0));
    assertThat(secondIn.await(300, TimeUnit.MILLISECONDS)).as("second read waits").isFalse();
    // A write is not in the line.
    CountDownLatch postIn = new CountDownLatch(1);
    CompletableFuture<Void> post = send(gate, "POST", postIn, new CountDownLatch(0));
    assertThat(postIn.await(5, TimeUnit.SECONDS)).isTrue();
    firstGo.countDown();
    assertThat(secondIn.await(5, TimeUnit.SECONDS)).as("second read enters").isTrue();
    CompletableFuture.allOf(first, second, post).get(5, TimeUnit.SECONDS);
  }

  @Test
  void readsEnterInArrivalOrder() throws Exception {
    ReadGate gate = new ReadGate(1, Duration.ofSeconds(30));
    CountDownLatch holderIn = new CountDownLatch(1);
    CountDownLatch holderGo = new CountDownLatch(1);
    CompletableFuture<Void> holder = send(gate, "GET", holderIn, holderGo);
    assertThat(holderIn.await(5, TimeUnit.SECONDS)).isTrue();
    AtomicInteger order = new AtomicInteger();
    int[] entered = new int[5];
    CompletableFuture<?>[] waiting = new CompletableFuture<?>[5];
    for (int i = 0; i < 5; i++) {
      int me = i;
      FilterChain chain = (req, res) -> entered[me] = order.incrementAndGet();
      waiting[i] =
          CompletableFuture.runAsync(
              () -> {
                try {
                  gate.doFilter(request("GET"), null, chain);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              THREADS);
      Thread.sleep(100); // so that each is in the line before the next arrives
    }
    holderGo.countDown();
    CompletableFuture.allOf(waiting).get(5, TimeUnit.SECONDS);
    holder.get(5, TimeUnit.SECONDS);
    assertThat(entered).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aReadThatWaitedTheLongestWaitGoesAheadAnyway() throws Exception {
    ReadGate gate = new ReadGate(1, Duration.ofMillis(200));
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch firstGo = new CountDownLatch(1);
    CompletableFuture<Void> first = send(gate, "GET", firstIn, firstGo);
    assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
    CountDownLatch secondIn = new CountDownLatch(1);
    CompletableFuture<Void> second = send(gate, "GET", secondIn, new CountDownLatch(0));
    assertThat(secondIn.await(5, TimeUnit.SECONDS)).isTrue();
    firstGo.countDown();
    CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);
  }

  @Test
  void theVariableSetsThePlacesOrIsRefusedNamingItself() {
    assertThat(ReadGate.fromVariable(null).permits()).isEqualTo(ReadGate.DEFAULT_PERMITS);
    assertThat(ReadGate.fromVariable(" 12 ").permits()).isEqualTo(12);
    for (String bad : new String[] {"0", "-3", "many", "1001"}) {
      assertThatThrownBy(() -> ReadGate.fromVariable(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(ReadGate.PERMITS_VARIABLE);
    }
  }
}
