package org.wbcigateway.gateway.platform.config;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;

/**
 * The gateway's configuration ({@code wbci.*}): who we are, our partners, how the outbox retries.
 *
 * @param carrierCode        our own carrier code, e.g. {@code DEU.AAAA}
 * @param portierungskennung our Portierungskennung (PKIauf when EKPauf, PKIabg when EKPabg)
 * @param bundesland         our Bundesland: its holidays are no working days for what we owe and what we judge
 * @param partners           the partners configured at start (seeded into the partner directory, see
 *                           {@link Partner}); either keyed by carrier code ({@code wbci.partners.[DEU.BBBB].endpoint})
 *                           or as a list with {@code code} ({@code wbci.partners[0].code=DEU.BBBB}, the form that
 *                           environment variables can express: {@code WBCI_PARTNERS_0_CODE=DEU.BBBB})
 * @param partnerDirectory   how often a node re-reads the partner directory that another node may have changed
 * @param signing            the key we sign every outgoing message and TEQ with
 * @param security           acceptance rules for inbound messages beyond the signature
 * @param tls                the partner-facing https connector (mutual TLS)
 * @param api                limits of the REST API
 * @param inbound            how many inbound WBCI messages are worked on at once
 * @param deadlines          the scan for overdue deadlines and their escalation
 * @param decision           how incoming VAs are decided from CRM data
 * @param events             the event feed's optional webhook push
 * @param tenancy            what the EKPs served here have of their own (ADR 0014)
 * @param fixedClock         run on a fixed date and time (tests, demos, replaying the interop samples); empty = now
 */
@ConfigurationProperties("wbci")
public record GatewayProperties(
        String carrierCode,
        String portierungskennung,
        @DefaultValue("BY") Bundesland bundesland,
        Map<String, Partner> partners,
        @DefaultValue PartnerDirectory partnerDirectory,
        @DefaultValue Signing signing,
        @DefaultValue Security security,
        @DefaultValue Tls tls,
        @DefaultValue Api api,
        @DefaultValue Inbound inbound,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Outbox outbox,
        @DefaultValue Decision decision,
        @DefaultValue Events events,
        @DefaultValue Tenancy tenancy,
        @DefaultValue Retention retention,
        @DefaultValue Encryption encryption,
        Optional<OffsetDateTime> fixedClock) {

    public GatewayProperties {
        CarrierCode.of(carrierCode);
        Portierungskennung.of(portierungskennung);
        partners = partners == null ? Map.of() : configured(partners);
        if (partners.containsKey(carrierCode)) {
            throw new IllegalArgumentException(
                    "wbci.partners: " + carrierCode + " is our own carrier code (wbci.carrier-code), not a partner");
        }
        fixedClock = fixedClock == null ? Optional.empty() : fixedClock;
    }

    public CarrierCode ownCarrier() {
        return CarrierCode.of(carrierCode);
    }

    /**
     * The configured partners by carrier code: an entry's {@code code} if it has one (list form, where the key is
     * only an index), else its key. A key that is neither, or a code given twice, fails the start.
     */
    private static Map<String, Partner> configured(Map<String, Partner> entries) {
        Map<String, Partner> byCode = new java.util.TreeMap<>();
        entries.forEach((key, partner) -> {
            String code = partner.code() == null || partner.code().isBlank() ? key : partner.code();
            if (code.equals(key) && key.matches("\\d+")) {
                throw new IllegalArgumentException("wbci.partners[" + key + "].code is required: the partner's carrier "
                        + "code, e.g. DEU.BBBB (WBCI_PARTNERS_" + key + "_CODE=DEU.BBBB)");
            }
            try {
                CarrierCode.of(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "wbci.partners[" + key + "]: " + code + " is no carrier code (" + e.getMessage() + ")", e);
            }
            if (byCode.putIfAbsent(code, partner) != null) {
                throw new IllegalArgumentException("wbci.partners: " + code + " is configured twice");
            }
        });
        return Map.copyOf(byCode);
    }

    /** The configured partner, as at start; at runtime the partner directory is what counts. */
    public Optional<Partner> partner(CarrierCode carrier) {
        return Optional.ofNullable(partners.get(carrier.value()));
    }

    /**
     * A partner carrier as configured. Configured partners are written into the partner directory at every start and
     * are managed by configuration there; partners added through the API or console are managed there.
     *
     * @param code          its carrier code; required in the list form, else the map key
     * @param endpoint      where its WBCI endpoint listens
     * @param certificate   PEM or DER file (or {@code classpath:} resource) with the certificate(s) its messages are
     *                      signed with; several during a key change. Without one, every message from it gets TEQ 0990
     * @param forbidRsaSha1 refuse (true) or accept (false) RSA-SHA1 signatures from this partner; empty =
     *                      {@code wbci.security.forbid-rsa-sha1}
     * @param tlsClientCertificate PEM or DER file with the certificate(s) its TLS client presents on the partner port
     *                      (mutual TLS); empty = its signing {@code certificate}(s). A message arriving there over a
     *                      connection with another partner's client certificate gets TEQ 0990
     * @param tlsBundle     Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) for calling this partner over https:
     *                      our client certificate (mutual TLS) and the partner's server certificate or CA; empty = the
     *                      JVM's default trust and no client certificate
     * @param bundesland    the partner's Bundesland: deadlines it owes are counted on its calendar, dates we send it
     *                      are checked on it (spec §6); empty = ours, with a warning at start
     */
    public record Partner(
            String code,
            String endpoint,
            String certificate,
            Boolean forbidRsaSha1,
            String tlsClientCertificate,
            String tlsBundle,
            Bundesland bundesland) {}

    /**
     * The partner directory (partners in the database, changed at runtime through the API and console).
     *
     * @param refreshInterval how often a node checks whether another node changed the directory; a change made on
     *                        this node counts at once
     */
    public record PartnerDirectory(@DefaultValue("5s") Duration refreshInterval) {

        public PartnerDirectory {
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException("wbci.partner-directory.refresh-interval must be positive");
            }
        }
    }

    /**
     * How incoming VAs are decided (EKPabg).
     *
     * @param mode          AUTOMATIC: by the decision table from CRM data, the rest to the review queue; REVIEW: every
     *                      VA goes to the review queue and is answered by a person
     * @param projektkenner the Projektkenner agreed with partners; a VA naming another one is answered UPK
     * @param wakeOnCommit  true: a request is decided as soon as the transaction that received it has committed;
     *                      false: the next poll finds it
     */
    public record Decision(
            @DefaultValue("AUTOMATIC") Mode mode,
            @DefaultValue("1s") Duration pollInterval,
            java.util.List<String> projektkenner,
            @DefaultValue("true") boolean wakeOnCommit) {

        public enum Mode {
            AUTOMATIC,
            REVIEW
        }

        public Decision {
            projektkenner = projektkenner == null ? java.util.List.of() : java.util.List.copyOf(projektkenner);
        }
    }

    /**
     * The signing key (spec §5: every message carries an X.509 signature over the Body).
     *
     * @param keystore         PKCS12 or JKS file; empty = a development key generated on first start under
     *                         {@code developmentKeystore} (self-signed, for trying the gateway out, never for production)
     * @param type             keystore type
     * @param password         keystore and key password
     * @param alias            the key entry; empty = the only one in the store
     * @param algorithm        RSA_SHA256 (default) or RSA_SHA1
     * @param developmentKeystore where the generated development key is kept; empty =
     *                         {@code ./data/<carrier code>-development-signing-key.p12}
     * @param minimumKeyLength shortest RSA key accepted in a partner's signature
     * @param reloadInterval   how often the keystore file is read again: a new key put in its place signs from then
     *                         on, without a restart (the development key is never changed)
     */
    public record Signing(
            String keystore,
            @DefaultValue("PKCS12") String type,
            @DefaultValue("") String password,
            String alias,
            @DefaultValue("RSA_SHA256") org.wbcigateway.wire.security.SignatureAlgorithm algorithm,
            String developmentKeystore,
            @DefaultValue("2048") int minimumKeyLength,
            @DefaultValue("1m") Duration reloadInterval) {

        public boolean configured() {
            return keystore != null && !keystore.isBlank();
        }
    }

    /**
     * Stored WBCI messages encrypted at rest (ADR 0018); off unless a keystore is given.
     *
     * @param keystore a PKCS#12 file holding AES keys: the current one and every older one a stored message was
     *                 sealed with
     * @param password the keystore's and its keys' password
     * @param key      the alias of the key new messages are sealed with
     */
    public record Encryption(String keystore, String password, String key) {

        public Encryption {
            if (keystore != null && !keystore.isBlank() && (key == null || key.isBlank())) {
                throw new IllegalArgumentException("wbci.encryption.key is required with wbci.encryption.keystore");
            }
        }

        public boolean enabled() {
            return keystore != null && !keystore.isBlank();
        }
    }

    /**
     * How long personal data is kept (README, "Personal data").
     *
     * @param enabled  false: nothing is ever deleted or emptied by the gateway (a DBA's job then)
     * @param interval how often each node looks for what is due (a node runs a class only while no other node does)
     * @param periods  per data class ({@code wbci.retention.periods.audit-log=1095d}); a class left out keeps its
     *                 default; a name that is no data class fails the start
     */
    public record Retention(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1h") Duration interval,
            Map<org.wbcigateway.gateway.platform.config.DataClass, Duration> periods) {

        public Retention {
            periods = periods == null ? Map.of() : Map.copyOf(periods);
            periods.forEach((dataClass, period) -> {
                if (period.isNegative() || period.isZero()) {
                    throw new IllegalArgumentException("wbci.retention.periods." + dataClass + " is " + period
                            + ": a period must be longer than nothing");
                }
            });
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("wbci.retention.interval must be positive");
            }
        }

        /** How long the class is kept. */
        public Duration period(org.wbcigateway.gateway.platform.config.DataClass dataClass) {
            return periods.getOrDefault(dataClass, dataClass.defaultPeriod());
        }
    }

    /**
     * What the tenants have of their own.
     *
     * @param keyPassword protects the tenants' own signing keys in the database (each a PKCS#12 store); required
     *                    before a tenant is given a key of its own. Changing it makes the stored keys unreadable: keep
     *                    it with the database's backups
     * @param tenants     further tenants by id, created at start if the registry lacks them and set as configured at
     *                    every start; their settings are then changed here, not through the API or console
     * @param connectionsPerSchema the most database connections a node opens for each further tenant's schema and
     *                    for the provider's (each has a pool of its own, ADR 0016); the first tenant uses
     *                    {@code spring.datasource.hikari.maximum-pool-size}
     */
    public record Tenancy(
            String keyPassword,
            Map<String, ConfiguredTenant> tenants,
            @DefaultValue("5") int connectionsPerSchema) {

        public Tenancy {
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
            if (connectionsPerSchema < 1) {
                throw new IllegalArgumentException(
                        "wbci.tenancy.connections-per-schema is " + connectionsPerSchema + ", it must be at least 1");
            }
            tenants.forEach((id, t) -> {
                if (t.code() == null || t.portierungskennung() == null) {
                    throw new IllegalArgumentException(
                            "wbci.tenancy.tenants." + id + " needs a code and a portierungskennung");
                }
                CarrierCode.of(t.code());
                Portierungskennung.of(t.portierungskennung());
            });
        }

        public boolean keysEnabled() {
            return keyPassword != null && !keyPassword.isEmpty();
        }
    }

    /**
     * A tenant set up by configuration ({@code wbci.tenancy.tenants.<id>.*}); the settings as in
     * {@code PUT /api/tenants/{id}/settings}, empty: as configured for the installation.
     */
    public record ConfiguredTenant(
            String code,
            String portierungskennung,
            @DefaultValue("BY") Bundesland bundesland,
            Decision.Mode decisionMode,
            java.util.List<String> projektkenner,
            Map<org.wbcigateway.domain.deadline.EscalationKind, java.util.List<Integer>> escalation,
            String crmSource,
            String webhook) {}

    /**
     * @param replayWindow how old an inbound message's Control/zeitstempel may be; older ones are refused (TEQ 0990)
     *                     unless they are a byte-identical re-send of a message already accepted
     * @param clockSkew    how far in the future a zeitstempel may lie (the partner's clock runs ahead)
     * @param certificateWarning certificates expiring within this time are reported (log, API, metric)
     * @param forbidRsaSha1 refuse RSA-SHA1 signatures (TEQ 0990) from every partner that does not say otherwise
     *                     ({@code wbci.partners.[X].forbid-rsa-sha1}); the spec accepts RSA-SHA1 and RSA-SHA256
     */
    public record Security(
            @DefaultValue("72h") Duration replayWindow,
            @DefaultValue("5m") Duration clockSkew,
            @DefaultValue("30d") Duration certificateWarning,
            @DefaultValue("false") boolean forbidRsaSha1) {}

    /**
     * A second connector for partners, https with client certificates, beside the port of the REST API and console.
     * When it is on, partners' SOAP requests are served only there, and only {@code /wbci/*} is served there.
     *
     * @param port       the partner port; 0 = no partner connector (the SOAP endpoint stays on {@code server.port})
     * @param address    the address it binds to; empty = all
     * @param bundle     Spring Boot SSL bundle: our server key and the truststore of the partners' client certificates
     * @param clientAuth NEED (mutual TLS: no connection without an accepted client certificate), WANT or NONE
     */
    public record Tls(
            @DefaultValue("0") int port,
            String address,
            String bundle,
            @DefaultValue("NEED") ClientAuth clientAuth) {

        public enum ClientAuth {
            NEED,
            WANT,
            NONE
        }

        public Tls {
            if (port > 0 && (bundle == null || bundle.isBlank())) {
                throw new IllegalArgumentException("wbci.tls.bundle is required with wbci.tls.port");
            }
        }

        public boolean enabled() {
            return port > 0;
        }
    }

    /**
     * @param scanInterval how often open deadlines are checked for escalation
     * @param escalation   per kind the working days overdue at which L1, L2, L3 start, e.g. {@code [1, 4, 7]}; kinds
     *                     not listed keep their defaults (VA 1/4/7, AKM-TR 1/5/7, TV/Storno 1/2/4)
     */
    public record Deadlines(
            @DefaultValue("1m") Duration scanInterval,
            Map<org.wbcigateway.domain.deadline.EscalationKind, java.util.List<Integer>> escalation) {

        public Deadlines {
            escalation = escalation == null ? Map.of() : Map.copyOf(escalation);
        }

        public org.wbcigateway.domain.deadline.EscalationPolicy policy() {
            Map<
                            org.wbcigateway.domain.deadline.EscalationKind,
                            org.wbcigateway.domain.deadline.EscalationPolicy.Thresholds>
                    thresholds = new java.util.EnumMap<>(org.wbcigateway.domain.deadline.EscalationKind.class);
            escalation.forEach((kind, days) -> {
                if (days.size() != 3) {
                    throw new IllegalArgumentException(
                            "wbci.deadlines.escalation." + kind + " needs three values " + "(L1, L2, L3), not " + days);
                }
                thresholds.put(
                        kind,
                        new org.wbcigateway.domain.deadline.EscalationPolicy.Thresholds(
                                days.get(0), days.get(1), days.get(2)));
            });
            return new org.wbcigateway.domain.deadline.EscalationPolicy(thresholds);
        }
    }

    /**
     * @param maxRequestSize largest body of a REST API request
     * @param maxImportSize  largest contract import (CSV or JSON) or bulk request (`POST /api/bulk`)
     */
    public record Api(
            @DefaultValue("1MB") org.springframework.util.unit.DataSize maxRequestSize,
            @DefaultValue("256MB") org.springframework.util.unit.DataSize maxImportSize) {}

    /**
     * @param pollInterval   how often the sender looks for due messages
     * @param initialBackoff wait before the first retry; doubles per attempt
     * @param maxBackoff     cap of the wait between retries
     * @param maxAttempts    attempts before a message goes to the dead letters
     * @param requestTimeout how long a partner may take to answer with a TEQ
     * @param lease          how long a node owns a message it is sending
     * @param concurrency    messages of different Vorabstimmungen a node sends at the same time (order per
     *                       Vorabstimmung holds regardless: only a Vorabstimmung's oldest undelivered message is due)
     * @param wakeOnCommit   true: a queued message is sent as soon as its transaction has committed; false: the next
     *                       poll finds it
     * @param enabled        false: the outbox is held — messages are queued as always, nothing is sent (after a restore
     *                       from an earlier moment, until the partners have been asked; README "Backup and restore")
     */
    public record Outbox(
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("10") int maxAttempts,
            @DefaultValue("30s") Duration requestTimeout,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("4") int concurrency,
            @DefaultValue("true") boolean wakeOnCommit,
            @DefaultValue("true") boolean enabled) {

        public Outbox {
            if (concurrency < 1) {
                throw new IllegalArgumentException("wbci.outbox.concurrency must be at least 1");
            }
            if (lease.compareTo(requestTimeout) <= 0) {
                throw new IllegalArgumentException("wbci.outbox.lease must be longer than wbci.outbox.request-timeout, "
                        + "or a second node could send a message while the first still waits for its TEQ");
            }
        }
    }

    /**
     * A limit on the inbound WBCI messages worked on at once, in front of parsing, verification and storage; requests
     * beyond it wait in arrival order. On a few CPUs, more messages in progress than CPUs only make each one slower
     * (each holds its parse tree, a database connection and a transaction while it waits for a CPU); the REST API,
     * the console and the health check are not limited by it.
     *
     * @param maxConcurrent messages in progress at once; 0 = twice the number of CPUs the JVM sees
     * @param queueTimeout  how long a request may wait for its turn; after that it is answered with a Server fault
     *                      ("busy, retry later"), which the partner retries like any transport error
     */
    public record Inbound(
            @DefaultValue("0") int maxConcurrent,
            @DefaultValue("10s") Duration queueTimeout) {

        public Inbound {
            if (maxConcurrent < 0) {
                throw new IllegalArgumentException("wbci.inbound.max-concurrent must be 0 (twice the CPUs) or more");
            }
            if (queueTimeout.isNegative()) {
                throw new IllegalArgumentException("wbci.inbound.queue-timeout must not be negative");
            }
        }

        /** The limit in effect: the configured one, else twice the CPUs. */
        public int permits() {
            return maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * The event feed (crm_event as a durable stream); read over REST, optionally pushed to a webhook.
     *
     * @param webhook  the configured tenant's webhook
     * @param webhooks further webhooks by name, for the tenants added later: a tenant's feed is pushed to the one its
     *                 settings name ({@code webhook}); one that names none is read over REST only
     */
    public record Events(@DefaultValue Webhook webhook, Map<String, Webhook> webhooks) {

        public Events {
            webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
            webhooks.forEach((name, hook) -> {
                if (!hook.enabled()) {
                    throw new IllegalArgumentException("wbci.events.webhooks." + name + ".url is required");
                }
            });
        }

        /**
         * Push of every event to one HTTP endpoint, in offset order, one at a time, retried forever.
         *
         * @param url            where events are POSTed; empty = no push
         * @param secret         key of the HMAC-SHA256 in {@code X-WBCI-Signature}; required with a url
         * @param pollInterval   how often the sender looks for new events
         * @param initialBackoff wait before the first retry; doubles per attempt
         * @param maxBackoff     cap of the wait between retries
         * @param requestTimeout how long the receiver may take to answer
         * @param lease          how long a node owns the delivery; longer than the request timeout
         */
        public record Webhook(
                String url,
                String secret,
                @DefaultValue("500ms") Duration pollInterval,
                @DefaultValue("1s") Duration initialBackoff,
                @DefaultValue("5m") Duration maxBackoff,
                @DefaultValue("10s") Duration requestTimeout,
                @DefaultValue("1m") Duration lease) {

            public Webhook {
                if (url != null && !url.isBlank()) {
                    if (secret == null || secret.isEmpty()) {
                        throw new IllegalArgumentException("wbci.events.webhook.secret is required with a url");
                    }
                    if (lease.compareTo(requestTimeout) <= 0) {
                        throw new IllegalArgumentException("wbci.events.webhook.lease must be longer than its "
                                + "request-timeout, or a second node could deliver while the first still waits");
                    }
                }
            }

            public boolean enabled() {
                return url != null && !url.isBlank();
            }
        }
    }
}
