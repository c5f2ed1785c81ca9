package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

func followView(f *Follow) string { return f.View().Content }

// pollOnce reads the file once, as the poll command would, and folds it.
func pollOnce(t *testing.T, f *Follow) tea.Cmd {
	t.Helper()
	_, cmd := f.Update(f.poll()())
	return cmd
}

func startSession(t *testing.T, path, title string) (*store.File, []model.Event) {
	t.Helper()
	w, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ag := agenda.Default()
	now := time.Date(2026, 11, 21, 15, 0, 0, 0, time.UTC)
	evs := []model.Event{
		{Seq: 1, At: now, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: title, Severity: model.SEV2}},
		{Seq: 2, At: now, Kind: model.PhaseStarted, Phase: "well"},
	}
	if err := w.Append(evs...); err != nil {
		t.Fatal(err)
	}
	return w, evs
}

// TestFollowShowsWhatTheWriterAppends: the follow view shows notes as
// another debrief writes them, keeps following when that debrief quits
// and the meeting is resumed, and says so when the file is replaced.
func TestFollowShowsWhatTheWriterAppends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	w, evs := startSession(t, path, "Checkout outage")
	fl, got, _, err := store.Follow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { fl.Close() }()
	f, err := NewFollow(path, fl, got, FollowOptions{Now: func() time.Time { return evs[0].At }})
	if err != nil {
		t.Fatal(err)
	}
	f.Update(tea.WindowSizeMsg{Width: 90, Height: 28})
	if v := followView(f); !strings.Contains(v, "Checkout outage") || strings.Contains(v, "note ›") {
		t.Fatalf("the follow view should show the meeting without a note box:\n%s", v)
	}

	at := evs[0].At
	if err := w.Append(model.Event{Seq: 3, At: at, Kind: model.NoteAdded, Note: 1, Phase: "well", Text: "The rollback was one command"}); err != nil {
		t.Fatal(err)
	}
	pollOnce(t, f)
	if v := followView(f); !strings.Contains(v, "The rollback was one command") {
		t.Fatalf("the new note is not shown:\n%s", v)
	}

	// The writer quits and the meeting is resumed in the same file.
	w.Close()
	w2, old, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	n := len(old)
	if err := w2.Append(model.Event{Seq: n + 1, At: at, Kind: model.SessionResumed},
		model.Event{Seq: n + 2, At: at, Kind: model.NoteAdded, Note: 2, Phase: "well", Text: "Alerts named the failing pool"}); err != nil {
		t.Fatal(err)
	}
	w2.Close()
	pollOnce(t, f)
	if v := followView(f); !strings.Contains(v, "Alerts named the failing pool") || strings.Contains(v, "replaced") {
		t.Fatalf("after the writer resumed, the view should go on:\n%s", v)
	}

	// Another meeting is written over the file.
	os.Remove(path)
	w4, _ := startSession(t, path, "Search latency")
	defer w4.Close()
	cmd := pollOnce(t, f)
	if v := followView(f); !strings.Contains(v, "was replaced or cut shorter") {
		t.Fatalf("the view does not say the file was replaced:\n%s", v)
	}
	f.Update(cmd())
	fl = f.fl
	v := followView(f)
	if !strings.Contains(v, "Search latency") || strings.Contains(v, "The rollback was one command") {
		t.Fatalf("after the file was replaced the view should show the new meeting only:\n%s", v)
	}
	if !strings.Contains(v, "was replaced or cut shorter") {
		t.Errorf("the view no longer says the file was replaced:\n%s", v)
	}
	// The new meeting goes on, and the view still says what happened.
	if err := w4.Append(model.Event{Seq: 3, At: at, Kind: model.NoteAdded, Note: 1, Phase: "well", Text: "Queries timed out at the shard"}); err != nil {
		t.Fatal(err)
	}
	pollOnce(t, f)
	if v := followView(f); !strings.Contains(v, "Queries timed out at the shard") || !strings.Contains(v, "was replaced or cut shorter") {
		t.Errorf("after the replaced file grew:\n%s", v)
	}
}

// The follow view is read-only: q, esc and ctrl+c leave it, and any other
// key, letters included, does nothing.
func TestFollowQuitsOnlyOnItsKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	_, evs := startSession(t, path, "Checkout outage")
	fl, got, _, err := store.Follow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fl.Close()
	f, err := NewFollow(path, fl, got, FollowOptions{Now: func() time.Time { return evs[0].At }})
	if err != nil {
		t.Fatal(err)
	}
	quits := func(k tea.KeyPressMsg) bool {
		_, cmd := f.Update(k)
		if cmd == nil {
			return false
		}
		_, ok := cmd().(tea.QuitMsg)
		return ok
	}
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: tea.KeyEscape}, {Code: 'c', Mod: tea.ModCtrl}} {
		if !quits(k) {
			t.Errorf("%s does not leave the follow view", k)
		}
	}
	for _, k := range []tea.KeyPressMsg{{Code: 'x', Text: "x"}, {Code: tea.KeyEnter}, {Code: 'n', Mod: tea.ModCtrl}} {
		if quits(k) {
			t.Errorf("%s leaves the follow view", k)
		}
	}
}
