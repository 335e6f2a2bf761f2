-- What the operator console searches Vorabstimmungen by, taken from the VA when it is stored (either role): the names
-- of the line holders, and every phone number as a range of national digits without the leading 0 (a single number:
-- from = to; a block of an Anlagenanschluss: Kopfnummer + von .. Kopfnummer + bis, of equal length).
CREATE TABLE vorabstimmung_search (
    va_id     VARCHAR(24)  PRIMARY KEY,
    customer  VARCHAR(1000) NOT NULL
);

CREATE TABLE vorabstimmung_number (
    va_id        VARCHAR(24) NOT NULL,
    number_from  VARCHAR(24) NOT NULL,
    number_to    VARCHAR(24) NOT NULL
);
CREATE INDEX vorabstimmung_number_from ON vorabstimmung_number (number_from);
CREATE INDEX vorabstimmung_number_va ON vorabstimmung_number (va_id);
