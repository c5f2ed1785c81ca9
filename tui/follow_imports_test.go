package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

// TestFollowDoesNotOfferTheSourceFilter: following a meeting with
// imported rows, the pane counts them but does not offer f, which does
// nothing there; the meeting's own screen still offers it.
func TestFollowDoesNotOfferTheSourceFilter(t *testing.T) {
	ag := agenda.Default()
	setup := model.Setup{Title: "Checkout errors", Severity: model.SEV2, IncidentDate: "2026-11-19"}
	evs := []model.Event{
		{Seq: 1, At: meetingStart, Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Seq: 2, At: meetingStart, Kind: model.PhaseStarted, Phase: "timeline"},
	}
	for i := range 4 {
		evs = append(evs, model.Event{Seq: len(evs) + 1, At: meetingStart, Kind: model.DraftAdded, Draft: i + 1,
			Source: "alertmanager:alerts.json", Text: model.DraftLine(meetingStart.Add(-time.Hour), "Checkout error rate above 5%", "")})
	}
	m, err := New(Options{Now: func() time.Time { return meetingStart }, Store: &memStore{}, Events: evs})
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, esc)
	if s := plain(m); !strings.Contains(s, "f: all sources") {
		t.Fatalf("the meeting's screen does not offer the filter:\n%s", s)
	}

	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	w, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Append(evs...); err != nil {
		t.Fatal(err)
	}
	fl, got, _, err := store.Follow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { fl.Close() }()
	f, err := NewFollow(path, fl, got, FollowOptions{Now: func() time.Time { return meetingStart }})
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		f.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := ansi.Strip(followView(f))
		if !strings.Contains(s, "4 pending") || strings.Contains(s, "f:") || strings.Contains(s, "all sources") {
			t.Errorf("at %dx%d the followed pane offers f or lost its counts:\n%s", size[0], size[1], s)
		}
	}
}
