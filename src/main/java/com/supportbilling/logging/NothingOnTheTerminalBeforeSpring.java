package com.supportbilling.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration until Spring Boot applies logback-spring.xml: no appender at all. Without it logback
 * falls back to printing every event on standard output, stack traces included, so a command refused before the
 * application starts (a state in use by another run, a catalog that cannot be read) printed pages of trace beside
 * its one sentence on stderr (D51). Ranked after logback's own search for a logback.xml, which an installation
 * may still give, and before that fallback.
 */
@ConfiguratorRank(ConfiguratorRank.FALLBACK / 2)
public final class NothingOnTheTerminalBeforeSpring extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
