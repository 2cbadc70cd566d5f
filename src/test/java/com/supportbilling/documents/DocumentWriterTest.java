package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.invoice.LineType;
import com.supportbilling.resources.ResourceShortageException;
import com.supportbilling.testing.PublishedFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents of a month: one per invoice and refund, their words and figures as PDFBox reads them back. */
class DocumentWriterTest {

    @TempDir
    Path work;

    @Test
    void everyInvoiceAndRefundHasItsDocumentWithTheSellerThePayerTheLinesInWordsAndTheTotals() throws IOException {
        Path folder = work.resolve("documents");
        DocumentWriter.Written written = new DocumentWriter(SampleMonth.settings("en"), SampleMonth.SELLER)
                .write(SampleMonth.billed(), SampleMonth.inputs(), folder);

        assertThat(written.count()).isEqualTo(6);
        assertThat(written.cpu()).isPositive();
        assertThat(PublishedFiles.names(folder)).containsExactly("INV-202605-000123456789.pdf",
                "INV-202605-100000000001.pdf", "INV-202605-100000000002.pdf", "INV-202605-100000000007.pdf",
                "INV-202605-200000000000.pdf", "RF-202605-100000000007-DEVELOPER.pdf");
        assertThat(text(folder.resolve("INV-202605-100000000007.pdf"))).contains(
                "Test Reseller GmbH", "Hauptstraße 1", "10115 Berlin", "Tax id DE123456789",
                "Invoice", "Golf Ventures", "Account 100000000007",
                "Invoice number INV-202605-100000000007", "Date of issue 2026-06-01", "Due date 2026-07-01",
                "Billing month May 2026",
                "Developer 30-day minimum commitment, 15 days owed 14.03",
                "Paid for 15 days, short of 30: minimum 29.00 × 15/31 days = 14.03",
                "Subtotal 14.03", "Tax 0 % 0.00", "Total (USD) 14.03", "Please pay by 2026-07-01");
        assertThat(text(folder.resolve("INV-202605-200000000000.pdf"))).as("a group's invoice names each line's account")
                .contains("Delta Group (payer)", "Account 200000000000", "Tax 10 %");
        assertThat(text(folder.resolve("RF-202605-100000000007-DEVELOPER.pdf"))).contains("Credit note",
                "Credit note number RF-202605-100000000007-DEVELOPER", "Credits invoice INV-202604-100000000007",
                "Developer advance for May 2026: 27 of 31 days unused 25.26", "Reason: the plan was cancelled.",
                "Refund 25.26", "Tax refunded 0.00", "Total credited (USD) 25.26",
                "refunds the unused part of the advance billed on invoice INV-202604-100000000007");
    }

    @Test
    void latinDocumentsEmbedNoFontAndKoreanOnesEmbedASubsetWithTheirHangul() throws IOException {
        Path english = sampleMonthIn("en");
        Path korean = sampleMonthIn("ko");

        assertThat(fonts(english.resolve("INV-202605-100000000007.pdf"))).extracting(PDFont::getName)
                .containsExactlyInAnyOrder("Helvetica", "Helvetica-Bold");
        List<PDFont> embedded = fonts(korean.resolve("INV-202605-100000000007.pdf"));
        assertThat(embedded).allSatisfy(font -> {
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset: a tag of six letters, then the font's name").matches("[A-Z]{6}\\+.+");
        });
        assertThat(text(korean.resolve("INV-202605-100000000007.pdf"))).contains("청구서", "청구 대상",
                "청구서 번호 INV-202605-100000000007", "발행일 2026-06-01", "지급 기한 2026-07-01", "청구 월 2026년 5월",
                "Developer 30일 최소 약정, 미달 15일 14.03", "15일 사용, 30일 미달: 최소 요금 29.00 × 15/31일 = 14.03",
                "소계 14.03", "합계 (USD) 14.03", "2026-07-01까지 지급해 주십시오");
        assertThat(text(korean.resolve("RF-202605-100000000007-DEVELOPER.pdf"))).contains("크레딧 노트",
                "환불 대상 청구서 INV-202604-100000000007", "사유: 요금제 해지.");
    }

    @Test
    void anEnglishDocumentNamingAPayerInHangulEmbedsAFontForItAloneWhileTheOthersStayInHelvetica() throws IOException {
        DocumentInputs sample = SampleMonth.inputs();
        Map<AccountId, Account> accounts = new HashMap<>(sample.accounts());
        AccountId golf = new AccountId("100000000007");
        accounts.put(golf, new Account(golf, "골프 벤처스", golf, null));
        Path folder = work.resolve("documents");
        new DocumentWriter(SampleMonth.settings("en"), SampleMonth.SELLER).write(SampleMonth.billed(),
                new DocumentInputs(accounts, sample.catalog(), sample.advanceInvoices(), sample.issued()), folder);

        assertThat(text(folder.resolve("INV-202605-100000000007.pdf"))).contains("골프 벤처스", "Invoice");
        assertThat(fonts(folder.resolve("INV-202605-100000000007.pdf"))).allMatch(PDFont::isEmbedded);
        assertThat(fonts(folder.resolve("INV-202605-100000000001.pdf"))).noneMatch(PDFont::isEmbedded);
    }

    @Test
    void withoutAFontForHangulOneSentenceSaysWhatToInstallOrSet() {
        DocumentWriter noFonts = new DocumentWriter(SampleMonth.settings("ko"), SampleMonth.SELLER, List::of);
        assertThatThrownBy(() -> noFonts.write(SampleMonth.billed(), SampleMonth.inputs(), work.resolve("documents")))
                .isInstanceOf(ResourceShortageException.class)
                .hasMessageStartingWith("No font on this machine has every character the ko documents need (")
                .hasMessageEndingWith("install one (Debian: apt-get install fonts-nanum) or name a TrueType file with "
                        + "--billing.documents.font=FILE.");
        assertThat(work.resolve("documents")).as("nothing written").doesNotExist();
    }

    @Test
    void aNamedFontWithoutHangulIsRefusedNamingIt() throws IOException {
        Path latinOnly = work.resolve("LiberationSans-Regular.ttf");
        try (InputStream font = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(font, latinOnly);
        }
        DocumentWriter writer = new DocumentWriter(new DocumentSettings("ko", 30, latinOnly, 1), SampleMonth.SELLER);
        assertThatThrownBy(() -> writer.write(SampleMonth.billed(), SampleMonth.inputs(), work.resolve("documents")))
                .isInstanceOf(ResourceShortageException.class)
                .hasMessageStartingWith("The font " + latinOnly + " (billing.documents.font) has no glyph for ")
                .hasMessageEndingWith(": name a TrueType font that has them.");
    }

    @Test
    void aPagesResourcesAreInsideItWhileItsFontsAreObjectsOfTheirOwn() throws IOException {
        Path english = sampleMonthIn("en");
        Path korean = sampleMonthIn("ko");

        for (Path document : List.of(english.resolve("INV-202605-100000000007.pdf"), korean.resolve("INV-202605-100000000007.pdf"))) {
            try (PDDocument pdf = Loader.loadPDF(document.toFile())) {
                COSBase resources = pdf.getPage(0).getCOSObject().getItem(COSName.RESOURCES);
                assertThat(resources).as(document.toString()).isInstanceOf(COSDictionary.class);
                COSBase fonts = ((COSDictionary) resources).getItem(COSName.FONT);
                assertThat(fonts).as(document.toString()).isInstanceOf(COSDictionary.class);
                assertThat(((COSDictionary) fonts).getValues()).as(document.toString()).isNotEmpty()
                        .allMatch(font -> font instanceof COSObject);
            }
        }
    }

    @Test
    void theLogoIsDrawnAtTheTopOfEveryDocument() throws IOException {
        Path logo = work.resolve("logo.png");
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        SellerDetails seller = new SellerDetails("Test Reseller GmbH", List.of("Hauptstraße 1"), "DE123456789", logo);
        Path folder = work.resolve("documents");
        new DocumentWriter(SampleMonth.settings("en"), seller).write(SampleMonth.billed(), SampleMonth.inputs(), folder);

        for (Path document : List.of(folder.resolve("INV-202605-100000000001.pdf"),
                folder.resolve("RF-202605-100000000007-DEVELOPER.pdf"))) {
            try (PDDocument pdf = Loader.loadPDF(document.toFile())) {
                PDPage first = pdf.getPage(0);
                assertThat(first.getResources().getXObjectNames()).as(document.toString()).hasSize(1);
            }
        }
    }

    @Test
    void anInvoiceTooLongForAPageGoesOnOnTheNextUnderTheHeadingsAgain() throws IOException {
        BilledMonth sample = SampleMonth.billed();
        List<BilledMonth.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new BilledMonth.Line(i, new AccountId(String.format("%012d", 300000000000L + i)), LineType.ADVANCE,
                    new PlanCode("ENTERPRISE"), YearMonth.of(2026, 6), 30, 30, null, new BigDecimal("15000.00"), ""));
        }
        BilledMonth.Invoice big = new BilledMonth.Invoice("INV-202605-300000000000", new AccountId("300000000000"),
                new BigDecimal("900000.00"), BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("900000.00"), "USD",
                lines);
        Path folder = work.resolve("documents");
        new DocumentWriter(SampleMonth.settings("en"), SampleMonth.SELLER).write(new BilledMonth(sample.summary(),
                List.of(big), List.of(), List.of(), Map.of()), SampleMonth.inputs(), folder);

        Path pdf = folder.resolve("INV-202605-300000000000.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = text(pdf);
        assertThat(text.split("Enterprise minimum for June 2026, billed in advance 15,000.00", -1)).hasSize(61);
        assertThat(text.split("Description Amount \\(USD\\)", -1).length - 1).isGreaterThan(1);
        assertThat(text).contains("Total (USD) 900,000.00");
    }

    private static String text(Path pdf) {
        return PublishedFiles.pdfText(pdf).replace('\n', ' ').replace("  ", " ");
    }

    /** The sample month's documents in {@code locale}, written into a folder named for it. */
    private Path sampleMonthIn(String locale) {
        Path folder = work.resolve(locale);
        new DocumentWriter(SampleMonth.settings(locale), SampleMonth.SELLER).write(SampleMonth.billed(), SampleMonth.inputs(), folder);
        return folder;
    }

    private static List<PDFont> fonts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        }
    }
}
