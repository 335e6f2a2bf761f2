package org.wbcigateway.domain.message;

/** Porting time window: ZF1 06–08 h, ZF2 06–12 h (standard), ZF3 free. */
public enum Portierungszeitfenster {
    ZF1,
    ZF2,
    ZF3
}
