package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import java.nio.file.Path;
import org.harmwatch.core.account.Account;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.web.Passwords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin create-user} and {@code admin reset-password} on an H2 file database. */
class AdminCommandIT {
  @TempDir Path dir;

  private static String password(CliRun r) {
    String[] lines = r.out().strip().split("\\R");
    return lines[lines.length - 1].strip();
  }

  private Account account(String name) {
    try (Components c = new Components()) {
      AccountStore accounts =
          c.accounts(DatabaseChoice.of("h2-file", null, null, null, dir, "dev"));
      return accounts.user(name).orElseThrow();
    }
  }

  private String hash(String name) {
    try (Components c = new Components()) {
      return c.accounts(DatabaseChoice.of("h2-file", null, null, null, dir, "dev"))
          .passwordHash(name)
          .orElseThrow();
    }
  }

  @Test
  void createsUsersAndResetsPasswordsThatMustBeChangedAtLogin() {
    String data = dir.toString();
    CliRun created =
        run(
            "admin",
            "create-user",
            "amina",
            "--role",
            "admin",
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out()).contains("Created 'amina' (admin)");
    String first = password(created);
    assertThat(first).hasSize(20);
    Account amina = account("amina");
    assertThat(amina.role()).isEqualTo(Role.ADMIN);
    assertThat(amina.mustChangePassword()).isTrue();
    assertThat(Passwords.matches(first, hash("amina"))).isTrue();

    CliRun again = run("admin", "create-user", "amina", "--db", "h2-file", "--data-dir", data);
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("user 'amina' already exists");

    CliRun reset = run("admin", "reset-password", "amina", "--db", "h2-file", "--data-dir", data);
    assertThat(reset.exit()).as(reset.err()).isZero();
    String second = password(reset);
    assertThat(second).isNotEqualTo(first);
    assertThat(Passwords.matches(second, hash("amina"))).isTrue();
    assertThat(Passwords.matches(first, hash("amina"))).isFalse();
    assertThat(account("amina").mustChangePassword()).isTrue();

    CliRun unknown = run("admin", "reset-password", "omar", "--db", "h2-file", "--data-dir", data);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no user 'omar'").contains("amina");

    CliRun badRole =
        run(
            "admin",
            "create-user",
            "omar",
            "--role",
            "boss",
            "--db",
            "h2-file",
            "--data-dir",
            data);
    assertThat(badRole.exit()).isEqualTo(2);
    assertThat(badRole.err()).contains("boss");
  }
}
