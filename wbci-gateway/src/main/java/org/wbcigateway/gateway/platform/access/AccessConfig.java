package org.wbcigateway.gateway.platform.access;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.wbcigateway.gateway.platform.audit.ApiAuditFilter;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * Who may reach what. Three doors: the partner endpoint {@code /wbci/**} (partners prove who they are by signature
 * and, where configured, mutual TLS — no login), the REST API and Actuator (API tokens, no session, no cookies, so
 * no CSRF), and the console (form login, session cookie, CSRF tokens). Health stays open for load balancers; its
 * details need a token.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfig {

    private static final Logger log = LoggerFactory.getLogger(AccessConfig.class);

    /** Content Security Policy of the console: nothing from elsewhere, no inline script. */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    /** Users and tokens as configured, or the generated initial admin when none is. */
    record Directory(Map<String, AccessProperties.User> users, Map<String, AccessProperties.Token> tokens) {}

    @Bean
    Directory accessDirectory(AccessProperties properties, GatewayProperties gateway) {
        if (!properties.users().isEmpty() || !properties.tokens().isEmpty()) {
            return new Directory(properties.users(), properties.tokens());
        }
        Path file = properties.initialCredentials(gateway.carrierCode());
        InitialCredentials initial = InitialCredentials.loadOrCreate(file);
        log.warn(
                "No users or API tokens configured (wbci.access.*): console login '{}' and an ADMIN API token are in "
                        + "{}; configure your own and delete that file",
                initial.username(),
                file.toAbsolutePath().normalize());
        Map<String, AccessProperties.User> users = new HashMap<>();
        users.put(
                initial.username(),
                new AccessProperties.User(
                        PasswordEncoderFactories.createDelegatingPasswordEncoder()
                                .encode(initial.password()),
                        Role.ADMIN,
                        "Administrator",
                        null));
        return new Directory(
                users, Map.of("initial-admin", new AccessProperties.Token(initial.apiToken(), Role.ADMIN, null)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginAttempts loginAttempts(
            Directory directory, AccessProperties properties, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        return new LoginAttempts(directory.users().keySet(), properties.maxFailedLogins(), properties.lockout(), clock);
    }

    @Bean
    ConsoleUsers consoleUsers(Directory directory, LoginAttempts attempts) {
        return new ConsoleUsers(directory.users(), attempts);
    }

    @Bean
    ApiTokens apiTokens(Directory directory) {
        return new ApiTokens(directory.tokens());
    }

    @Bean
    @Order(1)
    SecurityFilterChain partnerEndpoint(HttpSecurity http) throws Exception {
        return http.securityMatcher("/wbci/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .anonymous(a -> a.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditTrail audit) throws Exception {
        ProblemResponses problems = new ProblemResponses(audit);
        return http.securityMatcher(
                        "/api/**", "/api-docs", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(
                        a -> a.requestMatchers("/api-docs", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                // our signing certificate is public: partners fetch it to verify our messages
                                .requestMatchers(HttpMethod.GET, "/api/certificates/own")
                                .permitAll()
                                // the EKPs served here: the provider's administrators only, not a tenant's
                                .requestMatchers("/api/tenants", "/api/tenants/**")
                                .access(TenantAuthority.providerAdministrator())
                                // messages for a bundle code waiting for their tenant: the provider's users only
                                .requestMatchers(HttpMethod.GET, "/api/bundle-inbox", "/api/bundle-inbox/**")
                                .access(TenantAuthority.providerUser(Role.VIEWER))
                                .requestMatchers("/api/bundle-inbox", "/api/bundle-inbox/**")
                                .access(TenantAuthority.providerUser(Role.OPERATOR))
                                .requestMatchers(HttpMethod.GET, "/actuator/**")
                                .hasRole(Role.VIEWER.name())
                                .requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/**")
                                .hasRole(Role.ADMIN.name())
                                // everything about one customer, for their data protection requests
                                .requestMatchers("/api/personal-data", "/api/personal-data/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.GET, "/api/**")
                                .hasRole(Role.VIEWER.name())
                                // who our partners are and which certificates we trust: administrators only
                                .requestMatchers("/api/partners", "/api/partners/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.HEAD, "/api/**")
                                .hasRole(Role.VIEWER.name())
                                .requestMatchers("/api/**")
                                .hasRole(Role.OPERATOR.name())
                                .anyRequest()
                                .denyAll())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain console(HttpSecurity http, AuditTrail audit) throws Exception {
        return http.authorizeHttpRequests(
                        a -> a.requestMatchers("/console/login", "/console/assets/**", "/favicon.ico", "/error")
                                .permitAll()
                                // the provider's page: tenants, onboarding, the bundle inbox, the provider's audit
                                .requestMatchers("/console/tenants", "/console/tenants/**", "/console/bundle-inbox/**")
                                .access(TenantAuthority.providerAdministrator())
                                .requestMatchers("/console/audit", "/console/audit/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.POST, "/console/partners", "/console/partners/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.POST, "/console/logout")
                                .authenticated()
                                // a provider user chooses the tenant the console shows
                                .requestMatchers(HttpMethod.POST, "/console/tenant")
                                .hasRole(Role.VIEWER.name())
                                .requestMatchers(HttpMethod.GET, "/", "/console", "/console/**")
                                .hasRole(Role.VIEWER.name())
                                .requestMatchers("/console/**")
                                .hasRole(Role.OPERATOR.name())
                                .anyRequest()
                                .denyAll())
                .formLogin(f -> f.loginPage("/console/login")
                        .loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", false)
                        .failureHandler(loginFailure()))
                .logout(l -> l.logoutUrl("/console/logout")
                        .logoutSuccessUrl("/console/login?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.accessDeniedHandler(new ConsoleDenied(audit)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONSOLE_CSP)))
                .build();
    }

    /** A locked user name is told so (and for how long, on the page); any other failure is "wrong name or password". */
    private static org.springframework.security.web.authentication.AuthenticationFailureHandler loginFailure() {
        var handler =
                new org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(java.util.Map.of(
                org.springframework.security.authentication.LockedException.class.getName(), "/console/login?locked"));
        handler.setDefaultFailureUrl("/console/login?error");
        return handler;
    }

    /**
     * The tenant of a request is bound behind Spring Security (it needs the caller) and before the audit filter, so
     * that everything the request does, its audit included, happens in that tenant's scope.
     */
    @Bean
    FilterRegistrationBean<RequestTenantFilter> requestTenantFilter(
            org.wbcigateway.gateway.platform.tenancy.Tenants tenants, AuditTrail audit) {
        FilterRegistrationBean<RequestTenantFilter> registration =
                new FilterRegistrationBean<>(new RequestTenantFilter(tenants, new ProblemResponses(audit)));
        registration.addUrlPatterns("/api/*", "/console/*", "/console");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    /** The audit filter runs behind Spring Security (it needs the caller) and around the Idempotency-Key filter. */
    @Bean
    FilterRegistrationBean<ApiAuditFilter> apiAuditFilter(AuditTrail audit) {
        FilterRegistrationBean<ApiAuditFilter> registration = new FilterRegistrationBean<>(new ApiAuditFilter(audit));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
