package vn.xomantoan.identity.domain;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import java.util.Map;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/actuator/health", "/error").permitAll()
                        .requestMatchers("/admin/**", "/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure).permitAll())
                .httpBasic(basic -> { })
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Scripts calling the API with HTTP Basic carry no session cookie, so no CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::usesBasicAuth))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'")));
        return http.build();
    }

    /** API calls by scripts with HTTP Basic; forms keep their CSRF protection even then. */
    private static boolean usesBasicAuth(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
