package org.wbcigateway.gateway.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A value too long for its column is told apart by its SQLState (22001) anywhere in the cause chain. */
class ValueTooLongTest {

    @Test
    void recognisesStringDataRightTruncationOnly() {
        assertThat(ValueTooLong.is(new DataIntegrityViolationException(
                        "insert", new SQLException("value too long for type character varying(64)", "22001"))))
                .isTrue();
        assertThat(ValueTooLong.is(new SQLException("Value too long for column", "22001")))
                .isTrue();
        assertThat(ValueTooLong.is(
                        new DataIntegrityViolationException("insert", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(ValueTooLong.is(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
