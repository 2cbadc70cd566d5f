package com.supportbilling.intake.usage;

import com.supportbilling.core.base.ChargeType;
import com.supportbilling.core.base.FeeBasePolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A row of FOCUS 1.2 with AWS columns read as a usage line, as docs/focus-mapping.md writes it down (D74, D75):
 * SubAccountId is the account, ChargePeriodStart the usage date, x_ServiceCode (else ServiceName) the service,
 * BilledCost the amount, BillingCurrency the currency; ChargeCategory and ChargeClass give the charge type;
 * InvoiceIssuerName and PublisherName tell Marketplace. FOCUS has no line item id: a row's id is a digest of
 * the columns that tell one charge from another.
 */
final class FocusRow {

    /** The columns a FOCUS file must have, the first seven in the order of the fields of {@link RawUsage}. */
    static final List<String> REQUIRED = List.of("ChargePeriodEnd", "SubAccountId", "ChargePeriodStart", "x_ServiceCode",
            "ChargeCategory", "BilledCost", "BillingCurrency", "ChargeClass", "CommitmentDiscountType", "ServiceName",
            "InvoiceIssuerName", "PublisherName");
    /** Columns that only tell charges apart, in the key when present. */
    static final List<String> KEY_ONLY = List.of("BillingAccountId", "ChargeFrequency", "ChargeDescription", "SkuId",
            "SkuPriceId", "SkuMeter", "x_Operation", "ResourceId", "RegionId", "AvailabilityZone", "CommitmentDiscountId",
            "CommitmentDiscountStatus", "PricingCategory");

    private static final int PERIOD_END = 0;
    private static final int ACCOUNT = 1;
    private static final int PERIOD_START = 2;
    private static final int SERVICE_CODE = 3;
    private static final int CATEGORY = 4;
    private static final int COST = 5;
    private static final int CURRENCY = 6;
    private static final int CLASS = 7;
    private static final int COMMITMENT_TYPE = 8;
    private static final int SERVICE_NAME = 9;
    private static final int INVOICE_ISSUER = 10;
    private static final int PUBLISHER = 11;

    private static final String CORRECTION = " (correction)";
    private static final String SAVINGS_PLAN_PURCHASE = "purchase (savings plan)";

    /** ChargeCategory → charge type; a correction and a Savings Plan's purchase are read apart (see {@link #chargeText}). */
    private static final Map<String, ChargeType> CATEGORIES = Map.of(
            "usage", ChargeType.USAGE,
            "purchase", ChargeType.FEE,
            SAVINGS_PLAN_PURCHASE, ChargeType.COMMITMENT,
            "tax", ChargeType.TAX,
            "credit", ChargeType.CREDIT,
            "adjustment", ChargeType.REFUND);

    private FocusRow() {
    }

    /** The row's fields; {@code index} holds the positions of {@link #REQUIRED}, then of {@link #KEY_ONLY}. */
    static RawUsage extract(int[] index, List<String> fields) {
        String serviceCode = field(index, fields, SERVICE_CODE);
        String service = serviceCode.isEmpty() ? field(index, fields, SERVICE_NAME) : serviceCode;
        return new RawUsage(key(index, fields), field(index, fields, ACCOUNT), field(index, fields, PERIOD_START), service,
                chargeText(field(index, fields, CATEGORY), field(index, fields, CLASS),
                        field(index, fields, COMMITMENT_TYPE)),
                field(index, fields, COST), field(index, fields, CURRENCY),
                isMarketplace(field(index, fields, INVOICE_ISSUER), field(index, fields, PUBLISHER))
                        ? FeeBasePolicy.MARKETPLACE_ENTITY : "");
    }

    /**
     * The charge type as a text the mapping reads: the ChargeCategory, "… (Correction)" when ChargeClass says
     * the row corrects an earlier period, "Purchase (Savings Plan)" for a Savings Plan's fee.
     */
    static String chargeText(String category, String chargeClass, String commitmentType) {
        if (chargeClass.equalsIgnoreCase("Correction")) {
            return category + " (Correction)";
        }
        if (category.equalsIgnoreCase("Purchase") && commitmentType.toLowerCase(Locale.ROOT).contains("savings plan")) {
            return "Purchase (Savings Plan)";
        }
        return category;
    }

    /**
     * Usage → USAGE, Purchase → FEE (an RI's fee, like CUR's RIFee), a Savings Plan's Purchase → COMMITMENT (as
     * CUR's SavingsPlanRecurringFee and UpfrontFee), Tax → TAX, Credit → CREDIT, Adjustment → REFUND; a
     * correction of an earlier period, whatever its category, → REFUND: it is no charge of this month.
     */
    static Optional<ChargeType> chargeType(String text) {
        String type = text.strip().toLowerCase(Locale.ROOT);
        if (type.endsWith(CORRECTION)) {
            return Optional.of(ChargeType.REFUND);
        }
        return Optional.ofNullable(CATEGORIES.get(type));
    }

    /**
     * A charge billed by AWS Marketplace: its invoice issuer is AWS Marketplace, or its publisher is not AWS
     * (a seller's name). AWS's own charges are published by "AWS" or an "Amazon Web Services…" entity.
     */
    static boolean isMarketplace(String invoiceIssuer, String publisher) {
        String seller = publisher.toLowerCase(Locale.ROOT);
        return invoiceIssuer.equalsIgnoreCase(FeeBasePolicy.MARKETPLACE_ENTITY) || !(seller.isEmpty()
                || seller.equals("aws") || seller.startsWith("amazon web services"));
    }

    /**
     * The row's key: a digest of every column of {@link #REQUIRED} but the cost, and of {@link #KEY_ONLY},
     * timestamps read as instants — so the same charge has the same key in CSV and in Parquet, and a
     * repeated row is a DUPLICATE_LINE_ITEM whatever its cost, as a repeated CUR line item is (D21, D75).
     */
    private static String key(int[] index, List<String> fields) {
        StringBuilder text = new StringBuilder(256);
        for (int i = 0; i < index.length; i++) {
            if (i == COST) {
                continue;
            }
            String value = field(index, fields, i);
            text.append(i == PERIOD_START || i == PERIOD_END ? instant(value) : value).append('\u001f');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "focus:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String instant(String timestamp) {
        try {
            return Timestamps.parse(timestamp).toInstant().toString();
        } catch (DateTimeException e) {
            return timestamp;
        }
    }

    private static String field(int[] index, List<String> fields, int column) {
        return index[column] < 0 ? "" : fields.get(index[column]).strip();
    }
}
