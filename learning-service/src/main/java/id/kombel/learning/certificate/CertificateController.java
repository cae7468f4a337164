package id.kombel.learning.certificate;

import id.kombel.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verification is public: a school or an education office checks a certificate by its code, without
 * an account. The PDF is the holder's document, for the holder and the issuing community's leads.
 */
@RestController
class CertificateController {

    private final Certificates certificates;
    private final CertificatePdf pdf;

    CertificateController(Certificates certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @Operation(
            summary = "Verify a certificate (public)",
            description = "Who holds it (holderName; null with holderErased true once the holder was erased, null"
                    + " with holderErased false while the name has not reached this service), what, when, how"
                    + " many JP, and the issuing community and region.")
    @GetMapping("/api/v1/certificates/{code}/verification")
    CertificateVerification verify(@PathVariable String code) {
        return certificates.verify(code);
    }

    @Operation(
            summary = "The certificate as a PDF",
            description = "For the holder and the leads and co-leads of the issuing community (403 for anyone"
                    + " else, 404 for an unknown code). It shows the holder's name (\"former member\" once"
                    + " erased), the activity, its date, JP, community, region, the code and the"
                    + " verification path, where anyone can check it.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_PDF_VALUE,
                                            schema = @Schema(type = "string", format = "binary"))))
    // no `produces`: a refusal is still answered as problem+json whatever the client accepts
    @GetMapping("/api/v1/certificates/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, Caller caller) {
        CertificateVerification certificate = certificates.printable(caller, code);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("sertifikat-" + certificate.code() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render(certificate));
    }
}
