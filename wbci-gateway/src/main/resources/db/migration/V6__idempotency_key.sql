-- REST requests made safe to retry (header Idempotency-Key): the first successful response to a key is stored in the
-- same transaction as the request's effect, and a repeat of the request gets that response again instead of a
-- second effect. Refused requests (4xx, 5xx) store nothing: nothing happened, so a repeat simply runs again.
CREATE TABLE idempotency_key (
    idem_key      VARCHAR(200)  PRIMARY KEY,
    -- SHA-256 of method, path, query and body: the same key with another request is refused (422)
    fingerprint   VARCHAR(64)   NOT NULL,
    method        VARCHAR(8)    NOT NULL,
    path          VARCHAR(1000) NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(200),
    location      VARCHAR(1000),
    body          BYTEA,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
