package org.wbcigateway.domain.message;

/** The numbers of a line in a VA: an Einzelanschluss with single numbers, or an Anlagenanschluss with blocks. */
public sealed interface Rufnummern permits Einzelanschluss, Anlagenanschluss {}
