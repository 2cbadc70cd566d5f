package com.supportbilling.state;

import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database server the operator names ({@code --spring.datasource.url}), e.g. PostgreSQL: runs share
 * it, each month held by its lock in the database (D28), so opening it is starting the application.
 */
public final class DatabaseServer implements BillingState {

    @Override
    public ConfigurableApplicationContext open(Supplier<ConfigurableApplicationContext> start, String purpose) {
        return start.get();
    }
}
