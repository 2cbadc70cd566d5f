package com.supportbilling.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Keeps logback's own troubles off the terminal. Spring Boot prints logback's status errors on the
 * console; when the log file cannot be written (a full disk) that is pages of stack traces for every
 * line logged, burying the one sentence the run prints about it (D47). The log file is the place for
 * traces; a log that cannot be written has nowhere better to go.
 */
public class QuietLogStatus implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            StatusManager statuses = context.getStatusManager();
            for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
                if (listener instanceof OnConsoleStatusListener console) {
                    statuses.remove(console);
                    console.stop();
                }
            }
        }
    }
}
