package serve

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// What a person typed and did not commit outlives the host: written beside
// the session while they type, it is given back when they join the
// meeting served again, after a killed host (no Close) as after the end.
func TestHubKeepsDraftsAcrossAKilledHost(t *testing.T) {
	defer func(d time.Duration) { draftsEvery = d }(draftsEvery)
	draftsEvery = 20 * time.Millisecond
	dir := t.TempDir()
	path := filepath.Join(dir, "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	first := meetingStart()
	if err := f.Append(first...); err != nil {
		t.Fatal(err)
	}
	drafts := store.DraftsPath(path)
	h, err := NewHub(f, first, HubOptions{DraftsFile: drafts})
	if err != nil {
		t.Fatal(err)
	}
	kim, _, _ := h.Join(Identity{Name: "kim", Fingerprint: "SHA256:kim", Access: model.Scribe})
	host, _, _ := h.Join(Identity{Name: "ana", Fingerprint: "host", Access: model.Facilitator})
	kim.Draft("the canary was at five percent when")()
	host.Draft("ask what the dashboard showed")()
	deadline := time.Now().Add(5 * time.Second)
	for {
		kept, err := store.LoadDrafts(drafts)
		if err == nil && kept["SHA256:kim"] == "the canary was at five percent when" && kept["host"] == "ask what the dashboard showed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the drafts never reached %s: %q %v", drafts, kept, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The host is killed: no Close. The meeting is served again.
	f.Close()
	g, evs, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	again, err := NewHub(g, evs, HubOptions{DraftsFile: drafts})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if _, _, d := again.Join(Identity{Name: "kim", Fingerprint: "SHA256:kim", Access: model.Scribe}); d != "the canary was at five percent when" {
		t.Errorf("kim rejoins to %q", d)
	}
	if _, _, d := again.Join(Identity{Name: "ana", Fingerprint: "host", Access: model.Facilitator}); d != "ask what the dashboard showed" {
		t.Errorf("the host rejoins to %q", d)
	}
}

// A draft committed is no longer kept: the file goes once every draft is.
func TestHubDropsTheDraftsFileWhenNothingIsLeft(t *testing.T) {
	defer func(d time.Duration) { draftsEvery = d }(draftsEvery)
	draftsEvery = 20 * time.Millisecond
	dir := t.TempDir()
	path := filepath.Join(dir, "s.debrief.yaml")
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := meetingStart()
	f.Append(first...)
	drafts := store.DraftsPath(path)
	h, err := NewHub(f, first, HubOptions{DraftsFile: drafts})
	if err != nil {
		t.Fatal(err)
	}
	kim, _, _ := h.Join(Identity{Name: "kim", Fingerprint: "SHA256:kim", Access: model.Scribe})
	kim.Draft("typed")()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if kept, _ := store.LoadDrafts(drafts); kept["SHA256:kim"] == "typed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the draft was never written")
		}
	}
	kim.Draft("")()
	h.Close()
	if _, err := os.Stat(drafts); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("after the draft was committed the drafts file stays (%v)", err)
	}
}

// meetingStart is a meeting's first events: created on the default agenda.
func meetingStart() []model.Event {
	ag := agenda.Default()
	return []model.Event{{Seq: 1, At: time.Now().UTC(), Kind: model.SessionCreated, Agenda: &ag}}
}

// A draft longer than a change may hold is cut at a character, never
// inside one: what comes back to the person is text, not a broken byte.
func TestHubCutsALongDraftAtACharacter(t *testing.T) {
	h, _ := newHub(t)
	kim, _, _ := h.Join(Identity{Name: "kim", Fingerprint: "SHA256:kim", Access: model.Scribe})
	long := strings.Repeat("a", DefaultMaxText-1) + "é and more"
	kim.Draft(long)()
	h.mu.RLock()
	got := h.drafts["SHA256:kim"]
	h.mu.RUnlock()
	if !utf8.ValidString(got) || !strings.HasPrefix(long, got) || len(got) < DefaultMaxText-1 {
		t.Fatalf("the kept draft ends %q (%d bytes)", got[max(0, len(got)-4):], len(got))
	}
}
