package com.supportbilling.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seller's details printed on every document ({@code billing.seller.*}). Name, address and tax id
 * are required: without any of them no document is written, and summary.json says so in one warning.
 * Nothing is ever made up in their place.
 *
 * @param name the company name
 * @param address the postal address, one entry per printed line ({@code billing.seller.address[0]=…})
 * @param taxId the seller's tax (VAT, GST, business registration) number
 * @param logo a PNG or JPEG file printed at the top right, optional
 */
@ConfigurationProperties("billing.seller")
public record SellerDetails(String name, @DefaultValue List<String> address, String taxId, Path logo) {

    public SellerDetails {
        address = address == null ? List.of() : address.stream().filter(line -> line != null && !line.isBlank())
                .map(String::strip).toList();
    }

    /** The settings that are missing, by name; empty when documents can be written. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (name == null || name.isBlank()) {
            missing.add("billing.seller.name");
        }
        if (address.isEmpty()) {
            missing.add("billing.seller.address");
        }
        if (taxId == null || taxId.isBlank()) {
            missing.add("billing.seller.tax-id");
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** The one warning line of summary.json when no document can be written. */
    public Optional<String> warning() {
        return isComplete() ? Optional.empty() : Optional.of("no invoice or credit-note documents were written: the "
                + "seller's details are incomplete (set " + String.join(", ", missing()) + ", e.g. in config/application.properties)");
    }
}
