package org.harmwatch.store;

/** One column of a target table of an archive import: its name and JDBC type. */
record ArchiveColumn(String name, int type, String typeName) {}
