-- Several instances on one database (docs/operations.md): what one instance knows about a browser or a client address,
-- every other instance must know too. One script for H2 (MODE=PostgreSQL) and PostgreSQL.

-- Spring Session JDBC: the sessions of signed-in browsers (spring-session-jdbc's schema-postgresql.sql, as shipped).
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Login throttling per client address (security.LoginAddressLimit): failed logins from one address within a window
-- that opens at its first failure. Counted by single UPDATE statements, so the limit holds across instances.
CREATE TABLE login_address_attempt (
    address      VARCHAR(64) NOT NULL,
    failures     INTEGER     NOT NULL,
    window_start TIMESTAMP   NOT NULL,
    CONSTRAINT login_address_attempt_pk PRIMARY KEY (address)
);
