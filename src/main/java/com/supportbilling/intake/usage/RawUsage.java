package com.supportbilling.intake.usage;

/** The fields of a usage row as text, before validation, whatever the layout. */
public record RawUsage(String lineItemId, String accountId, String usageDate, String service, String chargeType,
        String amount, String currency, String billingEntity) {
}
