-- The user database: the only file Ponte writes in place. It holds what the person chose to
-- keep and the bundle state; never a search, a place or a history.
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The directory in use. One row: switching directories is one UPDATE, in the same
-- transaction that raises the bundle's sequence.
CREATE TABLE active_directory (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    file TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    installed_at TEXT NOT NULL,
    manifest TEXT
);

-- Highest sequence ever installed per bundle id: it only grows (rollback protection).
CREATE TABLE bundle_sequence (
    bundle_id TEXT PRIMARY KEY,
    highest INTEGER NOT NULL
) WITHOUT ROWID;

-- "This is wrong" reports, kept on the device until the person shares them.
CREATE TABLE correction (
    id INTEGER PRIMARY KEY,
    service_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    field TEXT,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE favourite (
    service_id TEXT PRIMARY KEY,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
