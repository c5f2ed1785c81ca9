package archive

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// openActionsArchive indexes a copy of testdata/actions: a session file
// with statuses and a ticket recorded after the meeting, and an export
// whose table has a Status column and a struck-through item.
func openActionsArchive(t *testing.T) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/actions")); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	mustUpdate(t, ix)
	return ix, dir
}

func TestActionStatusFromEventsAndTables(t *testing.T) {
	ix, _ := openActionsArchive(t)
	recs, err := ix.Records()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Action{}
	for _, r := range recs {
		for _, a := range r.Actions {
			got[a.ID] = a
		}
	}
	want := map[string]Action{
		// The session: item 1 done by its event, item 2's GitHub issue.
		"PM-2026-061-001": {Done: true, Ticket: "OPS-31", Line: 8},
		"PM-2026-061-002": {Ticket: "https://github.com/example/orders/issues/12", Tracker: "github", Line: 9},
		"PM-2026-061-003": {Owner: "fay@example.com", Line: 10},
		"PM-2026-061-004": {Line: 11},
		// The export: "closed" and struck through are done, "in progress"
		// and "open" are not.
		"PM-2025-251-001": {Done: true, Ticket: "SRCH-9", Line: 26},
		"PM-2025-251-002": {Ticket: "SRCH-10", Line: 27},
		"PM-2025-251-003": {Done: true, Line: 28},
		"PM-2025-251-004": {Owner: "dana@example.com", Ticket: "SRCH-12", Line: 29},
	}
	if len(got) != len(want) {
		t.Fatalf("%d items, want %d: %+v", len(got), len(want), got)
	}
	for id, w := range want {
		g, ok := got[id]
		if !ok || g.Done != w.Done || g.Ticket != w.Ticket || g.Tracker != w.Tracker || g.Line != w.Line ||
			(w.Owner != "" && g.Owner != w.Owner) {
			t.Errorf("%s: %+v\nwant %+v", id, g, w)
		}
	}
}

// The index follows the files: a status recorded in the session file
// after it was indexed is what the next Update shows.
func TestActionStatusFollowsTheSessionFile(t *testing.T) {
	ix, dir := openActionsArchive(t)
	open := func() map[string]bool {
		t.Helper()
		items, err := ix.OpenActions(ActionFilter{Now: now, Service: "orders"})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, it := range items {
			out[it.ID] = true
		}
		return out
	}
	if o := open(); len(o) != 3 || o["PM-2026-061-001"] {
		t.Fatalf("before: %v", o)
	}
	p := filepath.Join(dir, "2026", "failover.debrief.yaml")
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`- {"seq":10,"at":"2026-11-20T09:00:00Z","kind":"action_status_set","note":2,"text":"jira OPS-40: Done","value":"done"}` + "\n" +
		`- {"seq":11,"at":"2026-11-20T09:01:00Z","kind":"action_status_set","note":1,"text":"debrief actions reopen","value":"open"}` + "\n")
	f.Close()
	if rep := mustUpdate(t, ix); rep.Read != 1 {
		t.Fatalf("read %d files, want the session again", rep.Read)
	}
	if o := open(); len(o) != 3 || o["PM-2026-061-002"] || !o["PM-2026-061-001"] {
		t.Fatalf("after: %v", o)
	}
}

func TestSameOwner(t *testing.T) {
	for _, tc := range []struct {
		owner, want string
		same        bool
	}{
		{"@alice", "alice", true},
		{"@alice", "@ALICE", true},
		{"alice@example.com", "alice", true},
		{"alice@example.com", "@alice", true},
		{"@alice", "alice@example.com", true},
		{"alice@example.com", "ALICE@example.com", true},
		{"alice@example.com", "alice@example.org", false},
		{"@alice", "al", false},
		{"@alicia", "alice", false},
		{"", "alice", false},
	} {
		if got := SameOwner(tc.owner, tc.want); got != tc.same {
			t.Errorf("SameOwner(%q, %q) = %v", tc.owner, tc.want, got)
		}
	}
}

// BenchmarkOpenActions10k lists the open items of 10,000 postmortems, all
// of them and one owner's overdue ones, as `debrief actions` does after
// its Update.
func BenchmarkOpenActions10k(b *testing.B) {
	ix := openBench(b, benchArchive(b))
	defer ix.Close()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		f := ActionFilter{Now: now}
		if i%2 == 1 {
			f.Owner, f.Overdue = "@alice", true
		}
		i++
		start := time.Now()
		if _, err := ix.OpenActions(f); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	report(b, lat)
}
