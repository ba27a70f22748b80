-- Tertib case store, schema version 1 (docs/store.md describes every table and index).
-- Nothing here uses a sequence: a case's events are ordered by their own number, so the schema runs
-- unchanged on PostgreSQL-compatible distributed SQL.

CREATE TABLE tertib_schema (
    version INTEGER NOT NULL PRIMARY KEY
);

CREATE TABLE tertib_revision (
    fingerprint CHAR(64) NOT NULL PRIMARY KEY,
    sop VARCHAR(200) NOT NULL,
    revised DATE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE tertib_case (
    case_id VARCHAR(200) COLLATE "C" NOT NULL PRIMARY KEY,
    sop VARCHAR(200) NOT NULL,
    fingerprint CHAR(64) NOT NULL,
    status VARCHAR(10) NOT NULL,
    step INTEGER NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE,
    events INTEGER NOT NULL,
    last_digest CHAR(64) NOT NULL,
    due_at TIMESTAMP WITH TIME ZONE,
    due_unknown VARCHAR(2000),
    closed_visits INTEGER NOT NULL
);

CREATE INDEX tertib_case_due ON tertib_case (status, due_at, case_id);
CREATE INDEX tertib_case_sop ON tertib_case (sop, status, started_at);

CREATE TABLE tertib_event (
    case_id VARCHAR(200) COLLATE "C" NOT NULL,
    seq INTEGER NOT NULL,
    event_at TIMESTAMP WITH TIME ZONE NOT NULL,
    line VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE tertib_work (
    case_id VARCHAR(200) COLLATE "C" NOT NULL,
    part INTEGER NOT NULL,
    kind VARCHAR(8) NOT NULL,
    step INTEGER NOT NULL,
    role_id VARCHAR(200) NOT NULL,
    role_title VARCHAR(500) NOT NULL,
    label VARCHAR(500) NOT NULL,
    definitive_only BOOLEAN NOT NULL,
    separate_actors BOOLEAN NOT NULL,
    guarded BOOLEAN NOT NULL,
    due_at TIMESTAMP WITH TIME ZONE,
    last_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, part)
);

CREATE INDEX tertib_work_role ON tertib_work (role_id, kind, due_at, case_id, part);

CREATE TABLE tertib_done (
    case_id VARCHAR(200) COLLATE "C" NOT NULL,
    role_id VARCHAR(200) NOT NULL,
    role_title VARCHAR(500) NOT NULL,
    actor_id VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, role_id)
);

CREATE TABLE tertib_visit (
    case_id VARCHAR(200) COLLATE "C" NOT NULL,
    step INTEGER NOT NULL,
    visit INTEGER NOT NULL,
    activated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    standard_seconds BIGINT,
    elapsed_seconds BIGINT,
    suspended_seconds BIGINT,
    due_at TIMESTAMP WITH TIME ZONE,
    status VARCHAR(10),
    overrun_seconds BIGINT,
    compliance_unknown VARCHAR(2000),
    PRIMARY KEY (case_id, step, visit)
);

CREATE INDEX tertib_visit_closed ON tertib_visit (closed_at);

INSERT INTO tertib_schema (version) VALUES (1);
