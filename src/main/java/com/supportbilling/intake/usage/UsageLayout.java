package com.supportbilling.intake.usage;

import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two layouts of a usage file, told apart by the header: the native one, and AWS Cost and Usage
 * Reports (legacy {@code lineItem/…} and CUR 2.0 {@code line_item_…} headers), mapped as
 * file-formats.md says. A layout bound to a header extracts each row's fields by column position.
 */
public enum UsageLayout {

    NATIVE("native", List.of("line_item_id", "account_id", "usage_date", "service", "charge_type", "amount", "currency"),
            null),
    CUR_LEGACY("AWS CUR (legacy)", List.of("identity/LineItemId", "lineItem/UsageAccountId", "lineItem/UsageStartDate",
            "lineItem/ProductCode", "lineItem/LineItemType", "lineItem/UnblendedCost", "lineItem/CurrencyCode"),
            "bill/BillingEntity"),
    CUR_2("AWS CUR 2.0", List.of("identity_line_item_id", "line_item_usage_account_id", "line_item_usage_start_date",
            "line_item_product_code", "line_item_line_item_type", "line_item_unblended_cost", "line_item_currency_code"),
            "bill_billing_entity");

    /** CUR line item types → charge types; any other type ending in Discount is a DISCOUNT too. */
    private static final Map<String, ChargeType> CUR_TYPES = Map.ofEntries(
            Map.entry("usage", ChargeType.USAGE),
            Map.entry("discountedusage", ChargeType.USAGE),
            Map.entry("savingsplancoveredusage", ChargeType.USAGE),
            Map.entry("fee", ChargeType.FEE),
            Map.entry("rifee", ChargeType.FEE),
            Map.entry("savingsplanupfrontfee", ChargeType.COMMITMENT),
            Map.entry("savingsplanrecurringfee", ChargeType.COMMITMENT),
            Map.entry("credit", ChargeType.CREDIT),
            Map.entry("refund", ChargeType.REFUND),
            Map.entry("tax", ChargeType.TAX),
            Map.entry("savingsplannegation", ChargeType.DISCOUNT));

    private final String title;
    private final List<String> columns;
    private final String billingEntityColumn;

    UsageLayout(String title, List<String> columns, String billingEntityColumn) {
        this.title = title;
        this.columns = columns;
        this.billingEntityColumn = billingEntityColumn;
    }

    public String title() {
        return title;
    }

    /** The layout a header belongs to, or a refusal naming the file and the columns it lacks. */
    public static Columns detect(String file, CsvHeader header) {
        for (UsageLayout layout : values()) {
            if (header.missing(layout.columns).isEmpty()) {
                return new Columns(layout, header);
            }
        }
        UsageLayout nearest = NATIVE;
        for (UsageLayout layout : values()) {
            if (header.missing(layout.columns).size() < header.missing(nearest.columns).size()) {
                nearest = layout;
            }
        }
        throw new InputRefusedException(file + " is not a usage file this job reads: as " + nearest.title
                + " its header lacks " + String.join(", ", header.missing(nearest.columns)) + ".");
    }

    public Optional<ChargeType> chargeType(String text) {
        if (this == NATIVE) {
            return ChargeType.fromCode(text);
        }
        String type = text.strip().toLowerCase(Locale.ROOT);
        ChargeType mapped = CUR_TYPES.get(type);
        if (mapped == null && type.endsWith("discount")) {
            mapped = ChargeType.DISCOUNT;
        }
        return Optional.ofNullable(mapped);
    }

    /** The usage date: YYYY-MM-DD natively; a CUR timestamp's date in UTC. */
    public LocalDate usageDate(String text) {
        if (this == NATIVE || text.length() == 10) {
            return LocalDate.parse(text);
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toLocalDate();
        }
    }

    /** A layout bound to one file's header. */
    public static final class Columns {
        private final UsageLayout layout;
        private final int[] index;
        private final int billingEntity;
        private final int width;

        Columns(UsageLayout layout, CsvHeader header) {
            this.layout = layout;
            this.index = layout.columns.stream().mapToInt(header::indexOf).toArray();
            this.billingEntity = layout.billingEntityColumn == null ? -1 : header.indexOf(layout.billingEntityColumn);
            this.width = header.size();
        }

        public UsageLayout layout() {
            return layout;
        }

        /** The number of fields every row must have: the header's. */
        public int width() {
            return width;
        }

        public RawUsage extract(CsvRecord record) {
            List<String> fields = record.fields();
            return new RawUsage(fields.get(index[0]).strip(), fields.get(index[1]).strip(), fields.get(index[2]).strip(),
                    fields.get(index[3]).strip(), fields.get(index[4]).strip(), fields.get(index[5]).strip(),
                    fields.get(index[6]).strip(), billingEntity < 0 ? "" : fields.get(billingEntity).strip());
        }
    }
}
