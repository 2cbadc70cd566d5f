package com.supportbilling.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * One document as it is printed, every word and figure already written out: what {@link DocumentPdf}
 * lays out on A4 pages.
 *
 * @param fileName {@code <invoice_id>.pdf} or {@code <refund_id>.pdf}
 * @param title "Invoice", "Credit note"…
 * @param seller the seller's lines: name first
 * @param fields number, dates, month… printed beside the title
 * @param buyerTitle "Bill to"…
 * @param buyer the payer's lines: name first
 * @param descriptionHeading the heading of the description column
 * @param amountHeading the heading of the amount column, with the currency
 * @param rows the billed lines
 * @param totals subtotal, tax and total
 * @param notes sentences under the totals
 */
record Document(String fileName, String title, List<String> seller, List<Field> fields, String buyerTitle,
        List<String> buyer, String descriptionHeading, String amountHeading, List<Row> rows, List<Field> totals,
        List<String> notes) {

    /** A label and its value. */
    record Field(String label, String value) {
    }

    /** A billed line: its heading, the account it is for, its arithmetic in words, its amount. */
    record Row(String heading, String account, String words, String amount) {
    }

    /** Every piece of text the document prints, for choosing the embedded font that has all its characters. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, buyerTitle, descriptionHeading, amountHeading));
        texts.addAll(seller);
        texts.addAll(buyer);
        texts.addAll(notes);
        for (Field field : fields) {
            texts.add(field.label());
            texts.add(field.value());
        }
        for (Field field : totals) {
            texts.add(field.label());
            texts.add(field.value());
        }
        for (Row row : rows) {
            texts.addAll(List.of(row.heading(), row.account(), row.words(), row.amount()));
        }
        return texts;
    }
}
