package com.supportbilling;

import com.supportbilling.cli.BillingCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The support-billing application: the command line decides which command runs, in which context. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportBillingApplication {

    public static void main(String[] args) {
        // Boot would warm Tomcat and Spring MVC up in the background, and wait for it before a run starts:
        // only the management server of watch and schedule uses them, and run starts no web server (D104)
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        System.exit(BillingCommandLine.execute(args));
    }
}
