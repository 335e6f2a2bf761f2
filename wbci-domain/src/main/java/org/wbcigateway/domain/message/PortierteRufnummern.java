package org.wbcigateway.domain.message;

/** The numbers confirmed in a RUEM-VA, each with the EKPabg's Portierungskennung (PKIabg). */
public sealed interface PortierteRufnummern permits PortierteEinzelrufnummern, PortierteRufnummernbloecke {}
