package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import javax.xml.validation.ValidatorHandler;
import org.wbcigateway.wire.WireException.Kind;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The schema check and the unmarshaller one thread reuses for the payload of every message it reads: the events
 * pass the schema's validator, then JAXB. Building a validator costs more than validating a message (a schema
 * loader and its symbol tables per instance), and JAXB's own schema support builds one per message. The first
 * schema error stops the payload; {@link #invalid(Exception)} describes it with its line and column. Not thread-safe.
 */
final class PayloadReader {

    private final ValidatorHandler validator = WireContract.schema().newValidatorHandler();
    private final Unmarshaller unmarshaller;
    private final FirstError firstError = new FirstError();
    private UnmarshallerHandler jaxb;

    PayloadReader() {
        try {
            unmarshaller = WireContract.jaxbContext().createUnmarshaller();
            unmarshaller.setEventHandler(firstError);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create an unmarshaller", e);
        }
        validator.setErrorHandler(firstError);
    }

    /** The handler for the next payload. */
    ContentHandler start() {
        firstError.clear();
        jaxb = unmarshaller.getUnmarshallerHandler();
        validator.setContentHandler(jaxb);
        return validator;
    }

    /** The JAXB root of the payload just read. */
    Object result() throws JAXBException {
        return jaxb.getResult();
    }

    /** The first schema error (or what else stopped the payload) as TEQ 0995. */
    WireException invalid(Exception cause) {
        String detail = firstError.describe();
        return new WireException(
                Kind.SCHEMA_INVALID,
                detail != null ? detail : "cannot unmarshal the message: " + cause.getMessage(),
                cause);
    }

    /** Lets go of the message: the thread keeps the reader, not what it read last. */
    void release() {
        jaxb = null;
        validator.setContentHandler(null);
    }

    static String position(int line, int column) {
        return line < 0 ? "" : "line " + line + ", column " + column + ": ";
    }

    /** Keeps the first error of the validator or of JAXB and stops there; warnings are ignored. */
    private static final class FirstError implements ErrorHandler, ValidationEventHandler {
        private String first;

        void clear() {
            first = null;
        }

        String describe() {
            return first;
        }

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            keep(position(e.getLineNumber(), e.getColumnNumber()) + e.getMessage());
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            error(e);
        }

        @Override
        public boolean handleEvent(ValidationEvent e) {
            if (e.getSeverity() == ValidationEvent.WARNING) {
                return true;
            }
            ValidationEventLocator locator = e.getLocator();
            keep((locator == null ? "" : position(locator.getLineNumber(), locator.getColumnNumber()))
                    + e.getMessage());
            return false;
        }

        private void keep(String description) {
            if (first == null) {
                first = description;
            }
        }
    }
}
