package org.harmwatch.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.account.Role;
import org.harmwatch.web.AuthApi;
import org.harmwatch.web.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harmwatch admin}: user chores from the command line, for when nobody can log in as an
 * admin (a lost password) or to set up users before the server runs. Each prints a one-time
 * password that its user must replace at their first login.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description =
        "Administration: reset a password, create a user, take a document down, export the"
            + " access log.",
    subcommands = {
      AdminCommand.ResetPassword.class,
      AdminCommand.CreateUser.class,
      TakedownCommand.class,
      TakedownCommand.ListAll.class,
      AccessLogCommand.class
    })
public final class AdminCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code harmwatch admin reset-password USER}. */
  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description =
          "Give USER a one-time password (printed once); their sessions end and they choose a new"
              + " password at their next login. Their API tokens are kept.")
  static final class ResetPassword implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "USER", description = "The user whose password is reset.")
    String user;

    @Override
    public Integer call() {
      try (Components components = new Components()) {
        AccountStore accounts = components.accounts(database.choice());
        String password = AuthApi.oneTimePassword();
        if (!accounts.resetPassword(user, Passwords.hash(password))) {
          throw new IllegalArgumentException(
              "no user '" + user + "'; the users are: " + names(accounts));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("One-time password for '" + user + "' (shown once; to be changed at login):");
        out.println(password);
        out.flush();
        return 0;
      }
    }
  }

  /** {@code harmwatch admin create-user USER --role ROLE}. */
  @Command(
      name = "create-user",
      mixinStandardHelpOptions = true,
      description =
          "Create USER with a role and a one-time password (printed once), to be changed at their"
              + " first login.")
  static final class CreateUser implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "USER", description = "The new user's name.")
    String user;

    @Option(
        names = "--role",
        defaultValue = "analyst",
        description = "viewer, analyst or admin (default: ${DEFAULT-VALUE}).")
    String role;

    @Override
    public Integer call() {
      Role r = Role.fromCode(role);
      try (Components components = new Components()) {
        AccountStore accounts = components.accounts(database.choice());
        if (accounts.user(user).isPresent()) {
          throw new IllegalArgumentException("user '" + user + "' already exists");
        }
        String password = AuthApi.oneTimePassword();
        accounts.createUser(user, Passwords.hash(password), r, Clock.systemUTC().instant(), true);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            "Created '"
                + user
                + "' ("
                + r.code()
                + "). One-time password (shown once; to be"
                + " changed at first login):");
        out.println(password);
        out.flush();
        return 0;
      }
    }
  }

  private static String names(AccountStore accounts) {
    return String.join(", ", accounts.users().stream().map(a -> a.username()).toList());
  }
}
