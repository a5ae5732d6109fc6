package vn.xomantoan.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.util.Locale;

/**
 * Vietnamese by default; English as the second locale, chosen with ?lang=en and kept in a cookie.
 *
 * <p>Static files are served only under their own paths ({@code /css}, {@code /js}, {@code /webjars};
 * {@code spring.web.resources.add-mappings} is off). With the default catch-all {@code /**} mapping,
 * every link a page renders ({@code @{/households?unit=...}}) was looked up as a file on the class path
 * before being written out, and a link that is not a file is never cached: the province dashboard has
 * some 300 links, and those lookups were a quarter of its CPU time under load.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("XAT_LANG");
        resolver.setDefaultLocale(VIETNAMESE);
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
