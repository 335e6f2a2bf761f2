package org.wbcigateway.simulator.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something the simulator does on its own initiative, in order: send a message, or wait for one.
 *
 * @param send      {@code VA-KUE-MRN}, {@code VA-KUE-ORN}, {@code VA-RRNP}, {@code TV}, {@code STR-AUFH-AUF},
 *                  {@code STR-AEN-AUF}, {@code STR-AUFH-ABG}, {@code STR-AEN-ABG}, {@code AKM-TR}, {@code RAW} (the
 *                  file as is, re-signed), {@code DUPLICATE} (the last message sent, byte for byte), or {@code WAIT}
 *                  (until a message of type {@code await} arrives for the Vorabstimmung)
 * @param vaId      the VA's own ID (VA) or the referenced one (others); default: a new ID (VA), the last VA (others).
 *                  Naming a VA nobody knows is how an unknown reference is sent.
 * @param id        the AenderungsId / StornoId to create (default: a new one)
 * @param set       data changes against the standard data set, see {@code KftData.Overrides}
 * @param file      RAW: path of a SOAP message
 * @param await     WAIT: the awaited type, e.g. {@code RUEM-VA}
 * @param delayMs   wait this long before the step
 * @param signature {@code VALID} (default), {@code NONE} (unsigned) or {@code FOREIGN} (signed with a key nobody
 *                  registered)
 */
public record Step(
        String send,
        String vaId,
        String id,
        Map<String, String> set,
        String file,
        String await,
        Long delayMs,
        String signature) {

    public Step {
        set = set == null ? Map.of() : new LinkedHashMap<>(set);
    }

    public static Step send(String type) {
        return new Step(type, null, null, null, null, null, null, null);
    }

    public Step vaId(String value) {
        return new Step(send, value, id, set, file, await, delayMs, signature);
    }

    public Step id(String value) {
        return new Step(send, vaId, value, set, file, await, delayMs, signature);
    }

    public Step set(String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(set);
        all.put(key, value);
        return new Step(send, vaId, id, all, file, await, delayMs, signature);
    }

    public Step signature(String value) {
        return new Step(send, vaId, id, set, file, await, delayMs, value);
    }

    public static Step await(String type) {
        return new Step("WAIT", null, null, null, null, type, null, null);
    }

    public long delay() {
        return delayMs == null ? 0 : delayMs;
    }
}
