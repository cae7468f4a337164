package id.kombel.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and browser settings at the door ({@code kombel.gateway.edge.*}).
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413 before a service sees them
 * @param webOrigins the web apps' origins allowed to call the API from a browser (CORS); none by default
 * @param hstsMaxAge how long browsers must keep to HTTPS ({@code Strict-Transport-Security}, sent on
 *     HTTPS requests only); zero sends no such header
 */
@Validated
@ConfigurationProperties("kombel.gateway.edge")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue({}) List<String> webOrigins,
        @DefaultValue("365d") Duration hstsMaxAge) {

    public EdgeProperties {
        webOrigins = webOrigins.stream()
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}
