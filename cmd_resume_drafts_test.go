package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// A served meeting killed and resumed at one keyboard gives the host's
// unfinished text back to the note box, through the session file, and
// says who else has text waiting for `serve --resume`.
func TestResumeGivesTheHostsServedDraftBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "served.debrief.yaml")
	f := writeSession(t, path, 2)
	drafts := map[string]string{"host": "the pool was capped at twenty", "SHA256:guest": "Bo said the"}
	if err := store.WriteDrafts(store.DraftsPath(path), drafts); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	events := servedDraftsBack(f, path, sessionEvents(2), meetingStart.Add(time.Hour), &stderr)
	st, err := model.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := st.DraftOf(st.CurrentPhaseID())
	if !ok || d.Text != "the pool was capped at twenty" {
		t.Fatalf("the current phase's draft is %+v (%v)", d, ok)
	}
	f.Close()
	g, onDisk, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	disk, err := model.Fold(onDisk)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := disk.DraftOf(disk.CurrentPhaseID()); !ok || d.Text != drafts["host"] {
		t.Errorf("the session file does not keep the host's draft: %+v", d)
	}
	for _, want := range []string{"back in the note box", "1 other person", "serve --resume"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr.String())
		}
	}
	// The drafts file stays for the others.
	kept, _ := store.LoadDrafts(store.DraftsPath(path))
	if kept["SHA256:guest"] != "Bo said the" {
		t.Errorf("the guest's draft is gone: %q", kept)
	}
	if _, twice := kept["host"]; twice {
		t.Errorf("the host's draft is still in the drafts file, for serving again to give back twice: %q", kept)
	}
}

// A phase that already keeps a draft of its own keeps it: the served draft
// replaces nothing.
func TestResumeKeepsTheSessionsOwnDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "served.debrief.yaml")
	f := writeSession(t, path, 1)
	defer f.Close()
	evs := sessionEvents(1)
	own := model.DraftEvent(evs[1].Phase, model.Draft{Text: "typed at one keyboard", Target: model.DraftNote})
	own.Seq, own.At = len(evs)+1, meetingStart.Add(time.Minute)
	if err := f.Append(own); err != nil {
		t.Fatal(err)
	}
	evs = append(evs, own)
	if err := store.WriteDrafts(store.DraftsPath(path), map[string]string{"host": "served words"}); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	got := servedDraftsBack(f, path, evs, meetingStart.Add(time.Hour), &stderr)
	st, _ := model.Fold(got)
	if d, _ := st.DraftOf(st.CurrentPhaseID()); d.Text != "typed at one keyboard" {
		t.Errorf("the session's own draft became %q", d.Text)
	}
}
