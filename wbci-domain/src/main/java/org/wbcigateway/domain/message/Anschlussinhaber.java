package org.wbcigateway.domain.message;

/** The Endkunde or one of the WeitereAnschlussinhaber: a person or a company (spec §5.1). */
public sealed interface Anschlussinhaber permits Person, Firma {

    Anrede anrede();
}
