package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/store"
)

// scrollsTheWrapUp checks that a read-only screen showing a wrap-up cut
// short reaches its last line with ↓ and pgdn and comes back to its
// top with ↑ and pgup, as replay's does.
func scrollsTheWrapUp(t *testing.T, who string, view func() string, press func(tea.KeyPressMsg), last string) {
	t.Helper()
	if s := view(); !strings.Contains(s, "more below") || strings.Contains(s, last) {
		t.Fatalf("%s: want the wrap-up cut:\n%s", who, s)
	}
	press(tea.KeyPressMsg{Code: tea.KeyPgDown})
	for i := 0; i < 40 && strings.Contains(view(), "more below"); i++ {
		press(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	if s := view(); !strings.Contains(s, last) {
		t.Fatalf("%s: ↓ never reached the wrap-up's last line:\n%s", who, s)
	}
	press(tea.KeyPressMsg{Code: tea.KeyPgUp})
	for i := 0; i < 40 && strings.Contains(view(), "above"); i++ {
		press(tea.KeyPressMsg{Code: tea.KeyUp})
	}
	if s := view(); strings.Contains(s, "above") || strings.Contains(s, last) {
		t.Fatalf("%s: ↑ never came back to the top:\n%s", who, s)
	}
}

// TestFollowScrollsTheWrapUp: the projector following a meeting that
// reached its wrap-up can show all of it, not only what fits.
func TestFollowScrollsTheWrapUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.debrief.yaml")
	w, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	evs := closedThenDone()
	if err := w.Append(evs...); err != nil {
		t.Fatal(err)
	}
	fl, got, _, err := store.Follow(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fl.Close()
	f, err := NewFollow(path, fl, got, FollowOptions{Now: func() time.Time { return evs[len(evs)-1].At }})
	if err != nil {
		t.Fatal(err)
	}
	// Without a note box the wrap-up fits 80x24; a laptop's half
	// screen does not hold it.
	f.Update(tea.WindowSizeMsg{Width: 80, Height: 18})
	view := func() string { return ansi.Strip(f.View().Content) }
	if !strings.Contains(view(), "↑/↓ pgup/pgdn scroll") {
		t.Errorf("the follow view does not say how to scroll:\n%s", view())
	}
	scrollsTheWrapUp(t, "follow", view, func(k tea.KeyPressMsg) { f.Update(k) }, "file each action item's ticket")
}

// TestViewerScrollsTheWrapUp: a viewer of a served meeting scrolls the
// wrap-up as replay does, and is offered the keys only when there is more
// to see; the keys change nothing else.
func TestViewerScrollsTheWrapUp(t *testing.T) {
	r := notedRoom(t, "actions")
	if f := frame(joinedModel(t, notedRoom(t, "well"), "vic", model.Viewer)); strings.Contains(f, "scroll") {
		t.Errorf("two notes that fit, and the viewer is offered scrolling:\n%s", f)
	}
	v := joinedModel(t, r, "val", model.Viewer)
	n := len(v.Events())
	v.Update(serve.EventsMsg{Events: []model.Event{{Seq: 5, At: time.Now().UTC(), Kind: model.MeetingEnded}}})
	if !strings.Contains(frame(v), "↑/↓ pgup/pgdn scroll") {
		t.Errorf("the viewer is not told how to scroll:\n%s", frame(v))
	}
	scrollsTheWrapUp(t, "viewer", func() string { return frame(v) }, func(k tea.KeyPressMsg) { v.Update(k) }, "file each action item's ticket")
	if len(v.Events()) != n+1 {
		t.Errorf("scrolling recorded events: %v", kinds(v.Events()[n:]))
	}
}
