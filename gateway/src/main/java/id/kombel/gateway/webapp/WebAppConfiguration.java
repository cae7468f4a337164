package id.kombel.gateway.webapp;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.resource.EncodedResourceResolver;
import org.springframework.web.reactive.resource.PathResourceResolver;

/**
 * Serves the web client. Vite names every asset after its content hash, so an asset never changes
 * under its name and may be cached for a year without asking again; the page that names them must be
 * revalidated on every load ({@code no-cache}: the browser keeps it but asks, a 304 costs little), or
 * a phone would keep an old page pointing at assets that are gone. The client uses hash routes, so
 * only {@code /} needs the page: no deep-link fallback that could shadow an API 404. Scripts and
 * styles are gzipped at build time ({@code web/scripts/compress.mjs}) and sent as such to clients
 * that accept gzip: no compression work per request, and it works whether the files are in a jar or
 * on disk (where Netty's zero-copy file transfer would skip on-the-fly compression).
 */
@Configuration(proxyBeanMethods = false)
class WebAppConfiguration implements WebFluxConfigurer {

    static final String LOCATION = "META-INF/resources/";
    static final CacheControl ASSET_CACHE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl PAGE_CACHE = CacheControl.noCache();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(WebAppPaths.ASSETS)
                .addResourceLocations("classpath:/" + LOCATION + "assets/")
                .setCacheControl(ASSET_CACHE)
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
    }

    @Bean
    RouterFunction<ServerResponse> webAppPage() {
        Resource page = new ClassPathResource(LOCATION + "index.html");
        return RouterFunctions.route()
                .GET("/", request -> page(page))
                .GET(WebAppPaths.PAGE, request -> page(page))
                .build();
    }

    private static reactor.core.publisher.Mono<ServerResponse> page(Resource page) {
        if (!page.exists()) {
            return ServerResponse.notFound().build();
        }
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(PAGE_CACHE)
                .bodyValue(page);
    }
}
