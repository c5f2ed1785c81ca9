package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

var t0 = time.Date(2026, 11, 20, 10, 4, 0, 0, time.UTC)

// meeting returns n events of a short meeting: created, started, notes.
func meeting(n int) []model.Event {
	ag := &agenda.Agenda{Name: "t", Phases: []agenda.Phase{{ID: "well", Title: "What went well", Minutes: 5, Capture: agenda.CaptureWell}}}
	evs := []model.Event{
		{Kind: model.SessionCreated, Agenda: ag, Setup: &model.Setup{Title: "DB pool", Severity: model.SEV2}},
		{Kind: model.PhaseStarted, Phase: "well"},
	}
	for len(evs) < n {
		evs = append(evs, model.Event{Kind: model.NoteAdded, Phase: "well", Note: len(evs) - 1,
			Text: fmt.Sprintf("note %d: the runbook\nworked \x1b[31m", len(evs)-1)})
	}
	evs = evs[:n]
	for i := range evs {
		evs[i].Seq, evs[i].At = i+1, t0.Add(time.Duration(i)*time.Second)
	}
	return evs
}

func create(t *testing.T) (*File, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "s.debrief.yaml")
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, p
}

func mustLoad(t *testing.T, p string) []model.Event {
	t.Helper()
	evs, warns, err := Load(p)
	if err != nil || len(warns) > 0 {
		t.Fatalf("Load: %v %v", err, warns)
	}
	return evs
}

func TestCreateMode(t *testing.T) {
	f, p := create(t)
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	data, _ := os.ReadFile(p)
	if !bytes.Equal(data, model.EncodeHeader()) {
		t.Errorf("new file holds %q", data)
	}
	if f.LastSeq() != 0 || f.Path() != p {
		t.Errorf("LastSeq %d, Path %q", f.LastSeq(), f.Path())
	}
}

func TestCreateRefuses(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.yaml")
	os.WriteFile(existing, []byte("keep me"), 0o644)
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o500)
	tests := []struct{ path, want string }{
		{existing, existing + " already exists; use debrief resume " + existing},
		{dir, dir + " is a folder"},
		{filepath.Join(dir, "no", "such", "s.yaml"), "the folder " + filepath.Join(dir, "no", "such") + " does not exist"},
		{filepath.Join(existing, "s.yaml"), "part of the path is a file"},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		tests = append(tests, struct{ path, want string }{filepath.Join(ro, "s.yaml"), "permission denied (is the folder " + ro + " writable?)"})
	}
	for _, tt := range tests {
		_, err := Create(tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.path) {
			t.Errorf("Create(%s) = %v, want %q", tt.path, err, tt.want)
		}
	}
	if data, _ := os.ReadFile(existing); string(data) != "keep me" {
		t.Error("Create overwrote an existing file")
	}
}

func TestAppendIdempotent(t *testing.T) {
	f, p := create(t)
	evs := meeting(6)
	for _, batch := range [][]model.Event{evs[:2], evs[:2], evs[:4], evs[3:5], evs[:6], evs, nil} {
		if err := f.Append(batch...); err != nil {
			t.Fatal(err)
		}
	}
	if f.LastSeq() != 6 {
		t.Errorf("LastSeq = %d", f.LastSeq())
	}
	if got := mustLoad(t, p); !reflect.DeepEqual(got, evs) {
		t.Errorf("file holds %d events, want %d", len(got), len(evs))
	}
	if err := f.Append(meeting(8)[7]); err == nil || !strings.Contains(err.Error(), "event 8 cannot follow event 6") {
		t.Errorf("a gap: %v", err)
	}
	bad := meeting(7)[6]
	bad.Kind = "nope"
	if err := f.Append(bad); err == nil || f.LastSeq() != 6 {
		t.Errorf("an unencodable event: %v, LastSeq %d", err, f.LastSeq())
	}
	f.Close()
	if err := f.Append(meeting(7)...); err == nil {
		t.Error("Append after Close succeeded")
	}
}

func TestOpenTornTail(t *testing.T) {
	f, p := create(t)
	evs := meeting(5)
	f.Append(evs...)
	f.Close()
	good, _ := os.ReadFile(p)
	lastStart := bytes.LastIndexByte(good[:len(good)-1], '\n') + 1
	for _, cut := range []int{lastStart + 3, len(good) - 10, len(good) - 1} {
		os.WriteFile(p, good[:cut], 0o600)
		f, got, warns, err := Open(p)
		if err != nil {
			t.Fatalf("cut %d: %v", cut, err)
		}
		want := evs[:4]
		if cut == len(good)-1 { // only the newline was lost
			want = evs
		} else if len(warns) != 2 || !strings.Contains(warns[1], p+".torn-") {
			t.Errorf("cut %d: warnings %q", cut, warns)
		}
		if !reflect.DeepEqual(got, want) || f.LastSeq() != len(want) {
			t.Fatalf("cut %d: %d events, LastSeq %d", cut, len(got), f.LastSeq())
		}
		more := meeting(7)
		if err := f.Append(more...); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if got := mustLoad(t, p); !reflect.DeepEqual(got, more) {
			t.Errorf("cut %d: after appending, %d events", cut, len(got))
		}
	}
	torn, err := os.ReadFile(p + ".torn-1")
	if err != nil || !bytes.Equal(torn, good[lastStart:lastStart+3]) {
		t.Errorf("the torn bytes were not kept: %q %v", torn, err)
	}
}

func TestOpenReformatted(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "s.yaml")
	block := "debrief: session\nversion: 1\nevents:\n" +
		"  - seq: 1\n    at: 2026-11-20T10:04:00Z\n    kind: session_created\n    agenda:\n      phases:\n        - {id: well, title: Well, minutes: 5, capture: well}\n" +
		"  - seq: 2\n    at: 2026-11-20T10:05:00Z\n    kind: phase_started\n    phase: well\n"
	os.WriteFile(p, []byte(block), 0o600)
	f, evs, warns, err := Open(p)
	if err != nil || len(evs) != 2 || len(warns) != 1 {
		t.Fatalf("%v %d %q", err, len(evs), warns)
	}
	note := model.Event{Seq: 3, At: t0.Add(time.Hour), Kind: model.NoteAdded, Phase: "well", Note: 1, Text: "x"}
	if err := f.Append(note); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if got := mustLoad(t, p); len(got) != 3 || got[2].Text != "x" {
		t.Errorf("after rewrite and append: %+v", got)
	}
	if orig, _ := os.ReadFile(p + ".orig-1"); string(orig) != block {
		t.Error("the hand-formatted original was not kept")
	}
}

func TestOpenLocked(t *testing.T) {
	f, p := create(t)
	f.Append(meeting(2)...)
	if _, _, _, err := Open(p); err == nil || !strings.Contains(err.Error(), "open in another debrief") {
		t.Errorf("second Open: %v", err)
	}
	f.Close()
	g, _, _, err := Open(p)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	g.Close()
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.yaml")
	os.WriteFile(empty, nil, 0o600)
	garbage := filepath.Join(dir, "bin.yaml")
	os.WriteFile(garbage, []byte("\x00\x01\x02\xff"), 0o600)
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "missing.yaml"), "cannot open " + filepath.Join(dir, "missing.yaml") + ": no such file"},
		{dir, dir + " is a folder, not a session file"},
		{empty, empty + ": the file is empty"},
		{garbage, garbage + ": not a debrief session file (binary data)"},
	}
	for _, tt := range tests {
		if _, _, err := Load(tt.path); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Load(%s) = %v, want %q", tt.path, err, tt.want)
		}
		if _, _, _, err := Open(tt.path); err == nil {
			t.Errorf("Open(%s) succeeded", tt.path)
		}
	}
	var le *model.LogError
	if _, _, err := Load(empty); !errors.As(err, &le) {
		t.Errorf("a bad file's error is %T, want *model.LogError (exit 2)", err)
	}
}

// TestConcurrentAppend has writers race with cumulative batches, as the app
// does when a flush and a final save overlap: each event lands once, in
// order, each on a line of its own.
func TestConcurrentAppend(t *testing.T) {
	f, p := create(t)
	evs := meeting(300)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for n := w + 1; n <= len(evs); n += 8 {
				if err := f.Append(evs[:n]...); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if got := mustLoad(t, p); !reflect.DeepEqual(got, evs) {
		t.Errorf("%d events after concurrent appends, want %d", len(got), len(evs))
	}
}

func TestDefaultPath(t *testing.T) {
	dir := t.TempDir()
	want := filepath.Join(dir, "postmortem-2026-11-20-1004.debrief.yaml")
	if got := DefaultPath(t0, dir); got != want {
		t.Fatalf("DefaultPath = %q, want %q", got, want)
	}
	seen := map[string]bool{}
	for i := range 4 {
		p := DefaultPath(t0, dir)
		if seen[p] {
			t.Fatalf("DefaultPath repeated %q", p)
		}
		seen[p] = true
		f, err := Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		if i == 1 && p != filepath.Join(dir, "postmortem-2026-11-20-1004-2.debrief.yaml") {
			t.Errorf("second name %q", p)
		}
	}
}
