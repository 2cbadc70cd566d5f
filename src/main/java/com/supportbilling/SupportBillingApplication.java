package com.supportbilling;

import com.supportbilling.cli.BillingCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The support-billing application: the command line decides which command runs, in which context. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportBillingApplication {

    public static void main(String[] args) {
        System.exit(BillingCommandLine.execute(args));
    }
}
