package org.wbcigateway.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.HardenedXml;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireContract;
import org.wbcigateway.wire.security.MessageSigner;
import org.xml.sax.InputSource;

/**
 * Mutated WBCI messages for the endpoint, reproducible from a seed: message {@code i} of seed {@code s} is always the
 * same mutation of the same template (only the signature bytes differ, as the test keys are made per JVM).
 *
 * <p>IDs a message creates are fresh ({@code VF…}, {@code TF…}, {@code SF…}, or {@code VZ…} as a hostile value), so
 * they never meet those of other tests sharing the gateway.
 *
 * <p>Templates: the three real 2013 VA samples, and the 13 message kinds of {@link KftMessages} (VA ×3, TV, Storno
 * ×4, RUEM-VA, ABBM, AKM-TR, ABBM-TR, ERLM), rewritten so that the partner {@code DEU.MNET} sends them to the
 * gateway {@code DEU.DTAG}, with fresh IDs per message or IDs of Vorabstimmungen that exist (so that mutations reach
 * the business rules too). Each message is one of:
 * <ul>
 *   <li>{@link Stage#VALID}: unmutated, signed by the partner;</li>
 *   <li>{@link Stage#BEFORE_SIGNING}: 1–3 structural or value mutations of the payload, then signed by the partner,
 *       so that they pass the signature check and meet the schema and the business rules;</li>
 *   <li>{@link Stage#AFTER_SIGNING}: a signed message changed afterwards: bytes, the wsse:Security header, the
 *       envelope, or changes the signature does not cover (comments, CDATA, other headers);</li>
 *   <li>{@link Stage#RAW}: input that is no signed WBCI request at all (DTDs, entities, garbage, a TEQ, limits).</li>
 * </ul>
 * Not thread-safe: one fuzzer per client thread.
 */
public final class MessageFuzzer {

    public enum Stage {
        VALID,
        BEFORE_SIGNING,
        AFTER_SIGNING,
        RAW
    }

    /** One message to post: what it was made from and how. */
    public record Case(
            long iteration,
            String template,
            Stage stage,
            String mutation,
            byte[] body,
            String contentType,
            Map<String, String> ids) {

        public String describe() {
            return "#" + iteration + " " + stage + " " + template + " / " + mutation;
        }
    }

    /** {@code gf}: the Geschaeftsfall of the Vorabstimmung the message belongs to, if it depends on one. */
    private record Template(String name, String soap, Geschaeftsfall gf, boolean createsVa) {}

    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(MNET|DTAG)\\.([VTS])\\}\\}");
    private static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    private final long seed;
    private final String partner;
    private final String self;
    private final String otherPartner;
    private final MessageSigner partnerSigner;
    private final List<Template> templates = new ArrayList<>();
    private final byte[] teqSample;
    private final Map<String, List<String>> knownIds = new HashMap<>();
    private final Map<String, byte[]> signedBases = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private final DocumentBuilder dom;

    /**
     * @param partner      the registered partner that signs ({@code DEU.MNET} in the endpoint tests)
     * @param self         the gateway's own carrier code ({@code DEU.DTAG})
     * @param otherPartner another registered partner, whose valid certificate must not speak for {@code partner}
     */
    public MessageFuzzer(long seed, String partner, String self, String otherPartner) {
        this.seed = seed;
        this.partner = partner;
        this.self = self;
        this.otherPartner = otherPartner;
        this.partnerSigner = TestKeys.signer(partner);
        this.dom = newDocumentBuilder();
        for (String sample : List.of("va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml")) {
            templates.add(sampleTemplate(sample));
        }
        kftTemplates();
        this.teqSample = Soap.sample("teq.xml");
        for (String carrier : List.of(otherPartner, "DEU.STRANGER", partner)) {
            tokens.add(Base64.getEncoder().encodeToString(encoded(carrier)));
        }
        tokens.add(Base64.getEncoder().encodeToString(new byte[] {0x30, (byte) 0x82, 0x01, 0x00}));
        tokens.add("");
        tokens.add("!!not base64!!");
    }

    public long seed() {
        return seed;
    }

    public int templateCount() {
        return templates.size();
    }

    // ------------------------------------------------------------------ feedback from the runner

    /** A message got TEQ OK: the Vorabstimmung it opened may now be referenced by later messages. */
    public void accepted(Case c) {
        String va = c.ids().get("MNET.V");
        if (va != null
                && c.stage() != Stage.AFTER_SIGNING
                && templateByName(c.template()).createsVa()) {
            remember("MNET.V", templateByName(c.template()).gf(), va);
        }
    }

    /** A Vorabstimmung the gateway started itself (as EKPauf towards the partner). */
    public void ownVa(Geschaeftsfall gf, String vaId) {
        remember("DTAG.V", gf, vaId);
    }

    private void remember(String kind, Geschaeftsfall gf, String id) {
        knownIds.computeIfAbsent(kind + ":" + gf, k -> new ArrayList<>()).add(id);
        knownIds.computeIfAbsent(kind + ":*", k -> new ArrayList<>()).add(id);
    }

    // ------------------------------------------------------------------ the cases

    /** Message {@code i}: the same for the same seed. */
    public Case next(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int dice = r.nextInt(100);
        if (dice < 10) {
            return valid(i, r);
        }
        if (dice < 52) {
            return beforeSigning(i, r);
        }
        if (dice < 94) {
            return afterSigning(i, r);
        }
        return raw(i, r);
    }

    private Case valid(long i, SplittableRandom r) {
        Template t = pick(r, templates);
        Map<String, String> ids = new LinkedHashMap<>();
        String soap = instantiate(t, i, r, ids);
        String contentType = CONTENT_TYPE;
        String mutation = "none";
        if (r.nextInt(10) == 0) {
            // the transport around a valid message: what a partner's SOAP stack might send
            contentType = pick(
                    r,
                    List.of(
                            "text/xml",
                            "text/xml;charset=utf-8",
                            "TEXT/XML; CHARSET=UTF-8",
                            "application/soap+xml; charset=UTF-8",
                            "text/plain",
                            "application/octet-stream",
                            "text/xml; charset=ISO-8859-1",
                            "text/xml; charset=UTF-16",
                            "text/xml; charset=nonsense",
                            "multipart/related; boundary=fuzz",
                            "",
                            "text/html"));
            mutation = "content-type: " + (contentType.isEmpty() ? "(none)" : contentType);
        }
        return new Case(i, t.name(), Stage.VALID, mutation, sign(parse(soap)), contentType, ids);
    }

    private Case beforeSigning(long i, SplittableRandom r) {
        Template t = pick(r, templates);
        Map<String, String> ids = new LinkedHashMap<>();
        Document doc = parse(instantiate(t, i, r, ids));
        int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
        List<String> done = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            done.add(mutatePayload(doc, r));
        }
        return new Case(i, t.name(), Stage.BEFORE_SIGNING, String.join(" + ", done), sign(doc), CONTENT_TYPE, ids);
    }

    private Case afterSigning(long i, SplittableRandom r) {
        Template t = pick(r, templates);
        Map<String, String> ids = new LinkedHashMap<>();
        byte[] signed = signedBase(t, i, r, ids);
        int kind = r.nextInt(100);
        String[] mutation = new String[1];
        byte[] body;
        if (kind < 35) {
            body = mutateBytes(signed, r, mutation);
        } else if (kind < 70) {
            body = mutateSecurity(signed, r, mutation);
        } else if (kind < 85) {
            body = mutateUnsigned(signed, r, mutation);
        } else {
            body = mutateSignedText(signed, r, mutation);
        }
        return new Case(i, t.name(), Stage.AFTER_SIGNING, mutation[0], body, CONTENT_TYPE, ids);
    }

    private Case raw(long i, SplittableRandom r) {
        Template t = pick(r, templates);
        Map<String, String> ids = new LinkedHashMap<>();
        String soap = instantiate(t, i, r, ids);
        String payload = soap.substring(soap.indexOf("<SOAP-ENV:Envelope"));
        String name;
        byte[] body;
        switch (r.nextInt(16)) {
            case 0 -> {
                name = "xxe: external general entity";
                body = utf8("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + payload.replaceFirst("<ort>[^<]*</ort>", "<ort>&x;</ort>"));
            }
            case 1 -> {
                name = "xxe: external DTD";
                body = utf8("<!DOCTYPE SOAP-ENV:Envelope SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + payload);
            }
            case 2 -> {
                name = "xxe: parameter entity";
                body = utf8("<!DOCTYPE e [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>" + payload);
            }
            case 3 -> {
                name = "entity bomb";
                body = utf8(billionLaughs() + payload.replaceFirst("<ort>[^<]*</ort>", "<ort>&lol9;</ort>"));
            }
            case 4 -> {
                name = "the TEQ sample (a response, not a request)";
                body = teqSample;
            }
            case 5 -> {
                name = "SOAP 1.2 envelope";
                body = utf8(payload.replace(SOAP11, "http://www.w3.org/2003/05/soap-envelope"));
            }
            case 6 -> {
                name = pick(r, List.of("empty body", "whitespace", "not xml", "json", "html", "binary"));
                body = switch (name) {
                    case "empty body" -> new byte[0];
                    case "whitespace" -> utf8("  \r\n\t ");
                    case "not xml" -> utf8("annehmenAnfrageRequest DEU.MNET");
                    case "json" -> utf8("{\"Anfrage\": {\"Absender\": \"DEU.MNET\"}}");
                    case "html" -> utf8("<!DOCTYPE html><html><body>hello</body></html>");
                    default -> randomBytes(r, 1 + r.nextInt(2000));
                };
            }
            case 7 -> {
                name = "bare payload without SOAP envelope";
                String root = payload.substring(payload.indexOf("<SOAP-ENV:Body"));
                root = root.substring(root.indexOf('>') + 1, root.lastIndexOf("</SOAP-ENV:Body>"));
                body = utf8(root);
            }
            case 8 -> {
                name = "too large: 1 MiB + padding in a comment";
                body = utf8(payload.replace("<Control>", "<!--" + "x".repeat(1024 * 1024) + "--><Control>"));
            }
            case 9 -> {
                name = "too deep: 70 nested elements in the payload";
                body = utf8(payload.replace("<Control>", "<a>".repeat(70) + "</a>".repeat(70) + "<Control>"));
            }
            case 10 -> {
                name = "too many elements: 10,001 in the Header";
                body = utf8(payload.replace("<SOAP-ENV:Header>", "<SOAP-ENV:Header>" + "<e/>".repeat(10_001)));
            }
            case 11 -> {
                name = "two payloads in the Body";
                String root = payload.substring(payload.indexOf("<SOAP-ENV:Body"));
                root = root.substring(root.indexOf('>') + 1, root.lastIndexOf("</SOAP-ENV:Body>"));
                body = utf8(payload.replace("</SOAP-ENV:Body>", root + "</SOAP-ENV:Body>"));
            }
            case 12 -> {
                name = "empty SOAP Body";
                body = utf8(
                        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + SOAP11 + "\"><SOAP-ENV:Body/></SOAP-ENV:Envelope>");
            }
            case 13 -> {
                name = "unknown root element in the WBCI namespace";
                body = utf8(payload.replace("annehmenAnfrageRequest", "annehmenAuftragRequest")
                        .replace("annehmenMeldungRequest", "annehmenAuftragRequest"));
            }
            case 14 -> {
                name = "unsigned message";
                body = utf8(soap);
            }
            default -> {
                // the same signed document in another encoding: the signature covers characters, not bytes
                String signed =
                        new String(sign(parse(soap)), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
                String encoding = pick(r, List.of("UTF-16", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "UTF-8 with BOM"));
                name = "signed message re-encoded as " + encoding;
                switch (encoding) {
                    case "UTF-16" ->
                        body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + signed)
                                .getBytes(StandardCharsets.UTF_16);
                    case "UTF-16LE" ->
                        body = concat(
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + signed)
                                        .getBytes(StandardCharsets.UTF_16LE));
                    case "UTF-16BE" ->
                        body = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + signed)
                                .getBytes(StandardCharsets.UTF_16BE);
                    case "ISO-8859-1" ->
                        body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + signed)
                                .getBytes(StandardCharsets.ISO_8859_1);
                    default ->
                        body = concat(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + signed));
                }
            }
        }
        return new Case(i, t.name(), Stage.RAW, name, body, CONTENT_TYPE, ids);
    }

    // ------------------------------------------------------------------ before signing: the payload

    private String mutatePayload(Document doc, SplittableRandom r) {
        Element payload = payloadRoot(doc);
        List<Element> all = descendants(payload);
        List<Element> leaves =
                all.stream().filter(e -> firstChildElement(e) == null).toList();
        int dice = r.nextInt(100);
        if (dice < 30) {
            Element leaf = pick(r, leaves);
            String value = hostileValue(leaf.getLocalName(), r);
            leaf.setTextContent(value);
            return "text " + leaf.getLocalName() + " = " + abbreviate(value);
        }
        if (dice < 38) {
            Element leaf = pick(r, leaves);
            String pad = pick(r, List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000"));
            boolean front = r.nextBoolean();
            leaf.setTextContent(front ? pad + leaf.getTextContent() : leaf.getTextContent() + pad);
            return "text " + leaf.getLocalName() + (front ? " with leading " : " with trailing ") + escape(pad);
        }
        if (dice < 46) {
            Element e = pick(r, all);
            e.getParentNode().removeChild(e);
            return "delete " + e.getLocalName();
        }
        if (dice < 53) {
            Element e = pick(r, all);
            int copies = pick(r, List.of(1, 1, 1, 2, 9, 99, 100));
            for (int k = 0; k < copies; k++) {
                e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
            }
            return "duplicate " + e.getLocalName() + " x" + copies;
        }
        if (dice < 59) {
            Element e = pick(r, all);
            Element next = nextSiblingElement(e);
            if (next == null) {
                Element first = firstChildElement((Element) e.getParentNode());
                if (first == e) {
                    return "reorder (nothing to swap with " + e.getLocalName() + ")";
                }
                e.getParentNode().insertBefore(e, first);
                return "move " + e.getLocalName() + " to the front";
            }
            e.getParentNode().insertBefore(next, e);
            return "swap " + e.getLocalName() + " and " + next.getLocalName();
        }
        if (dice < 63) {
            Element e = pick(r, all);
            Element target = pick(r, all);
            if (target == e || isAncestor(e, target)) {
                target = payload;
            }
            target.appendChild(e);
            return "move " + e.getLocalName() + " into " + target.getLocalName();
        }
        if (dice < 68) {
            Element e = pick(r, all);
            String local = e.getLocalName();
            String renamed = switch (r.nextInt(4)) {
                case 0 ->
                    Character.isUpperCase(local.charAt(0))
                            ? Character.toLowerCase(local.charAt(0)) + local.substring(1)
                            : Character.toUpperCase(local.charAt(0)) + local.substring(1);
                case 1 -> local + "X";
                case 2 -> local.toUpperCase(java.util.Locale.ROOT);
                default -> pick(r, all).getLocalName();
            };
            doc.renameNode(e, e.getNamespaceURI(), renamed);
            return "rename " + local + " to " + renamed;
        }
        if (dice < 71) {
            Element parent = pick(r, all);
            Element extra = doc.createElementNS(
                    null,
                    pick(
                            r,
                            List.of(
                                    "Unbekannt",
                                    "Absender",
                                    "Position",
                                    "VorabstimmungsId",
                                    "Meldungscode",
                                    "Control",
                                    "script")));
            extra.setTextContent(pick(r, List.of("", "x", "DEU.MNET", "8001")));
            Node ref = r.nextBoolean() ? firstChildElement(parent) : null;
            parent.insertBefore(extra, ref);
            return "insert <" + extra.getLocalName() + "> into " + parent.getLocalName();
        }
        if (dice < 80) {
            return mutateXsiType(doc, payload, all, r);
        }
        if (dice < 86) {
            return mutateControl(doc, payload, r);
        }
        if (dice < 91) {
            return mutateNamespace(doc, payload, all, r);
        }
        if (dice < 95) {
            Element e = pick(r, all);
            switch (r.nextInt(5)) {
                case 0 -> {
                    declare(e, "xsi", XSI);
                    e.setAttributeNS(XSI, "xsi:nil", "true");
                    return "xsi:nil on " + e.getLocalName();
                }
                case 1 -> {
                    e.setAttributeNS(null, "id", "x");
                    return "attribute id on " + e.getLocalName();
                }
                case 2 -> {
                    e.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "de");
                    return "xml:lang on " + e.getLocalName();
                }
                case 3 -> {
                    declare(e, "xsi", XSI);
                    e.setAttributeNS(XSI, "xsi:schemaLocation", "urn:x http://127.0.0.1:9/evil.xsd");
                    return "xsi:schemaLocation on " + e.getLocalName();
                }
                default -> {
                    e.setAttributeNS(WSU, "wsu:Id", "id-fuzz");
                    declare(e, "wsu", WSU);
                    return "wsu:Id on " + e.getLocalName();
                }
            }
        }
        if (dice < 97) {
            Element leaf = pick(r, leaves);
            Element wrap = leaf;
            for (int k = 0; k < 70; k++) {
                Element inner = doc.createElementNS(null, "tief");
                wrap.appendChild(inner);
                wrap = inner;
            }
            return "nest 70 levels under " + leaf.getLocalName();
        }
        Element e = pick(r, all);
        int copies = pick(r, List.of(2_000, 5_000));
        for (int k = 0; k < copies; k++) {
            e.getParentNode().insertBefore(doc.createElementNS(null, e.getLocalName()), e);
        }
        return "repeat empty " + e.getLocalName() + " x" + copies;
    }

    private static final List<String> REQUEST_TYPES = List.of(
            "KuendigungMitRNPGeschaeftsfallType",
            "KuendigungOhneRNPGeschaeftsfallType",
            "ReineRufnummernportierungGeschaeftsfallType",
            "TerminverschiebungType",
            "StornoAufhebungEKPaufType",
            "StornoAenderungEKPaufType",
            "StornoAufhebungEKPabgType",
            "StornoAenderungEKPabgType",
            "AnfrageType",
            "VorabstimmungsanfrageType",
            "StornoType",
            "StornoEKPabgType");
    private static final List<String> MESSAGE_TYPES = List.of(
            "RueckmeldungVorabstimmungType",
            "AbbruchmeldungType",
            "UebernahmeRessourceMeldungType",
            "AbbruchmeldungTechnRessourceType",
            "ErledigtmeldungType",
            "MeldungType",
            "MeldungsPositionRUEMVAType",
            "MeldungsPositionABBMType",
            "MeldungsPositionAKMTRType",
            "MeldungsPositionABBMTRType",
            "MeldungsPositionERLMType",
            "MeldungsPositionTEQType",
            "QuittungType");

    private String mutateXsiType(Document doc, Element payload, List<Element> all, SplittableRandom r) {
        List<Element> typed = all.stream()
                .filter(e -> e.hasAttributeNS(XSI, "type")
                        || "Anfrage".equals(e.getLocalName())
                        || "Meldung".equals(e.getLocalName())
                        || "Position".equals(e.getLocalName()))
                .toList();
        Element e = typed.isEmpty() ? pick(r, all) : pick(r, typed);
        declare(e, "xsi", XSI);
        declare(e, "fzq", WireContract.NS_REQUEST);
        declare(e, "fzm", WireContract.NS_MESSAGE);
        String value = switch (r.nextInt(8)) {
            case 0, 1 -> "fzq:" + pick(r, REQUEST_TYPES);
            case 2, 3 -> "fzm:" + pick(r, MESSAGE_TYPES);
            case 4 -> "fzm:" + pick(r, REQUEST_TYPES);
            case 5 ->
                pick(
                        r,
                        List.of(
                                "fzq:Unbekannt",
                                "undeclared:KuendigungMitRNPGeschaeftsfallType",
                                "KuendigungMitRNPGeschaeftsfallType",
                                "",
                                " ",
                                "xsd:string",
                                "fzq:" + "A".repeat(5000)));
            case 6 -> "fzq:" + pick(r, REQUEST_TYPES).toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
        if (value == null) {
            e.removeAttributeNS(XSI, "type");
            return "remove xsi:type of " + e.getLocalName();
        }
        e.setAttributeNS(XSI, "xsi:type", value);
        return "xsi:type of " + e.getLocalName() + " = " + abbreviate(value);
    }

    private String mutateControl(Document doc, Element payload, SplittableRandom r) {
        Element control = firstChildElement(payload);
        if (control == null || !"Control".equals(control.getLocalName())) {
            return "control (no Control)";
        }
        Element major = child(control, "majorRelease");
        Element minor = child(control, "minorRelease");
        Element zeit = child(control, "zeitstempel");
        switch (r.nextInt(8)) {
            case 0, 1 -> {
                String v = pick(
                        r,
                        List.of(
                                "03",
                                "01",
                                "00",
                                "99",
                                "12",
                                "2",
                                "002",
                                "",
                                " 02",
                                "02 ",
                                "0x",
                                "\uFF10\uFF12",
                                "-2",
                                "+2",
                                "2.0"));
                if (major != null) {
                    major.setTextContent(v);
                }
                return "majorRelease = '" + escape(v) + "'";
            }
            case 2 -> {
                String v = pick(r, List.of("01", "99", "0", "", "000", "10"));
                if (minor != null) {
                    minor.setTextContent(v);
                }
                return "minorRelease = '" + escape(v) + "'";
            }
            case 3 -> {
                String v = pick(
                        r,
                        List.of(
                                "2013-07-24T16:03:31",
                                "2013-07-24",
                                "2099-01-01T00:00:00Z",
                                "1970-01-01T00:00:00Z",
                                "2013-13-45T25:61:61+02:00",
                                "",
                                "0001-01-01T00:00:00Z",
                                "9999-12-31T23:59:59Z",
                                "2026-11-25T10:15:30.123456789123+01:00",
                                "2026-11-25T10:15:30+14:00",
                                "2026-11-25T10:15:30-14:00",
                                "2026-11-25T10:15:30+24:00",
                                "now",
                                "-2026-11-25T10:15:30Z",
                                "999999999-12-31T23:59:59Z",
                                "2026-11-25T24:00:00Z"));
                if (zeit != null) {
                    zeit.setTextContent(v);
                }
                return "zeitstempel = '" + v + "'";
            }
            case 4 -> {
                List<Element> parts = java.util.stream.Stream.of(major, minor, zeit, child(control, "signaturId"))
                        .filter(java.util.Objects::nonNull)
                        .toList();
                if (parts.isEmpty()) {
                    payload.removeChild(control);
                    return "delete Control";
                }
                Element e = pick(r, parts);
                control.removeChild(e);
                return "delete Control/" + e.getLocalName();
            }
            case 5 -> {
                payload.insertBefore(control.cloneNode(true), control);
                return "duplicate Control";
            }
            case 6 -> {
                Element serial =
                        (Element) control.getElementsByTagName("serial").item(0);
                String v = pick(r, List.of("", "zz", "-1", "0x1F", "F".repeat(10_000), "1 2"));
                if (serial != null) {
                    serial.setTextContent(v);
                }
                return "signaturId/serial = '" + abbreviate(v) + "'";
            }
            default -> {
                payload.removeChild(control);
                return "delete Control";
            }
        }
    }

    private String mutateNamespace(Document doc, Element payload, List<Element> all, SplittableRandom r) {
        switch (r.nextInt(6)) {
            case 0 -> {
                String ns = pick(
                        r,
                        List.of(
                                "http://www.vatm.de/wbci/v1/envelope",
                                "http://www.vatm.de/wbci/v3/envelope",
                                WireContract.NS_REQUEST,
                                "",
                                "HTTP://WWW.VATM.DE/WBCI/V2/ENVELOPE"));
                doc.renameNode(
                        payload,
                        ns.isEmpty() ? null : ns,
                        ns.isEmpty() ? payload.getLocalName() : "ns3:" + payload.getLocalName());
                return "payload root in namespace '" + ns + "'";
            }
            case 1 -> {
                String prefix = pick(r, List.of("p", "wbci", "SOAP-ENV", "xsi", "a" + r.nextInt(1000)));
                doc.renameNode(payload, payload.getNamespaceURI(), prefix + ":" + payload.getLocalName());
                return "payload root prefix " + prefix;
            }
            case 2 -> {
                doc.renameNode(payload, payload.getNamespaceURI(), payload.getLocalName());
                return "payload root in the default namespace";
            }
            case 3 -> {
                Element e = pick(r, all);
                String ns = pick(
                        r,
                        List.of(
                                WireContract.NS_ENVELOPE,
                                WireContract.NS_REQUEST,
                                WireContract.NS_MESSAGE,
                                WireContract.NS_COMPLEX,
                                "urn:fuzz"));
                doc.renameNode(e, ns, "q:" + e.getLocalName());
                return "qualify " + e.getLocalName() + " in " + ns;
            }
            case 4 -> {
                Element e = pick(r, all);
                doc.renameNode(e, "urn:fuzz", e.getLocalName());
                return "default namespace urn:fuzz on " + e.getLocalName();
            }
            default -> {
                Element e = pick(r, all);
                e.setAttributeNS(XMLNS, "xmlns:ns3", "urn:redefined");
                return "redefine prefix ns3 on " + e.getLocalName();
            }
        }
    }

    /** Boundary and hostile values, and other valid codes where the field has a code list. */
    private String hostileValue(String field, SplittableRandom r) {
        if (r.nextInt(3) == 0) {
            List<String> codes = codesFor(field);
            if (codes != null) {
                return pick(r, codes);
            }
        }
        return switch (r.nextInt(12)) {
            case 0 -> pick(r, List.of("", " ", "  "));
            case 1 ->
                "x"
                        .repeat(pick(
                                r,
                                List.of(
                                        1, 2, 5, 6, 7, 10, 11, 14, 15, 20, 21, 25, 26, 30, 31, 40, 41, 255, 256,
                                        1000)));
            case 2 -> "9".repeat(pick(r, List.of(1, 2, 4, 5, 6, 8, 9, 14, 15, 19, 20, 40)));
            case 3 ->
                pick(
                        r,
                        List.of(
                                "Мюллер",
                                "山田太郎",
                                "😀",
                                "Müller × Söhne ÷",
                                "Straße\u0301",
                                "\u00A0",
                                "\u200B",
                                "\uFEFF",
                                "\uFFFD",
                                "ⅷ",
                                "\uFF18\uFF10\uFF16\uFF13\uFF17",
                                "٨٠٦٣٧",
                                "Ǆ",
                                "ß".repeat(40)));
            case 4 ->
                pick(
                        r,
                        List.of(
                                "\t",
                                "a\nb",
                                "a\r\nb",
                                "\u007F",
                                "\u0085",
                                "\u2028",
                                "a\tb",
                                "\r",
                                // not allowed in XML 1.0 at all: the serializer writes &#1; and the like, which no
                                // parser accepts
                                "a\u0001b",
                                "\u001F",
                                "\u0000",
                                "\u001B[31m"));
            case 5 ->
                pick(
                        r,
                        List.of(
                                "<script>alert(1)</script>",
                                "]]>",
                                "&amp;",
                                "&#0;",
                                "' OR '1'='1",
                                "\"; DROP TABLE vorabstimmung; --",
                                "${jndi:ldap://127.0.0.1:9/x}",
                                "%s%s%s%n",
                                "../../../../etc/passwd",
                                "\\u0000",
                                "<![CDATA[x]]>",
                                "{{MNET.V}}"));
            case 6 ->
                pick(
                        r,
                        List.of(
                                "0",
                                "-1",
                                "+1",
                                "1.5",
                                "1e10",
                                "NaN",
                                "0x1F",
                                "00000",
                                "-0",
                                "99999999999999999999",
                                "2147483648"));
            case 7 ->
                pick(
                        r,
                        List.of(
                                "2013-02-29",
                                "2013-08-06Z",
                                "2013-08-06+02:00",
                                "2013-08-06T00:00:00",
                                "9999-12-31",
                                "0001-01-01",
                                "-2013-08-06",
                                "20130806",
                                "2013-8-6",
                                "2013-08-03",
                                "2013-08-15",
                                "2013-07-24",
                                "2013-07-23",
                                "2038-01-19",
                                "2013-08-06 "));
            case 8 -> pick(r, List.of("true", "false", "1", "0", "TRUE", "yes"));
            case 9 ->
                pick(
                        r,
                        List.of(
                                partner,
                                self,
                                otherPartner,
                                "DEU.XXXX",
                                "DEU.BBBB",
                                "deu.mnet",
                                "DEU.MNET1234",
                                "DEU",
                                "DEU.",
                                partner + ".VZ00000005",
                                self + ".V000000001",
                                otherPartner + ".V123456789"));
            case 10 -> pick(r, List.of("8001", "8002", "8103", "8115", "8116", "8140", "OK", "0990", "9999", "ZWA"));
            default -> {
                List<String> codes = codesFor(field);
                yield codes != null ? pick(r, codes) : "x".repeat(pick(r, List.of(64, 300, 4000, 70_000)));
            }
        };
    }

    private List<String> codesFor(String field) {
        List<String> codes = switch (field) {
            case "CarrierCode" -> List.of(partner, self, otherPartner, "DEU.XXXX", "DEU.BBBB");
            case "Meldungscode" ->
                java.util.Arrays.stream(Meldungscode.values())
                        .map(Meldungscode::code)
                        .toList();
            case "Geschaeftsfall" ->
                java.util.Arrays.stream(Geschaeftsfall.values())
                        .map(Geschaeftsfall::code)
                        .toList();
            case "anrede" -> List.of("1", "2", "4", "9", "3", "0");
            case "Portierungszeitfenster" -> List.of("ZF1", "ZF2", "ZF3", "ZF4", "zf2");
            case "PortierungskennungPKIauf", "portierungskennungPKIabg", "kennungTNBabg" ->
                List.of("D001", "D123", "DFFF", "D00G", "d001");
            case "Technologie" -> List.of("001 TAL ISDN", "012 FTTC", "014 FTTH", "999 x", "001");
            case "alleRufnummern", "Ressourcenuebernahme", "SichererHafen" -> List.of("true", "false", "1", "0");
            case "Kundenwunschtermin", "NeuerKundenwunschtermin", "Wechseltermin" ->
                List.of("2013-08-06", "2013-08-13", "2013-07-25", "2013-08-03", "2013-08-15", "2014-01-02");
            default -> null;
        };
        if (codes == null
                && (field.startsWith("VorabstimmungsId")
                        || field.endsWith("IdRef")
                        || field.equals("StornoId")
                        || field.equals("AenderungsId"))) {
            List<String> ids = new ArrayList<>(List.of(
                    partner + ".VZ00000005",
                    self + ".V000000001",
                    partner + ".TF00000001",
                    partner + ".SF00000001",
                    self + ".SF00000001"));
            ids.addAll(knownIds.getOrDefault("MNET.V:*", List.of()).stream()
                    .limit(5)
                    .toList());
            ids.addAll(knownIds.getOrDefault("DTAG.V:*", List.of()).stream()
                    .limit(5)
                    .toList());
            return ids;
        }
        return codes;
    }

    // ------------------------------------------------------------------ after signing

    private byte[] mutateBytes(byte[] signed, SplittableRandom r, String[] name) {
        byte[] b = signed.clone();
        int at = r.nextInt(b.length);
        switch (r.nextInt(10)) {
            case 0 -> {
                int bit = r.nextInt(8);
                b[at] ^= (byte) (1 << bit);
                name[0] = "flip bit " + bit + " of byte " + at;
                return b;
            }
            case 1 -> {
                int body = indexOf(signed, "Body");
                at = body + r.nextInt(b.length - body);
                b[at] ^= (byte) (1 << r.nextInt(8));
                name[0] = "flip a bit in the Body at " + at;
                return b;
            }
            case 2 -> {
                byte[] insert = r.nextBoolean()
                        ? randomBytes(r, 1 + r.nextInt(16))
                        : utf8(pick(
                                r,
                                List.of(
                                        "<",
                                        ">",
                                        "&",
                                        "]]>",
                                        "<!--",
                                        "<?xml version=\"1.0\"?>",
                                        "\u0000",
                                        "\"",
                                        "'",
                                        "<![CDATA[",
                                        "&#0;",
                                        "&#x1F600;",
                                        "&lt;",
                                        "&undefined;",
                                        "\r",
                                        "\uFEFF",
                                        "</a>",
                                        "<a>")));
                name[0] = "insert " + insert.length + " bytes at " + at;
                return splice(b, at, 0, insert);
            }
            case 3 -> {
                int len = 1 + r.nextInt(Math.min(64, b.length - at));
                name[0] = "delete " + len + " bytes at " + at;
                return splice(b, at, len, new byte[0]);
            }
            case 4 -> {
                name[0] = "truncate at " + at;
                return java.util.Arrays.copyOf(b, at);
            }
            case 5 -> {
                int len = 1 + r.nextInt(Math.min(200, b.length - at));
                int to = r.nextInt(b.length);
                name[0] = "copy " + len + " bytes from " + at + " to " + to;
                return splice(b, to, 0, java.util.Arrays.copyOfRange(b, at, at + len));
            }
            case 6 -> {
                byte[] bad = pick(
                        r,
                        List.of(
                                new byte[] {(byte) 0xC3, 0x28},
                                new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xC0, (byte) 0xAF},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                                new byte[] {(byte) 0x80}));
                name[0] = "invalid UTF-8 at " + at;
                return splice(b, at, 1, bad);
            }
            case 7 -> {
                String prolog = pick(
                        r,
                        List.of(
                                "\uFEFF",
                                " \n",
                                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                                "<?xml version=\"1.1\"?>",
                                "<?xml version=\"1.0\" encoding=\"EBCDIC-CP-US\"?>",
                                "<?xml version=\"2.0\"?>",
                                "<!-- prolog -->",
                                "<?fuzz pi?>",
                                "junk",
                                "<?xml version=\"1.0\" standalone=\"no\"?>"));
                String text = new String(b, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
                name[0] = "prolog '" + escape(prolog) + "'";
                return utf8(prolog + text);
            }
            case 8 -> {
                name[0] = "NUL byte at " + at;
                return splice(b, at, 0, new byte[] {0});
            }
            default -> {
                name[0] = "trailing content after the root";
                return concat(b, utf8(pick(r, List.of("<x/>", "junk", "<!-- c -->", "\u0000", "<?pi?>", " \n"))));
            }
        }
    }

    private byte[] mutateSecurity(byte[] signed, SplittableRandom r, String[] name) {
        Document doc = parse(signed);
        Element envelope = doc.getDocumentElement();
        Element header = child(envelope, "Header");
        Element body = child(envelope, "Body");
        Element security = header == null ? null : child(header, "Security");
        if (security == null) {
            name[0] = "security (no header)";
            return signed;
        }
        Element signature = child(security, "Signature");
        Element token = child(security, "BinarySecurityToken");
        Element signedInfo = signature == null ? null : child(signature, "SignedInfo");
        switch (r.nextInt(19)) {
            case 0 -> {
                header.removeChild(security);
                name[0] = "remove wsse:Security";
            }
            case 17 -> {
                security.removeChild(token);
                name[0] = "remove BinarySecurityToken";
            }
            case 18 -> {
                // a second element with the Body's wsu:Id, before the Body: which one does the reference mean?
                Element decoy = (Element) body.cloneNode(true);
                doc.renameNode(decoy, "urn:fuzz", "fz:Decoy");
                Element ort = (Element) decoy.getElementsByTagName("ort").item(0);
                if (ort != null) {
                    ort.setTextContent("Woanders");
                }
                header.appendChild(decoy);
                name[0] = "a decoy with the Body's wsu:Id in the Header";
            }
            case 1 -> {
                envelope.removeChild(header);
                name[0] = "remove SOAP Header";
            }
            case 2 -> {
                header.appendChild(security.cloneNode(true));
                name[0] = "duplicate wsse:Security";
            }
            case 3 -> {
                security.appendChild(signature.cloneNode(true));
                name[0] = "duplicate ds:Signature";
            }
            case 4 -> {
                String t = pick(r, tokens);
                token.setTextContent(t);
                name[0] = "swap BinarySecurityToken (" + (t.length() > 100 ? "other certificate" : "'" + t + "'") + ")";
            }
            case 5 -> {
                Element value = child(signature, "SignatureValue");
                value.setTextContent(alterBase64(value.getTextContent(), r));
                name[0] = "alter SignatureValue";
            }
            case 6 -> {
                Element digest = (Element)
                        signedInfo.getElementsByTagNameNS(DS, "DigestValue").item(0);
                digest.setTextContent(alterBase64(digest.getTextContent(), r));
                name[0] = "alter DigestValue";
            }
            case 7 -> {
                Element reference = (Element)
                        signedInfo.getElementsByTagNameNS(DS, "Reference").item(0);
                String uri = pick(
                        r,
                        List.of(
                                "#nope",
                                "",
                                "#",
                                "http://127.0.0.1:9/x",
                                "file:///etc/passwd",
                                "#" + token.getAttributeNS(WSU, "Id")));
                reference.setAttributeNS(null, "URI", uri);
                name[0] = "Reference URI '" + uri + "'";
            }
            case 8 -> {
                body.setAttributeNS(WSU, "wsu:Id", "id-other");
                name[0] = "change the Body's wsu:Id";
            }
            case 9 -> {
                String v = pick(r, List.of("0", "false", "true", "2", "", "(removed)"));
                security.removeAttributeNS(SOAP11, "mustUnderstand");
                if (!v.equals("(removed)")) {
                    security.setAttributeNS(SOAP11, envelope.getPrefix() + ":mustUnderstand", v);
                }
                name[0] = "mustUnderstand = '" + v + "'";
            }
            case 10 -> {
                Element method = (Element)
                        signedInfo.getElementsByTagNameNS(DS, "SignatureMethod").item(0);
                String v = pick(
                        r,
                        List.of(
                                "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
                                "http://www.w3.org/2000/09/xmldsig#hmac-sha1",
                                "http://www.w3.org/2001/04/xmldsig-more#rsa-md5",
                                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                                "urn:unknown",
                                ""));
                method.setAttributeNS(null, "Algorithm", v);
                name[0] = "SignatureMethod " + v;
            }
            case 11 -> {
                Element method = (Element)
                        signedInfo.getElementsByTagNameNS(DS, "DigestMethod").item(0);
                String v = pick(
                        r,
                        List.of(
                                "http://www.w3.org/2000/09/xmldsig#sha1",
                                "http://www.w3.org/2001/04/xmldsig-more#md5",
                                "urn:unknown"));
                method.setAttributeNS(null, "Algorithm", v);
                name[0] = "DigestMethod " + v;
            }
            case 12 -> {
                Element c14n = (Element) signedInfo
                        .getElementsByTagNameNS(DS, "CanonicalizationMethod")
                        .item(0);
                String v = pick(
                        r,
                        List.of(
                                "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
                                "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
                                "http://www.w3.org/TR/1999/REC-xslt-19991116",
                                "urn:unknown"));
                c14n.setAttributeNS(null, "Algorithm", v);
                name[0] = "CanonicalizationMethod " + v;
            }
            case 13 -> {
                // XML signature wrapping: the signed Body moves into the header, a different Body takes its place
                Element wrapper = doc.createElementNS("urn:fuzz", "fz:Wrapper");
                wrapper.appendChild(body.cloneNode(true));
                header.appendChild(wrapper);
                body.removeAttributeNS(WSU, "Id");
                Element absender =
                        (Element) body.getElementsByTagName("CarrierCode").item(0);
                if (absender != null) {
                    absender.setTextContent(otherPartner);
                }
                Element ort = (Element) body.getElementsByTagName("ort").item(0);
                if (ort != null) {
                    ort.setTextContent("Woanders");
                }
                name[0] = "signature wrapping (signed Body moved into the Header)";
            }
            case 14 -> {
                Element extra = doc.createElementNS("urn:fuzz", "fz:Routing");
                String mu = pick(r, List.of("1", "0", "true", "2", "", " 1 "));
                extra.setAttributeNS(SOAP11, envelope.getPrefix() + ":mustUnderstand", mu);
                extra.setTextContent("x");
                header.insertBefore(extra, r.nextBoolean() ? security : null);
                name[0] = "extra header block with mustUnderstand=" + mu;
            }
            case 15 -> {
                header.removeChild(security);
                doc.renameNode(security, "http://schemas.xmlsoap.org/ws/2002/07/secext", "wsse02:Security");
                header.appendChild(security);
                name[0] = "wsse:Security in the 2002 namespace";
            }
            default -> {
                header.removeChild(security);
                body.appendChild(security);
                name[0] = "wsse:Security moved into the Body";
            }
        }
        return serialize(doc);
    }

    /** Changes the signature does not cover, or that break it on purpose (the Body after signing). */
    private byte[] mutateSignedText(byte[] signed, SplittableRandom r, String[] name) {
        String text = new String(signed, StandardCharsets.UTF_8);
        switch (r.nextInt(6)) {
            case 0 -> {
                name[0] = "comment inside the payload";
                return utf8(replaceRandom(text, "(<CarrierCode>[^<]{0,4})", "$1<!-- fuzz -->", r));
            }
            case 1 -> {
                name[0] = "CDATA section for a value";
                return utf8(replaceRandom(
                        text, "(<(?:ort|CarrierCode|zeitstempel|Meldungscode)>)([^<]+)(<)", "$1<![CDATA[$2]]>$3", r));
            }
            case 2 -> {
                name[0] = "processing instruction inside the payload";
                return utf8(text.replaceFirst("<Control>", "<?fuzz pi?><Control>"));
            }
            case 3 -> {
                name[0] = "unused namespace declaration on the Body";
                return utf8(text.replaceFirst("<SOAP-ENV:Body ", "<SOAP-ENV:Body xmlns:fz=\"urn:fuzz\" "));
            }
            case 4 -> {
                String v = pick(r, List.of("03", "01", "99"));
                name[0] = "majorRelease " + v + " after signing";
                return utf8(
                        text.replaceFirst("<majorRelease>02</majorRelease>", "<majorRelease>" + v + "</majorRelease>"));
            }
            default -> {
                name[0] = "a value changed after signing";
                return utf8(replaceRandom(
                        text,
                        "(<(?:hausnummer|ort|CarrierCode|Meldungscode|postleitzahl)>)[^<]+",
                        "$1" + pick(r, List.of("12", "DEU.OTHR", "8116", "80638")),
                        r));
            }
        }
    }

    /** Envelope-level changes of a signed message (not of its signature). */
    private byte[] mutateUnsigned(byte[] signed, SplittableRandom r, String[] name) {
        Document doc = parse(signed);
        Element envelope = doc.getDocumentElement();
        Element body = child(envelope, "Body");
        switch (r.nextInt(7)) {
            case 0 -> {
                doc.renameNode(envelope, "http://www.w3.org/2003/05/soap-envelope", envelope.getNodeName());
                name[0] = "SOAP 1.2 namespace on the Envelope";
            }
            case 1 -> {
                envelope.insertBefore(body.cloneNode(true), null);
                name[0] = "two SOAP Bodies";
            }
            case 2 -> {
                Element header = child(envelope, "Header");
                if (header != null) {
                    envelope.removeChild(header);
                    envelope.appendChild(header);
                }
                name[0] = "Header after the Body";
            }
            case 3 -> {
                body.appendChild(doc.createElementNS(null, "extra"));
                name[0] = "a second element in the Body";
            }
            case 4 -> {
                doc.renameNode(body, SOAP11, envelope.getPrefix() + ":Bodi");
                name[0] = "Body renamed";
            }
            case 5 -> {
                Element fault = doc.createElementNS(SOAP11, envelope.getPrefix() + ":Fault");
                body.insertBefore(fault, body.getFirstChild());
                name[0] = "a SOAP Fault in the request Body";
            }
            default -> {
                Element wrapper = doc.createElementNS(SOAP11, envelope.getPrefix() + ":Envelope");
                doc.removeChild(envelope);
                wrapper.appendChild(envelope);
                doc.appendChild(wrapper);
                name[0] = "Envelope inside an Envelope";
            }
        }
        return serialize(doc);
    }

    // ------------------------------------------------------------------ templates

    private Template sampleTemplate(String sample) {
        String text = new String(Soap.sample(sample), StandardCharsets.UTF_8)
                .replaceAll("(?s)<wsse:Security.*</wsse:Security>", "")
                .replaceAll("DEU\\.MNET\\.V[0-9A-Z]{9}", "{{MNET.V}}");
        Geschaeftsfall gf = sample.contains("mrn")
                ? Geschaeftsfall.VA_KUE_MRN
                : sample.contains("orn") ? Geschaeftsfall.VA_KUE_ORN : Geschaeftsfall.VA_RRNP;
        return new Template("sample " + sample, text, gf, true);
    }

    private void kftTemplates() {
        WbciCodec codec = new WbciCodec();
        for (Geschaeftsfall gf :
                List.of(Geschaeftsfall.VA_KUE_MRN, Geschaeftsfall.VA_KUE_ORN, Geschaeftsfall.VA_RRNP)) {
            kft(codec, "VA " + gf.code(), KftMessages.va(gf), gf, true);
            kft(codec, "RUEM-VA " + gf.code(), KftMessages.ruemVa(gf), gf, false);
        }
        kft(codec, "RUEM-VA ADAORT", KftMessages.ruemVaWithAdaOrt("Muenchen"), Geschaeftsfall.VA_KUE_MRN, false);
        kft(
                codec,
                "ABBM KNI",
                KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_ORN, Meldungscode.KNI),
                Geschaeftsfall.VA_KUE_ORN,
                false);
        kft(
                codec,
                "ABBM SONST",
                KftMessages.abbmToVa(Geschaeftsfall.VA_RRNP, Meldungscode.SONST),
                Geschaeftsfall.VA_RRNP,
                false);
        kft(codec, "ABBM RNG", KftMessages.abbmRng(), Geschaeftsfall.VA_KUE_MRN, false);
        kft(codec, "AKM-TR MRN", KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN), Geschaeftsfall.VA_KUE_MRN, false);
        kft(codec, "AKM-TR ORN by line ID", KftMessages.akmTrByLineId(), Geschaeftsfall.VA_KUE_ORN, false);
        kft(codec, "ABBM-TR", KftMessages.abbmTr(Meldungscode.LINE_ID_UNBEKANNT), Geschaeftsfall.VA_KUE_MRN, false);
        kft(codec, "TV", KftMessages.tv(), null, false);
        for (StornoArt art : StornoArt.values()) {
            kft(codec, "Storno " + art, KftMessages.storno(art), null, false);
            kft(codec, "ERLM to Storno " + art, KftMessages.erlmToStorno(art), null, false);
            kft(codec, "ABBM to Storno " + art, KftMessages.abbmToStorno(art), null, false);
        }
        kft(codec, "ERLM to TV", KftMessages.erlmToTv(), null, false);
        kft(codec, "ABBM to TV", KftMessages.abbmToTv(), null, false);
    }

    /**
     * The fixture as the partner sends it: whichever of DEU.PRTN/DEU.GWAY is its Absender becomes the partner, the
     * other one this gateway; IDs become placeholders; the dates move to the endpoint context's 2013 calendar.
     */
    private void kft(WbciCodec codec, String name, WbciMessage message, Geschaeftsfall gf, boolean createsVa) {
        String text = new String(
                codec.writeMessageSoap(new Envelope<>(KftMessages.control(), message)), StandardCharsets.UTF_8);
        boolean partnerIsAuf = message.absender().equals(KftMessages.AUF);
        String partnerCode = partnerIsAuf ? KftMessages.AUF.value() : KftMessages.ABG.value();
        String selfCode = partnerIsAuf ? KftMessages.ABG.value() : KftMessages.AUF.value();
        text = text.replace(partnerCode, "@@PARTNER@@")
                .replace(selfCode, "@@SELF@@")
                .replaceAll("@@PARTNER@@\\.([VTS])KFT\\d{6}", "{{MNET.$1}}")
                .replaceAll("@@SELF@@\\.([VTS])KFT\\d{6}", "{{DTAG.$1}}")
                .replace("@@PARTNER@@", partner)
                .replace("@@SELF@@", self)
                .replace("2026-12-16", "2013-08-06")
                .replace("2026-12-29", "2013-08-13");
        templates.add(new Template("KFT " + name, text, gf, createsVa));
    }

    /** Fills the ID placeholders: a fresh ID (unique per message), or one of a Vorabstimmung that exists. */
    private String instantiate(Template t, long i, SplittableRandom r, Map<String, String> ids) {
        Matcher m = PLACEHOLDER.matcher(t.soap());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1) + "." + m.group(2);
            String id = ids.computeIfAbsent(key, k -> {
                String carrier = "MNET".equals(m.group(1)) ? partner : self;
                if ("V".equals(m.group(2)) && !t.createsVa() && r.nextInt(10) < 7) {
                    List<String> known = knownIds.get(key + ":" + (t.gf() == null || r.nextInt(4) == 0 ? "*" : t.gf()));
                    if (known != null && !known.isEmpty()) {
                        return known.get(r.nextInt(known.size()));
                    }
                }
                return carrier + "." + m.group(2) + "F" + String.format("%08d", i % 100_000_000);
            });
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A signed instance of the template, kept for the mutations after signing (re-made now and then). */
    private byte[] signedBase(Template t, long i, SplittableRandom r, Map<String, String> ids) {
        byte[] cached = signedBases.get(t.name());
        if (cached == null || r.nextInt(10) == 0) {
            cached = sign(parse(instantiate(t, i, r, ids)));
            signedBases.put(t.name(), cached);
        }
        return cached;
    }

    private Template templateByName(String name) {
        for (Template t : templates) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    // ------------------------------------------------------------------ XML helpers

    private byte[] sign(Document doc) {
        NodeList headers = doc.getElementsByTagNameNS(WSSE, "Security");
        for (int k = headers.getLength() - 1; k >= 0; k--) {
            headers.item(k).getParentNode().removeChild(headers.item(k));
        }
        try {
            return HardenedXml.serialize(partnerSigner.sign(doc));
        } catch (RuntimeException e) {
            // WSS4J cannot sign what a mutation made of the envelope: the message goes out unsigned
            return serialize(doc);
        }
    }

    private Document parse(String xml) {
        try {
            dom.reset();
            return dom.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("template is not well-formed: " + e.getMessage(), e);
        }
    }

    private Document parse(byte[] xml) {
        try {
            dom.reset();
            return dom.parse(new java.io.ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("signed message is not well-formed: " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document doc) {
        return HardenedXml.serialize(doc);
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element payloadRoot(Document doc) {
        Element body = child(doc.getDocumentElement(), "Body");
        return firstChildElement(body);
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        all.remove(root);
        return all;
    }

    private static void collect(Element e, List<Element> into) {
        into.add(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collect(c, into);
            }
        }
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Node n = e; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element nextSiblingElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element s) {
                return s;
            }
        }
        return null;
    }

    private static void declare(Element e, String prefix, String ns) {
        NamedNodeMap attributes = e.getAttributes();
        Attr existing = (Attr) attributes.getNamedItemNS(XMLNS, prefix);
        if (existing == null) {
            e.setAttributeNS(XMLNS, "xmlns:" + prefix, ns);
        }
    }

    private String alterBase64(String value, SplittableRandom r) {
        String v = value.strip();
        if (v.isEmpty()) {
            return "AAAA";
        }
        int at = r.nextInt(v.length());
        char c = v.charAt(at) == 'A' ? 'B' : 'A';
        return v.substring(0, at) + c + v.substring(at + 1);
    }

    private static String replaceRandom(String text, String regex, String replacement, SplittableRandom r) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
        if (hits.isEmpty()) {
            return text;
        }
        int[] hit = hits.get(r.nextInt(hits.size()));
        String part = text.substring(hit[0], hit[1]).replaceFirst(regex, replacement);
        return text.substring(0, hit[0]) + part + text.substring(hit[1]);
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int k = 2; k <= 9; k++) {
            dtd.append("<!ENTITY lol")
                    .append(k)
                    .append(" \"")
                    .append(("&lol" + (k - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.append("]>").toString();
    }

    /** The billion-laughs DTD (10^9 "lol"s from under 1 KB) in front of a message whose ort references it. */
    public String entityBomb() {
        String soap = instantiate(templates.get(1), 0, new SplittableRandom(seed), new HashMap<>());
        return billionLaughs()
                + soap.substring(soap.indexOf("<SOAP-ENV:Envelope"))
                        .replaceFirst("<ort>[^<]*</ort>", "<ort>&lol9;</ort>");
    }

    /** A message whose ort is an external entity pointing at {@code systemId}; signed, in case a parser gets far. */
    public String externalEntity(String systemId) {
        String soap = instantiate(templates.get(1), 0, new SplittableRandom(seed), new HashMap<>());
        String signed = new String(sign(parse(soap)), StandardCharsets.UTF_8);
        return "<?xml version=\"1.0\"?><!DOCTYPE SOAP-ENV:Envelope [<!ENTITY x SYSTEM \"" + systemId + "\">]>"
                + signed.replaceFirst("^<\\?xml[^>]*\\?>", "").replaceFirst("<ort>[^<]*</ort>", "<ort>&x;</ort>");
    }

    /** A valid signed VA-KUE-ORN (sample) as the first bytes of an endless body: its head, for the size test. */
    public byte[] validHead() {
        String soap = instantiate(templates.get(1), 0, new SplittableRandom(seed), new HashMap<>());
        String text = new String(sign(parse(soap)), StandardCharsets.UTF_8);
        return utf8(text.substring(0, text.indexOf("<Control>")) + "<!--");
    }

    private static byte[] encoded(String carrier) {
        try {
            return TestKeys.key(carrier).certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, 0, b);
    }

    private static int indexOf(byte[] b, String ascii) {
        int at = new String(b, StandardCharsets.ISO_8859_1).indexOf(ascii);
        return Math.max(0, at);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String abbreviate(String value) {
        String v = escape(value);
        return v.length() > 40 ? v.substring(0, 20) + "…(" + value.length() + " chars)" : "'" + v + "'";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0xFEFF || c == 0x200B) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
