package com.supportbilling.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before Spring Boot configures logging, logback has nowhere to print: nothing reaches the terminal. */
class NothingOnTheTerminalBeforeSpringTest {

    @Test
    void logbackLeftToItselfGetsNoAppender() throws JoranException {
        LoggerContext context = new LoggerContext();
        new ContextInitializer(context).autoConfig();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Object> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).isEmpty();
        context.stop();
    }
}
