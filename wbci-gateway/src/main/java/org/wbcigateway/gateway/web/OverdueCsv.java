package org.wbcigateway.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The download of what a partner owes us (the CSV the REST API and the console both offer). */
public final class OverdueCsv {

    private OverdueCsv() {}

    public static ResponseEntity<String> response(String partner, String csv) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue-" + partner + ".csv\"")
                .body(csv);
    }
}
