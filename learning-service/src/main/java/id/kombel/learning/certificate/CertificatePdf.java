package id.kombel.learning.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a certificate as a one-page A4 landscape PDF (Apache PDFBox). It uses the standard Helvetica
 * fonts, which every PDF reader has, so nothing is embedded and the file stays a few KB; a character
 * those fonts cannot show (they cover Latin-1) is printed as "?" rather than failing the request.
 */
@Component
class CertificatePdf {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float MARGIN = 60;

    byte[] render(CertificateVerification certificate) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Sertifikat " + certificate.code());
            info.setCreator("Kombel");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                write(content, page.getMediaBox(), certificate);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.code() + " could not be rendered", e);
        }
    }

    private static void write(PDPageContentStream content, PDRectangle box, CertificateVerification certificate)
            throws IOException {
        float width = box.getWidth();
        content.setLineWidth(2);
        content.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, box.getHeight() - MARGIN);
        content.stroke();
        float y = box.getHeight() - 110;
        y = centered(content, width, y, BOLD, 30, "SERTIFIKAT");
        y = centered(content, width, y - 6, REGULAR, 13, "Komunitas Belajar - Kombel");
        y = centered(content, width, y - 30, REGULAR, 14, "diberikan kepada");
        y = centered(content, width, y - 8, BOLD, 24, holder(certificate));
        y = centered(content, width, y - 22, REGULAR, 14, "atas keikutsertaan dalam kegiatan");
        y = centered(content, width, y - 8, BOLD, 18, certificate.activityTitle());
        y = centered(
                content,
                width,
                y - 14,
                REGULAR,
                13,
                "pada %s, %d JP (%d menit)"
                        .formatted(DATE.format(certificate.heldOn()), certificate.jp(), certificate.minutes()));
        y = centered(
                content,
                width,
                y - 6,
                REGULAR,
                13,
                "diselenggarakan oleh %s, %s"
                        .formatted(
                                orId(certificate.communityName(), certificate.communityId()),
                                orId(certificate.regionName(), certificate.regionId())));
        float bottom = MARGIN + 40;
        line(content, MARGIN, bottom + 18, REGULAR, 11, "Kode sertifikat: " + certificate.code());
        line(
                content,
                MARGIN,
                bottom,
                REGULAR,
                11,
                "Verifikasi: /api/v1/certificates/" + certificate.code() + "/verification");
    }

    private static String holder(CertificateVerification certificate) {
        if (certificate.holderErased()) {
            return "Mantan anggota";
        }
        return certificate.holderName() != null ? certificate.holderName() : certificate.memberId();
    }

    private static String orId(@Nullable String name, String id) {
        return name != null ? name : id;
    }

    /** Writes the text centred, wrapped at word boundaries to the page's width; returns the next baseline. */
    private static float centered(
            PDPageContentStream content, float pageWidth, float y, PDType1Font font, float size, String text)
            throws IOException {
        float room = pageWidth - 2 * MARGIN;
        StringBuilder current = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(font, size, candidate) > room) {
                y = centeredLine(content, pageWidth, y, font, size, current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        return centeredLine(content, pageWidth, y, font, size, current.toString());
    }

    private static float centeredLine(
            PDPageContentStream content, float pageWidth, float y, PDType1Font font, float size, String text)
            throws IOException {
        float x = Math.max(MARGIN, (pageWidth - width(font, size, text)) / 2);
        line(content, x, y - size, font, size, text);
        return y - size - 4;
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void line(PDPageContentStream content, float x, float y, PDType1Font font, float size, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    /** What the font can show of the text: other characters become "?" (the standard fonts cover Latin-1). */
    private static String printable(PDType1Font font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            shown.append(canShow(font, character) ? character : "?");
        });
        return shown.toString();
    }

    private static boolean canShow(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException notInTheFont) {
            return false;
        }
    }
}
