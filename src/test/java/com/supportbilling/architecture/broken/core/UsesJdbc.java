package com.supportbilling.architecture.broken.core;

/** Breaks "core uses no Spring, Jakarta or JDBC". */
public class UsesJdbc {

    java.sql.Connection connection;
}
