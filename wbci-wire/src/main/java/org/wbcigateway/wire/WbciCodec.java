package org.wbcigateway.wire;

import org.w3c.dom.Document;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.mapping.WireMapper;

/**
 * Bytes on the wire ⇄ domain envelopes in one step: hardened read, version check, schema validation and mapping on
 * the way in; mapping, schema validation and serialisation on the way out. Thread-safe.
 */
public final class WbciCodec {

    private final WireReader reader;
    private final WireWriter writer;
    private final WireMapper mapper = new WireMapper();

    public WbciCodec() {
        this(new WireReader(), new WireWriter());
    }

    public WbciCodec(WireReader reader, WireWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** A request (SOAP envelope or bare payload) as a domain envelope; any fault is a {@link WireException}. */
    public Envelope<WbciMessage> readMessage(byte[] bytes) {
        return mapper.message(reader.read(bytes));
    }

    /** A TEQ response (SOAP envelope or bare payload). */
    public Envelope<Quittung> readQuittung(byte[] bytes) {
        return mapper.quittung(reader.read(bytes));
    }

    /** A request already read by {@link WireReader#parse(byte[])}, mapped without reading it again. */
    public Envelope<WbciMessage> readMessage(InboundMessage message) {
        return mapper.message(message.root());
    }

    /** A TEQ already read by {@link WireReader#parse(byte[])}. */
    public Envelope<Quittung> readQuittung(InboundMessage message) {
        return mapper.quittung(message.root());
    }

    /** The payload root element of a request, schema-valid, as UTF-8 bytes. */
    public byte[] writeMessage(Envelope<? extends WbciMessage> envelope) {
        return writer.write(mapper.request(envelope));
    }

    /** A TEQ answering a request ({@code answersAnfrage}: VA, TV or Storno) or a Meldung. */
    public byte[] writeQuittung(Envelope<Quittung> envelope, boolean answersAnfrage) {
        return writer.write(mapper.response(envelope, answersAnfrage));
    }

    /** A request in a SOAP 1.1 envelope, as it goes on the wire (no security header yet). */
    public byte[] writeMessageSoap(Envelope<? extends WbciMessage> envelope) {
        return writer.writeSoap(mapper.request(envelope));
    }

    /** A request in a SOAP 1.1 envelope as a DOM document, for the signer to sign and write once. */
    public Document messageSoap(Envelope<? extends WbciMessage> envelope) {
        return writer.toSoapDocument(mapper.request(envelope));
    }

    /** A TEQ ({@code answersAnfrage}: to a VA, TV or Storno) in a SOAP 1.1 envelope, for the signer. */
    public Document quittungSoap(Envelope<Quittung> envelope, boolean answersAnfrage) {
        return writer.toSoapDocument(mapper.response(envelope, answersAnfrage));
    }

    public WireReader reader() {
        return reader;
    }

    public WireMapper mapper() {
        return mapper;
    }
}
