#!/usr/bin/env bash
# Makes the databases of a 0.14.0 installation that ReleasedDatabaseUpgradeTest upgrades: real data written by
# the released jar through its own API, not rows planted by SQL. Writes, next to this script:
#
#   gateway.mv.db.gz   the embedded default (H2 file ./data/gateway.mv.db of DEU.AAAA), gzipped
#   legacy014.sql.gz   the same scenario on PostgreSQL: `pg_dump --schema=legacy014 --no-owner --no-privileges
#                      --column-inserts` (plain SQL, one INSERT per row), gzipped
#
# Usage (from anywhere in a clone that has the tag v0.14.0):
#
#   wbci-gateway/src/test/resources/legacy/0.14.0/make-fixture.sh
#
# It builds the 0.14.0 jar in a temporary git worktree (`mvn -o -DskipTests package`; OFFLINE= drops -o), or uses
# JAR=/path/to/wbci-gateway.jar (built from v0.14.0). Needs JDK 17, curl, jq, openssl, gzip, and for the second run
# PostgreSQL on 127.0.0.1:5432 (user postgres, trust authentication, database test; psql and pg_dump): the schema
# legacy014 is dropped and made anew there. PORT (18480) and PORT+1 must be free. Takes a few minutes.
#
# The scenario, run once per database with DEU.AAAA (whose database is the fixture) and a second 0.14.0 gateway
# DEU.BBBB on an H2 file of its own, both on the README's fixed business date and deciding by hand (review queue):
#  1. DEU.BBBB starts; DEU.AAAA starts with DEU.BBBB configured (wbci.partners, its certificate from a file:
#     a CONFIGURATION partner and certificate); DEU.BBBB registers DEU.AAAA's certificate through its API.
#  2. DEU.AAAA adds DEU.CCCC through the API (PUT /api/partners, a DIRECTORY partner) with a self-signed
#     certificate (POST .../certificates) and an unreachable endpoint.
#  3. DEU.AAAA imports three contracts by CSV (POST /api/crm/import): a won one (NEW-1001), an active one
#     (OLD-2001) and one rejected (bad Anrede): import_job, import_rejection, crm_* rows.
#  4. DEU.AAAA starts the switch of NEW-1001 (with an Idempotency-Key): a VA-KUE-MRN to DEU.BBBB, which agrees
#     from its review queue (RUEM-VA 8001); DEU.AAAA sends the AKM-TR, DEU.BBBB confirms it.
#  5. DEU.BBBB sends DEU.AAAA a VA-KUE-ORN that stays in DEU.AAAA's review queue.
#  6. DEU.AAAA sends DEU.CCCC a VA-RRNP that nobody answers: a dead letter after two attempts.
#  7. An unsigned SOAP message to DEU.AAAA: refused with a TEQ (inbound_refusal), and a failed console login.
#  8. The consumer crm reads DEU.AAAA's event feed and acknowledges all but the last event (event_consumer).
#  9. Both stop (SIGTERM: H2 closes its file).
# Every API call is audited (audit_log). Keys, certificates and passwords of the run are not in the fixtures
# (development keys and initial credentials stay in the temporary directory), except partners' certificates.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(git -C "$HERE" rev-parse --show-toplevel)
PORT=${PORT:-18480}
A_PORT=$PORT
B_PORT=$((PORT + 1))
PG_SCHEMA=legacy014
CLOCK=2026-11-25T10:00:00+01:00
WORK=$(mktemp -d)
PIDS=()
export PGOPTIONS='-c client_min_messages=warning'

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ -n ${TAG_TREE:-} ]]; then git -C "$ROOT" worktree remove --force "$TAG_TREE"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "make-fixture: $*" >&2; }

# until CMD succeeds, at most $1 seconds
await() {
    local limit=$1 start=$SECONDS
    shift
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS - start > limit)); then
            log "gave up waiting for: $*"
            exit 1
        fi
        sleep 0.5
    done
}

for p in "$A_PORT" "$B_PORT"; do
    if curl -s -o /dev/null "localhost:$p"; then
        log "port $p is in use; set PORT"
        exit 1
    fi
done

if [[ -z ${JAR:-} ]]; then
    TAG_TREE=$WORK/v0.14.0
    git -C "$ROOT" worktree add --detach "$TAG_TREE" v0.14.0 >&2
    log "building 0.14.0"
    (cd "$TAG_TREE" && mvn -B -q ${OFFLINE--o} -DskipTests package >&2)
    JAR=$TAG_TREE/wbci-gateway/target/wbci-gateway.jar
fi
JAR=$(realpath "$JAR")
unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q '^Implementation-Version: 0.14.0' || {
    log "$JAR is not the 0.14.0 gateway"
    exit 1
}

# the gateway $1 (carrier code) in directory $2 on port $3, further arguments appended
start() {
    local code=$1 dir=$2 port=$3
    shift 3
    mkdir -p "$dir"
    (cd "$dir" && exec java -Xmx384m -jar "$JAR" --server.port="$port" --wbci.carrier-code="$code" \
        --wbci.decision.mode=REVIEW --wbci.fixed-clock="$CLOCK" --wbci.outbox.max-attempts=2 \
        --wbci.outbox.initial-backoff=200ms "$@" >"$dir/gateway.log" 2>&1) &
    PIDS+=($!)
    await 180 curl -sf "localhost:$port/actuator/health/readiness"
}

stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    PIDS=()
}

token() { grep api-token "$1/data/$2-initial-credentials.properties" | cut -d= -f2; }

# curl with the token $1 against port $2, path $3, further curl arguments appended; fails on an HTTP error
api() {
    local t=$1 port=$2 path=$3
    shift 3
    local out
    if ! out=$(curl -sS --fail-with-body -H "Authorization: Bearer $t" "$@" "localhost:$port$path"); then
        log "$path: $out"
        return 1
    fi
    printf '%s\n' "$out"
}

json() { api "$@" -H 'Content-Type: application/json'; }

va_phase_is() { api "$1" "$2" "/api/vorabstimmungen/$3" | jq -e --arg p "$4" '.phase == $p'; }
in_review() { api "$1" "$2" /api/review | jq -e --arg va "$3" 'any(.vorabstimmungsId == $va)'; }

# the scenario above; A's database is given by the arguments (none: the embedded default)
scenario() {
    local run=$1
    shift
    local adir=$WORK/$run/aaaa bdir=$WORK/$run/bbbb
    log "$run: starting DEU.BBBB and DEU.AAAA"
    start DEU.BBBB "$bdir" "$B_PORT" --wbci.portierungskennung=D0BB \
        "--wbci.partners.[DEU.AAAA].endpoint=http://localhost:$A_PORT/wbci/v2"
    curl -sSf "localhost:$B_PORT/api/certificates/own" >"$WORK/$run/DEU.BBBB.pem"
    start DEU.AAAA "$adir" "$A_PORT" --wbci.portierungskennung=D0AA \
        "--wbci.partners.[DEU.BBBB].endpoint=http://localhost:$B_PORT/wbci/v2" \
        "--wbci.partners.[DEU.BBBB].certificate=$WORK/$run/DEU.BBBB.pem" "$@"
    local A B
    A=$(token "$adir" DEU.AAAA)
    B=$(token "$bdir" DEU.BBBB)
    curl -sSf "localhost:$A_PORT/api/certificates/own" |
        api "$B" "$B_PORT" /api/partners/DEU.AAAA/certificates -H 'Content-Type: application/x-pem-file' \
            --data-binary @- >/dev/null

    log "$run: partner DEU.CCCC through the API"
    json "$A" "$A_PORT" /api/partners/DEU.CCCC -X PUT \
        -d '{"endpoint": "http://127.0.0.1:9/wbci/v2", "bundesland": "BE", "forbidRsaSha1": true}' >/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/$run/cccc.key" -out "$WORK/$run/DEU.CCCC.pem" \
        -days 3650 -subj '/O=DEU.CCCC/CN=DEU.CCCC' 2>/dev/null
    api "$A" "$A_PORT" /api/partners/DEU.CCCC/certificates -H 'Content-Type: application/x-pem-file' \
        --data-binary @"$WORK/$run/DEU.CCCC.pem" >/dev/null

    log "$run: contract import"
    local job
    job=$(api "$A" "$A_PORT" /api/crm/import -H 'Content-Type: text/csv; charset=UTF-8' -D - -o /dev/null \
        --data-binary @- <<'CSV' | tr -d '\r' | sed -n 's|^[Ll]ocation: ||p'
id;status;anrede;vorname;nachname;strassenname;hausnummer;hausnummernZusatz;postleitzahl;ort;anlagenanschluss;bloecke;rufnummern;vertragsnummer;technologie;startDate;minimumTermMonths;noticePeriodMonths;earliestEnd;previousCarrier;desiredDate;portNumbers;weitererInhaberAnrede;weitererInhaberVorname;weitererInhaberNachname
NEW-1001;NEW;1;John;McFly;Emmy-Noether-Straße;2;a;80992;München;89/123456/0;00-99;;;;;;;;DEU.BBBB;2026-12-16;true;2;Kate;McFly
OLD-2001;ACTIVE;2;Lorraine;Baines;Hauptstraße;4;;10115;Berlin;;;30/5550001 30/5550002;V200001;001 TAL ISDN;2024-01-15;24;1;2026-12-01;;;;;;
BAD-3001;ACTIVE;7;Biff;Tannen;;;;;;;;30/5550003;;;;;;;;;;;;
CSV
    )
    await 60 bash -c "curl -sf -H 'Authorization: Bearer $A' localhost:$A_PORT$job | jq -e '.state == \"DONE\"'"

    log "$run: VA-KUE-MRN DEU.AAAA -> DEU.BBBB, RUEM-VA, AKM-TR"
    local va
    va=$(json "$A" "$A_PORT" /api/crm/contracts/NEW-1001/switch -X POST -H 'Idempotency-Key: fixture-switch-1' |
        jq -r .vorabstimmungsId)
    await 60 in_review "$B" "$B_PORT" "$va"
    json "$B" "$B_PORT" "/api/vorabstimmungen/$va/ruem-va" -d '{"positionen": [{"meldungscode": "8001"}],
        "wechseltermin": "2026-12-16", "technologie": "001 TAL ISDN",
        "ressourcen": [{"vertragsnummer": "V123456", "kennungTNBabg": "D001"}]}' >/dev/null
    await 60 va_phase_is "$A" "$A_PORT" "$va" AGREED
    json "$A" "$A_PORT" "/api/vorabstimmungen/$va/akm-tr" -d '{"ressourcenuebernahme": true,
        "uebernahmeLeitungen": [{"vertragsnummer": "V123456"}], "sichererHafen": true}' >/dev/null
    await 60 bash -c "curl -sf -H 'Authorization: Bearer $B' localhost:$B_PORT/api/vorabstimmungen/$va |
        jq -e '.akmTr == \"CONFIRMED\"'"

    log "$run: VA-KUE-ORN DEU.BBBB -> DEU.AAAA into the review queue"
    local incoming
    incoming=$(json "$B" "$B_PORT" /api/vorabstimmungen -d '{"geschaeftsfall": "VA-KUE-ORN", "ekpAbg": "DEU.AAAA",
        "kundenwunschtermin": "2026-12-16",
        "endkunde": {"person": {"anrede": "2", "vorname": "Lorraine", "nachname": "Baines"}},
        "standort": {"strassenname": "Hauptstraße", "hausnummer": "4", "postleitzahl": "10115", "ort": "Berlin"},
        "anschlussidentifikation": {"onkz": "30", "rufnummer": "5550001"}}' | jq -r .vorabstimmungsId)
    await 60 in_review "$A" "$A_PORT" "$incoming"

    log "$run: VA-RRNP to DEU.CCCC, a dead letter"
    json "$A" "$A_PORT" /api/vorabstimmungen -d '{"geschaeftsfall": "VA-RRNP", "ekpAbg": "DEU.CCCC",
        "kundenwunschtermin": "2026-12-16",
        "endkunde": {"person": {"anrede": "1", "vorname": "Emmett", "nachname": "Brown"}},
        "rufnummernPortierung": {"einzelanschluss": {"rufnummern": [{"onkz": "30", "rufnummer": "5550009"}]},
            "portierungszeitfenster": "ZF2"}}' \
        >/dev/null
    await 60 bash -c "curl -sf -H 'Authorization: Bearer $A' 'localhost:$A_PORT/api/outbox?status=DEAD' |
        jq -e 'length == 1'"

    log "$run: a refused message and a failed login"
    curl -s -o /dev/null -H 'Content-Type: text/xml; charset=UTF-8' --data-binary @- \
        "localhost:$A_PORT/wbci/v2" <<'XML'
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><unsigned/></soapenv:Body></soapenv:Envelope>
XML
    await 30 bash -c "curl -sf -H 'Authorization: Bearer $A' localhost:$A_PORT/api/refusals | jq -e 'length == 1'"
    curl -s -o /dev/null -c "$WORK/$run/cookies" -b "$WORK/$run/cookies" "localhost:$A_PORT/console/login"
    curl -s -o /dev/null -c "$WORK/$run/cookies" -b "$WORK/$run/cookies" "localhost:$A_PORT/console/login" \
        --data-urlencode username=admin --data-urlencode password=wrong \
        --data-urlencode "_csrf=$(curl -s -b "$WORK/$run/cookies" "localhost:$A_PORT/console/login" |
            sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"

    log "$run: the event feed's consumer crm"
    local head
    head=$(api "$A" "$A_PORT" '/api/events?consumer=crm&limit=500' | jq 'map(.offset) | max')
    json "$A" "$A_PORT" /api/events/ack -d "{\"consumer\": \"crm\", \"offset\": $((head - 1))}" >/dev/null

    # what the fixture holds, for the log
    api "$A" "$A_PORT" /api/vorabstimmungen | jq -c '.[] | [.vorabstimmungsId, .geschaeftsfall, .phase]' >&2
    stop_all
}

rm -f "$HERE/gateway.mv.db.gz" "$HERE/$PG_SCHEMA.sql.gz"

scenario h2
gzip -9n <"$WORK/h2/aaaa/data/gateway.mv.db" >"$HERE/gateway.mv.db.gz"

psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE"
scenario postgresql \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA" \
    --spring.datasource.username=postgres --spring.datasource.password= --spring.flyway.schemas=$PG_SCHEMA
pg_dump -h 127.0.0.1 -U postgres --schema=$PG_SCHEMA --no-owner --no-privileges --column-inserts test |
    gzip -9n >"$HERE/$PG_SCHEMA.sql.gz"
psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA $PG_SCHEMA CASCADE"

ls -l "$HERE"/*.gz >&2
