package com.supportbilling.intake.usage;

import com.supportbilling.core.base.ChargeType;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The layouts of a usage file, told apart by the header (or a Parquet file's schema): the native one, AWS
 * Cost and Usage Reports (legacy {@code lineItem/…} and CUR 2.0 {@code line_item_…} headers), mapped as
 * docs/file-formats.md lists, and FOCUS 1.2 with AWS columns (docs/focus-mapping.md, D74). A layout bound to
 * a header extracts each row's fields by column position. A CUR file's bill/BillingEntity (Marketplace, R2) and
 * identity/TimeInterval (D21) columns are read when it has them.
 */
public enum UsageLayout {

    NATIVE("native", List.of("line_item_id", "account_id", "usage_date", "service", "charge_type", "amount", "currency"),
            List.of()),
    CUR_LEGACY("AWS CUR (legacy)", List.of("identity/LineItemId", "lineItem/UsageAccountId", "lineItem/UsageStartDate",
            "lineItem/ProductCode", "lineItem/LineItemType", "lineItem/UnblendedCost", "lineItem/CurrencyCode"),
            List.of("bill/BillingEntity", "identity/TimeInterval")),
    CUR_2("AWS CUR 2.0", List.of("identity_line_item_id", "line_item_usage_account_id", "line_item_usage_start_date",
            "line_item_product_code", "line_item_line_item_type", "line_item_unblended_cost", "line_item_currency_code"),
            List.of("bill_billing_entity", "identity_time_interval")),
    FOCUS("FOCUS 1.2 with AWS columns", FocusRow.REQUIRED, FocusRow.KEY_ONLY);

    public static final int NATIVE_MAX_DECIMALS = 10;

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
    /**
     * The columns a file of this layout must have. The first seven are a row's fields in the order of
     * {@link RawUsage} (but FOCUS's, see {@link FocusRow}).
     */
    private final List<String> required;
    /**
     * Columns read when present. A CUR file without bill/BillingEntity has no Marketplace lines to exclude, and one
     * without identity/TimeInterval tells its rows apart by their line item id alone, as the native layout does
     * (D21): AWS writes both, files made by hand from docs/file-formats.md's list may not.
     */
    private final List<String> optional;

    UsageLayout(String title, List<String> required, List<String> optional) {
        this.title = title;
        this.required = required;
        this.optional = optional;
    }

    public String title() {
        return title;
    }

    /** The layout a header belongs to, or a refusal naming the file and the columns it lacks. */
    public static Columns detect(String file, CsvHeader header) {
        return detect(file, header, "header");
    }

    /**
     * The layout of a file whose column names are {@code header}, or a refusal naming the file and the
     * columns its {@code heading} (header, schema) lacks.
     */
    public static Columns detect(String file, CsvHeader header, String heading) {
        for (UsageLayout layout : values()) {
            if (header.missing(layout.required).isEmpty()) {
                return new Columns(layout, header);
            }
        }
        UsageLayout nearest = NATIVE;
        for (UsageLayout layout : values()) {
            if (header.missing(layout.required).size() < header.missing(nearest.required).size()) {
                nearest = layout;
            }
        }
        throw new InputRefusedException(file + " is not a usage file this job reads: as " + nearest.title + " its "
                + heading + " lacks " + String.join(", ", header.missing(nearest.required)) + ".");
    }

    /**
     * docs/file-formats.md: a native amount has at most 10 decimals. AWS writes costs as small as 2.1E-11 in its
     * reports (the real one under test does), so an AWS amount keeps whatever precision AWS gave (D11).
     */
    public boolean acceptsScale(int scale) {
        return this != NATIVE || scale <= NATIVE_MAX_DECIMALS;
    }

    public Optional<ChargeType> chargeType(String text) {
        if (this == NATIVE) {
            return ChargeType.fromCode(text);
        }
        if (this == FOCUS) {
            return FocusRow.chargeType(text);
        }
        String type = text.strip().toLowerCase(Locale.ROOT);
        ChargeType mapped = CUR_TYPES.get(type);
        if (mapped == null && type.endsWith("discount")) {
            mapped = ChargeType.DISCOUNT;
        }
        return Optional.ofNullable(mapped);
    }

    /** The usage date: YYYY-MM-DD natively; an AWS timestamp's date in UTC (D24). */
    public LocalDate usageDate(String text) {
        if (this == NATIVE || text.length() == 10) {
            return isoDate(text);
        }
        return Timestamps.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * {@code LocalDate.parse(text)}, with the plain YYYY-MM-DD taken apart by hand: java.time's resolving of
     * parsed fields is costly to compile, and a worker compiled it anew in each month's first partitions (D154).
     * A day that does not exist throws as {@code LocalDate.parse} does; any other shape is left to it.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        return year < 0 || month < 0 || day < 0 ? LocalDate.parse(text) : LocalDate.of(year, month, day);
    }

    /** The ASCII digits of {@code text[from, to)} as a number, or −1 when one of them is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A layout bound to one file's header. */
    public static final class Columns {

        /** The fields of a row, in the order of {@link RawUsage}, as {@link #position} takes them. */
        public static final int ID = 0;
        public static final int ACCOUNT = 1;
        public static final int DATE = 2;
        public static final int SERVICE = 3;
        public static final int CHARGE_TYPE = 4;
        public static final int AMOUNT = 5;
        public static final int CURRENCY = 6;

        private final UsageLayout layout;
        /** The position in the header of each required column, then of each optional one (−1: absent). */
        private final int[] index;
        private final int width;

        Columns(UsageLayout layout, CsvHeader header) {
            this.layout = layout;
            this.index = Stream.concat(layout.required.stream(), layout.optional.stream()).mapToInt(header::indexOf)
                    .toArray();
            this.width = header.size();
        }

        public UsageLayout layout() {
            return layout;
        }

        /** The number of fields every row must have: the header's. */
        public int width() {
            return width;
        }

        /** The position in a row of a field: {@link #ID}, {@link #ACCOUNT}, … {@link #CURRENCY}. */
        public int position(int field) {
            return index[field];
        }

        /** The positions of the columns this layout reads, in header order: a Parquet file reads no others. */
        public int[] used() {
            return IntStream.of(index).filter(i -> i >= 0).distinct().sorted().toArray();
        }

        /**
         * The row's fields. A CUR row is identified by its line item id and its time interval together:
         * identity/LineItemId repeats over the hours or days of one usage in a report (D21), so the line item
         * id of a CUR row is "{@code <id> (<interval>)}" when the interval is given. A FOCUS row has no line
         * item id: its id is a key made of the columns that tell one charge from another (D75).
         */
        public RawUsage extract(CsvRecord record) {
            List<String> fields = record.fields();
            if (layout == FOCUS) {
                return FocusRow.extract(index, fields);
            }
            String id = fields.get(index[0]).strip();
            String lineItemId = id;
            String billingEntity = "";
            if (layout != NATIVE) {
                String interval = field(fields, 8);
                lineItemId = id.isEmpty() || interval.isEmpty() ? id : id + " (" + interval + ")";
                billingEntity = field(fields, 7);
            }
            return new RawUsage(lineItemId, fields.get(index[1]).strip(), fields.get(index[2]).strip(),
                    fields.get(index[3]).strip(), fields.get(index[4]).strip(), fields.get(index[5]).strip(),
                    fields.get(index[6]).strip(), billingEntity);
        }

        /** The stripped value of the column at {@code column} of the layout's, or "" when the file lacks it. */
        private String field(List<String> fields, int column) {
            return index[column] < 0 ? "" : fields.get(index[column]).strip();
        }
    }
}
