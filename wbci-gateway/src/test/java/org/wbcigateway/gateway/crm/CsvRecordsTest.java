package org.wbcigateway.gateway.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 4180 as the contract import reads it, with the line each record starts on for error reports. */
class CsvRecordsTest {

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndQuotesAndBlankLinesAreSkipped() {
        CsvRecords records = new CsvRecords("id;name\r\n\r\nA-1;\"Müller; \"\"Max\"\"\nzweite Zeile\"\nA-2;x\n", ';');
        assertThat(records.next()).containsExactly("id", "name");
        assertThat(records.recordLine()).isEqualTo(1);
        assertThat(records.next()).containsExactly("A-1", "Müller; \"Max\"\nzweite Zeile");
        assertThat(records.recordLine()).isEqualTo(3);
        assertThat(records.next()).containsExactly("A-2", "x");
        assertThat(records.recordLine()).as("after a record over two lines").isEqualTo(5);
        assertThat(records.next()).isNull();
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingWhereReadingStopped() {
        CsvRecords records = new CsvRecords("id,name\nA-1,\"open\n", ',');
        records.next();
        assertThatThrownBy(records::next)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after line 1")
                .hasMessageContaining("not closed");
    }
}
