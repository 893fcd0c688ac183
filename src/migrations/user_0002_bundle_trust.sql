-- Bundle trust state (the bundle module): publisher root keys the person added, and the
-- newest key list seen per publisher. Key lists only move forward (a replayed older list
-- can't bring back a revoked key), like bundle sequences.
CREATE TABLE trusted_key (
    key_id TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    added_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE key_list (
    publisher TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    list TEXT NOT NULL,
    signature TEXT NOT NULL,
    stored_at TEXT NOT NULL
) WITHOUT ROWID;
