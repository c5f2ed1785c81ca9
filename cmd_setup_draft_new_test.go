package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// keptSetupSession makes a session whose setup screen was killed before
// its meeting started: the session file (no events) and FILE.setup
// holding what was typed there.
func keptSetupSession(t *testing.T, name string, fields map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := store.WriteSetupDraft(store.SetupDraftPath(path), fields); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNewOverAKeptSetupSaysSo: debrief new --session FILE where FILE.setup
// keeps a killed setup screen's fields. With FILE there, new refuses it
// and says the setup is kept and that resume opens it; with FILE gone,
// new opens the setup with it, as resume would, the flags given now
// winning, instead of writing over it unread.
func TestNewOverAKeptSetupSaysSo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	path := keptSetupSession(t, "killed-setup.debrief.yaml", map[string]string{
		"title": "Queue backlog after failover", "service": "orders", "severity": "SEV-3"})
	var stderr bytes.Buffer
	if code := run([]string{"new", "--session", path}, strings.NewReader(""), &bytes.Buffer{}, &stderr); code != exitError {
		t.Fatalf("new over an existing session: exit %d, want %d", code, exitError)
	}
	for _, want := range []string{"kept in " + store.SetupDraftPath(path), "debrief resume " + path + " opens the setup with it"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("new over a kept setup does not say %q:\n%s", want, stderr.String())
		}
	}

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	errs := runKeys(t, []string{"new", "--session", path, "--severity", "SEV-1"}, "\x0e", "\x03")
	if !strings.Contains(errs, "the setup typed before is back") {
		t.Errorf("new did not say the setup typed before is back:\n%s", errs)
	}
	events, _, err := store.Load(path)
	if err != nil || len(events) == 0 || events[0].Kind != model.SessionCreated {
		t.Fatalf("the meeting did not start: %v %v", err, events)
	}
	if s := events[0].Setup; s.Title != "Queue backlog after failover" || s.Service != "orders" || s.Severity != model.SEV1 {
		t.Errorf("the meeting started with %+v, not the kept setup under the flags", *s)
	}
}

// TestServeResumeGivesBackTheKeptSetup: serve --resume of a session that
// never started starts it with what was typed on its setup screen, the
// flags given now winning, says so, and forgets the kept copy once the
// session file holds it.
func TestServeResumeGivesBackTheKeptSetup(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	path := keptSetupSession(t, "served-setup.debrief.yaml", map[string]string{
		"title": "Disk full on db-2", "service": "storage", "attendees": "Ana:facilitator, Bo:scribe"})
	stderr := serveUntil(t, path, "Disk full on db-2", "--severity", "SEV-1", "--resume", path)
	st := sessionState(t, path)
	if st.Setup.Title != "Disk full on db-2" || st.Setup.Service != "storage" || st.Setup.Severity != model.SEV1 || len(st.Setup.Attendees) != 2 {
		t.Errorf("the served meeting started with %+v; stderr:\n%s", st.Setup, stderr.String())
	}
	if !strings.Contains(stderr.String(), "the setup typed on its setup screen") {
		t.Errorf("serve does not say whose setup it started with:\n%s", stderr.String())
	}
	if _, err := os.Stat(store.SetupDraftPath(path)); !os.IsNotExist(err) {
		t.Errorf("the kept setup is still there once the meeting holds it: %v", err)
	}
}
