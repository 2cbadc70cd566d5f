package com.supportbilling.cli;

import com.supportbilling.SupportBillingApplication;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command that needs the job or the database. Arguments of the
 * form {@code --spring.…=…}, {@code --billing.…=…} or {@code --logging.…=…} go to Spring, e.g.
 * {@code --spring.datasource.url=jdbc:postgresql://…}.
 */
final class SpringLauncher {

    private final List<String> springArguments;

    SpringLauncher(List<String> springArguments) {
        this.springArguments = springArguments;
    }

    static boolean isSpringArgument(String argument) {
        return argument.startsWith("--spring.") || argument.startsWith("--billing.") || argument.startsWith("--logging.");
    }

    ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(SupportBillingApplication.class)
                .properties(properties)
                .logStartupInfo(false)
                .run(springArguments.toArray(String[]::new));
    }
}
