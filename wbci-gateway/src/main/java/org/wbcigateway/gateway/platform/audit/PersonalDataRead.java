package org.wbcigateway.gateway.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request handler (API or console) whose answer shows personal data of line holders: each answer it gives is
 * audited ({@link PersonalDataReadAudit}), so that the provider can say who looked at whose data (DSGVO Art. 5(2),
 * 15). Every GET handler is either marked so or listed as showing none ({@code PersonalDataReadAuditTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalDataRead {

    /**
     * Request parameters that name what is read by an ID (a VA-ID, a contract id) where no path variable does: the
     * first one given is the audit line's target. Never a parameter that is itself personal data (a name, a number).
     */
    String[] targetParameters() default {};
}
