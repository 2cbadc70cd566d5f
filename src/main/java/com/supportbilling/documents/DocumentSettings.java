package com.supportbilling.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How documents are written ({@code billing.documents.*}).
 *
 * @param locale {@code en} or {@code ko}: the language of the documents' words
 * @param paymentTerms days from the date of issue to the due date
 * @param font a TrueType font file with the characters the documents need beyond Latin-1 (Hangul for
 *        {@code ko}); when unset, one is looked for among the machine's fonts
 * @param threads threads that draw documents (0: one per processor)
 */
@ConfigurationProperties("billing.documents")
public record DocumentSettings(@DefaultValue("en") String locale, @DefaultValue("30") int paymentTerms, Path font,
        @DefaultValue("0") int threads) {

    public DocumentSettings {
        DocumentLanguage.of(locale);
        if (paymentTerms < 0) {
            throw new IllegalArgumentException("billing.documents.payment-terms is a number of days, 0 or more, not "
                    + paymentTerms);
        }
    }

    public DocumentLanguage language() {
        return DocumentLanguage.of(locale);
    }

    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
