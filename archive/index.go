package archive

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	// The pure-Go SQLite with FTS5: chosen over bleve by the benchmark in
	// bench/README.md (a smaller index, faster updates, and SQL for stats).
	_ "modernc.org/sqlite"
)

// schemaVersion changes whenever the tables or what is parsed into them
// change; an index of another version is rebuilt from the files.
const schemaVersion = "5"

const schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, digest BLOB,
	doc INTEGER, problem TEXT, line INTEGER, foreign_file INTEGER NOT NULL DEFAULT 0,
	not_started INTEGER NOT NULL DEFAULT 0);
CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT, kind TEXT, ident TEXT, events INTEGER,
	hidden INTEGER NOT NULL DEFAULT 0, title TEXT, service TEXT, severity TEXT, trigger TEXT,
	incident INTEGER, review INTEGER, published INTEGER, ttd INTEGER, ttm INTEGER, ttr INTEGER);
CREATE INDEX docs_ident ON docs(ident);
CREATE INDEX docs_service ON docs(service COLLATE NOCASE);
CREATE TABLE factors(doc INTEGER, text TEXT, kind TEXT, whys TEXT);
CREATE INDEX factors_doc ON factors(doc);
CREATE TABLE actions(doc INTEGER, n INTEGER, ident TEXT, what TEXT, owner TEXT, due INTEGER,
	priority TEXT, type TEXT, ticket TEXT, tracker TEXT, done INTEGER, line INTEGER);
CREATE INDEX actions_doc ON actions(doc);
CREATE VIRTUAL TABLE text USING fts5(body, section UNINDEXED, lines UNINDEXED,
	tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE rhyme USING fts5(body, content = '', contentless_delete = 1, detail = none,
	tokenize = 'porter unicode61');
`

// A text row's rowid is its record's id times sectionSlots plus the
// section's place, so a record's rows are found (and deleted) by a rowid
// range rather than a scan, and a match names its record without reading
// the row. Place 0 is kept for the title.
const sectionSlots = 64

// Index is the archive's search index: a SQLite database (FTS5 for the
// text) under the archive's top folder. It is only a cache of the files.
type Index struct {
	db   *sql.DB
	top  string
	path string
}

// IndexPath is where the index of the archive at top lives: beside the
// files, or in the user's cache folder when the archive's folder cannot
// be written to (someone else's checkout, a read-only mount).
func IndexPath(top string) string {
	local := filepath.Join(top, IndexDir, "index.sqlite")
	if writable(filepath.Join(top, IndexDir)) || writable(top) {
		return local
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return local
	}
	sum := sha256.Sum256([]byte(top))
	return filepath.Join(cache, "debrief", "archive-"+hex.EncodeToString(sum[:8]), "index.sqlite")
}

// writable reports whether dir is a folder debrief can create files in.
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".debrief-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// Open opens the index of the archive at top, creating it (and the
// .debrief folder) when missing, and starting afresh when it is from
// another version of debrief or unreadable: it only ever holds what the
// files say.
func Open(top string) (*Index, error) {
	info, err := os.Stat(top)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", top, unwrap(err))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", top)
	}
	path := IndexPath(top)
	// Owner only: the index holds the text of session files, which are.
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("cannot make the index folder: %w", unwrap(err))
	}
	ix, err := open(path, top)
	if err != nil {
		// A cache that cannot be read is thrown away, never repaired.
		for _, p := range []string{path, path + "-wal", path + "-shm"} {
			os.Remove(p)
		}
		ix, err = open(path, top)
	}
	return ix, err
}

func open(path, top string) (*Index, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, err
	}
	// One connection: SQLite serialises writers anyway, and an in-process
	// pool would only contend for the file lock.
	db.SetMaxOpenConns(1)
	ix := &Index{db: db, top: top, path: path}
	var v string
	err = db.QueryRow(`SELECT value FROM meta WHERE key = 'version'`).Scan(&v)
	switch {
	case err == nil && v == schemaVersion:
		return ix, nil
	case err == nil || errors.Is(err, sql.ErrNoRows) || isNoTable(err):
		if err := ix.reset(); err != nil {
			db.Close()
			return nil, err
		}
		return ix, nil
	}
	db.Close()
	return nil, err
}

func isNoTable(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no such table")
}

// reset drops every table and creates the current schema.
func (ix *Index) reset() error {
	tx, err := ix.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []string{"meta", "files", "docs", "factors", "actions", "text", "rhyme"} {
		if _, err := tx.Exec("DROP TABLE IF EXISTS " + t); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(schema); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO meta VALUES ('version', ?)`, schemaVersion); err != nil {
		return err
	}
	return tx.Commit()
}

// Top is the archive's top folder.
func (ix *Index) Top() string { return ix.top }

// Path is the index's file.
func (ix *Index) Path() string { return ix.path }

// Close closes the index.
func (ix *Index) Close() error { return ix.db.Close() }

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
