package store

import (
	"os"
	"strings"
	"testing"
)

// A second debrief resuming a hand-reformatted session that a meeting has
// open must be refused before it rewrites the file: the rewrite puts a new
// file at the path, and the running meeting's notes would go on into the
// old one, which no name reaches any more.
func TestOpenLockedReformattedIsNotRewritten(t *testing.T) {
	f, p := create(t)
	evs := meeting(3)
	if err := f.Append(evs...); err != nil {
		t.Fatal(err)
	}
	// Someone reformats the last event as block YAML while the meeting runs.
	data, _ := os.ReadFile(p)
	i := strings.LastIndex(string(data[:len(data)-1]), "\n") + 1
	block := string(data[:i]) + "- seq: 3\n  at: 2026-11-20T10:04:02Z\n  kind: note_added\n  phase: well\n  note: 1\n  text: edited\n"
	if err := os.WriteFile(p, []byte(block), 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(p)
	if _, _, _, err := Open(p); err == nil || !strings.Contains(err.Error(), "open in another debrief") {
		t.Fatalf("Open of a session another debrief has open: %v", err)
	}
	after, _ := os.Stat(p)
	if !os.SameFile(before, after) {
		t.Error("the locked session was replaced by a rewrite")
	}
	if _, err := os.Stat(p + ".orig-1"); err == nil {
		t.Error("a refused Open left a .orig copy")
	}
	if got, _ := os.ReadFile(p); string(got) != block {
		t.Error("a refused Open changed the session file")
	}
}
