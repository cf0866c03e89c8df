package org.harmwatch.testkit;

/**
 * A database on a {@link PostgresServer}: its JDBC URL and the credentials that open it.
 *
 * @param url the JDBC URL
 * @param user the user name
 * @param password the password (empty: the embedded server trusts local connections)
 */
public record PostgresDatabase(String url, String user, String password) {}
