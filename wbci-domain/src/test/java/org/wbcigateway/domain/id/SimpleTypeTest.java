package org.wbcigateway.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Portierungszeitfenster;

/** Every simple type of spec §5.2: valid edge values pass, invalid ones are refused naming the type. */
class SimpleTypeTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        SimpleType.CARRIER_CODE,
                        List.of("DEU.DTAG", "DEU.A", "D2A.123456"),
                        List.of("DEU.dtag", "DE.DTAG", "DEU.ABCDEFG", "DEU-DTAG")),
                row(
                        SimpleType.VORABSTIMMUNGS_ID,
                        List.of("DEU.MNET.V000000004"),
                        List.of("DEU.MNET.T000000004", "DEU.MNET.V00000004", "DEU.MNET.v000000004")),
                row(
                        SimpleType.AENDERUNGS_ID,
                        List.of("DEU.MNET.T000000001"),
                        List.of("DEU.MNET.V000000001", "DEU.MNET.T0000000011")),
                row(
                        SimpleType.STORNO_ID,
                        List.of("DEU.DTAG.S000000007"),
                        List.of("DEU.DTAG.T000000007", "DEU.DTAG.S00000000a")),
                row(
                        SimpleType.LINE_ID,
                        List.of("DEU.EKP1.1754639821", "DEU.A.B"),
                        List.of("DEU.EKP1.17546398211", "DEU.EKP1", "DEU.EKP1.abc")),
                row(SimpleType.RUFNUMMER, List.of("1", "12345678901234"), List.of("", "123456789012345", "12a")),
                row(SimpleType.ONKZ, List.of("89", "30", "33203"), List.of("089", "8", "123456")),
                row(SimpleType.DURCHWAHLNUMMER, List.of("547084", "0", "12345678"), List.of("123456789", "")),
                row(SimpleType.ABFRAGESTELLE, List.of("0", "123456"), List.of("1234567", "x")),
                row(SimpleType.RNR_BLOCK_VON, List.of("0", "00", "5", "300000"), List.of("01", "0000000", "")),
                row(SimpleType.RNR_BLOCK_BIS, List.of("9", "49", "99", "599999"), List.of("98", "9999999", "")),
                row(SimpleType.PORTIERUNGSKENNUNG, List.of("D052", "DFFF"), List.of("D05", "d052", "E052", "D0G2")),
                row(SimpleType.HAUSNUMMER, List.of("1", "9999"), List.of("12345", "11a", "")),
                row(SimpleType.POSTLEITZAHL, List.of("80637", "01067"), List.of("8063", "806371", "8063a")),
                row(SimpleType.RELEASE, List.of("02", "00", "99"), List.of("2", "002", "a2")),
                row(SimpleType.SERIAL, List.of("fc21b78feb81ebf3", "4B28C45E"), List.of("", "xyz", "4b 28")),
                row(
                        SimpleType.TECHNOLOGIE,
                        List.of("001 TAL ISDN", "012 FTTC", "014 "),
                        List.of("FTTC", "01 FTTC", "001 " + "x".repeat(22))),
                row(SimpleType.VERTRAGSNUMMER, List.of("V123456", "1234567890"), List.of("", "12345678901")),
                row(SimpleType.IDENTIFIZIERER, List.of("I123456", "x".repeat(20)), List.of("", "x".repeat(21))),
                row(SimpleType.VORNAME, List.of("John", "Ærø ÿ"), List.of("", "x".repeat(31), "Jo\nhn", "A×B")),
                row(SimpleType.NACHNAME, List.of("McFly", " K.d.ö.R."), List.of("", "x".repeat(31), "€uro")),
                row(SimpleType.FIRMENNAME, List.of("Bezirksjugendring Oberbayern"), List.of("", "x".repeat(31), "A÷B")),
                row(SimpleType.FIRMENNAME_ZWEITER_TEIL, List.of(" K.d.ö.R."), List.of("", "x".repeat(31))),
                row(
                        SimpleType.STRASSENNAME,
                        List.of("Emmy-Noether-Straße", "x".repeat(40)),
                        List.of("", "x".repeat(41), "Straße\t1")),
                row(SimpleType.HAUSNUMMERN_ZUSATZ, List.of("a", "123456"), List.of("", "1234567")),
                row(SimpleType.ORT, List.of("München", "x".repeat(40)), List.of("", "x".repeat(41), "Łódź")),
                row(SimpleType.PROJEKTKENNER, List.of("KFT-1.2.07", "x".repeat(30)), List.of("", "x".repeat(31))),
                row(SimpleType.KOPPLUNGSKENNER, List.of("K1"), List.of("", "x".repeat(31))),
                row(SimpleType.MELDUNGSTEXT, List.of("OK", "x".repeat(255)), List.of("", "x".repeat(256), "a\nb")),
                row(
                        SimpleType.SIGNATUR_ISSUER,
                        List.of("EMAILADDRESS=wita@m-net.de, CN=wita.m-net.de, C=DE"),
                        List.of("", "CN=\u4e2d")),
                row(
                        SimpleType.BEGRUENDUNG,
                        List.of("Storno", "Zeile 1\r\nZeile 2"),
                        List.of("", "x".repeat(256), "tab\there")),
                row(SimpleType.STORNOGRUND, List.of("Sag ich nicht", "a\nb"), List.of("", "x".repeat(256), "\u0000")));
    }

    private static Arguments row(SimpleType type, List<String> valid, List<String> invalid) {
        return Arguments.of(type, valid, invalid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void validPassInvalidAreRefused(SimpleType type, List<String> valid, List<String> invalid) {
        valid.forEach(v -> assertThat(type.require(v)).as(type + " " + v).isEqualTo(v));
        invalid.forEach(v -> assertThatThrownBy(() -> type.require(v))
                .as(type + " '" + v + "'")
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(type.name())
                .satisfies(e -> assertThat(((InvalidValueException) e).type()).isEqualTo(type)));
        assertThatThrownBy(() -> type.require(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void everySimpleTypeIsInTheTable() {
        Set<SimpleType> tested = table().map(a -> (SimpleType) a.get()[0]).collect(Collectors.toSet());
        assertThat(EnumSet.complementOf(EnumSet.copyOf(tested))).isEmpty();
    }

    @Test
    void valueTypesRefuseInvalidValues() {
        assertThatThrownBy(() -> CarrierCode.of("deu.dtag")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VorabstimmungsId.of("DEU.MNET.X000000004")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AenderungsId.of("DEU.MNET.V000000004")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> StornoId.of("DEU.MNET.S00000004")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LineId.of("DEU.EKP1.")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Portierungskennung.of("D05")).isInstanceOf(InvalidValueException.class);
        assertThat(VorabstimmungsId.of("DEU.MNET.V000000004").issuer()).isEqualTo(CarrierCode.of("DEU.MNET"));
        assertThat(StornoId.of("DEU.A.S000000001").issuer()).isEqualTo(CarrierCode.of("DEU.A"));
    }

    @Test
    void enumerationsRefuseUnknownValues() {
        assertThat(Arrays.stream(Geschaeftsfall.values()).map(Geschaeftsfall::code))
                .containsExactly("VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP", "STR-AUF", "STR-AEN", "TVS-VA");
        assertThatThrownBy(() -> Geschaeftsfall.fromCode("STR-AUFH")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anrede.fromCode("3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Portierungszeitfenster.valueOf("ZF4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @SuppressWarnings("AlwaysThrows") // the failing parses are the point: they show what a Termin refuses
    void terminIsADateWithoutTimeZone() {
        assertThat(LocalDate.parse("2013-10-01")).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThatThrownBy(() -> LocalDate.parse("2013-10-01+02:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> LocalDate.parse("2013-02-30")).isInstanceOf(DateTimeParseException.class);
    }
}
