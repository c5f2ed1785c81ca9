package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// closedThenDone is a 50-minute meeting, closed, whose action item was
// marked done thirty days later, as `debrief actions done` records it.
func closedThenDone() []model.Event {
	ag := agenda.Default()
	setup := model.Setup{Title: "Checkout timeouts", Service: "payments", Severity: model.SEV2, IncidentDate: "2026-08-12"}
	t0 := time.Date(2026, 8, 14, 15, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	return []model.Event{
		{Seq: 1, At: at(0), Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Seq: 2, At: at(0), Kind: model.PhaseStarted, Phase: "opening"},
		{Seq: 3, At: at(10 * time.Minute), Kind: model.PhaseStarted, Phase: "actions"},
		{Seq: 4, At: at(11 * time.Minute), Kind: model.NoteAdded, Phase: "actions", Note: 1,
			Text: "Alert on pool utilization @rosa due:2026-08-28 PAY-311 P1 #detect"},
		{Seq: 5, At: at(20 * time.Minute), Kind: model.SessionClosed},
		// Resumed the next day: the night between was not meeting time.
		{Seq: 6, At: at(24 * time.Hour), Kind: model.SessionResumed},
		{Seq: 7, At: at(24*time.Hour + 30*time.Minute), Kind: model.MeetingEnded},
		{Seq: 8, At: at(24*time.Hour + 31*time.Minute), Kind: model.SessionClosed},
		{Seq: 9, At: at(30 * 24 * time.Hour), Kind: model.ActionStatusSet, Note: 1, Value: model.StatusDone},
		{Seq: 10, At: at(31 * 24 * time.Hour), Kind: model.TicketLinked, Note: 1, Field: "jira", Value: "PAY-311"},
	}
}

// TestReplayLastsAsLongAsTheMeeting: the playback is the meeting's own
// 51 minutes, not the month until an action item was closed; the later
// events play at the end, and their status line names their day.
func TestReplayLastsAsLongAsTheMeeting(t *testing.T) {
	evs := closedThenDone()
	real := meetingStart
	r, err := NewReplay(ReplayOptions{Events: evs, Speed: 60, Now: func() time.Time { return real }})
	if err != nil {
		t.Fatal(err)
	}
	r.Init()
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	head := func() string { return strings.SplitN(ansi.Strip(r.View().Content), "\n", 3)[1] }
	if h := head(); !strings.Contains(h, "0:00 / 51:00") {
		t.Fatalf("playback bar %q, want 0:00 / 51:00", h)
	}
	// 20 real seconds at 60x is 20 meeting minutes: up to the close,
	// and not yet the next day's wrap-up.
	real = real.Add(20 * time.Second)
	r.Update(replayTickMsg(real))
	if got := evs[r.Position()-1].Kind; got != model.SessionResumed {
		t.Fatalf("after 20 meeting minutes at %s, want the close and the resume, not the wrap-up", got)
	}
	real = real.Add(31 * time.Second)
	r.Update(replayTickMsg(real))
	if r.Position() != len(evs) {
		t.Fatalf("after the meeting's 51 minutes at event %d of %d", r.Position(), len(evs))
	}
	if h := head(); !strings.Contains(h, "51:00 / 51:00") || !strings.Contains(h, "end") {
		t.Fatalf("playback bar at the end %q", h)
	}
	r.Seek(9)
	if !strings.Contains(ansi.Strip(r.View().Content), "2026-09-13 15:00:00 action #1 marked done") {
		t.Fatalf("a later event's status line does not name its day:\n%s", ansi.Strip(r.View().Content))
	}
}

// TestReplayScrollsToTheEndOfTheWrapUp: at 80x24 the wrap-up is longer
// than its pane; ↓ brings its last lines into view, ↑ goes back, and the
// help line offers the keys only while there is more to see.
func TestReplayScrollsToTheEndOfTheWrapUp(t *testing.T) {
	evs := closedThenDone()
	r, err := NewReplay(ReplayOptions{Events: evs, Now: func() time.Time { return meetingStart }})
	if err != nil {
		t.Fatal(err)
	}
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	view := func() string { return ansi.Strip(r.View().Content) }
	if strings.Contains(view(), "↑/↓ pgup/pgdn scroll") {
		t.Fatalf("scroll offered with nothing to scroll:\n%s", view())
	}
	r.Seek(len(evs))
	last := "file each action item's ticket"
	if s := view(); !strings.Contains(s, "more below") || strings.Contains(s, last) || !strings.Contains(s, "↑/↓ pgup/pgdn scroll") {
		t.Fatalf("want the wrap-up cut, with the scroll keys offered:\n%s", s)
	}
	for i := 0; i < 40 && strings.Contains(view(), "more below"); i++ {
		r.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	if s := view(); !strings.Contains(s, last) {
		t.Fatalf("↓ never reached the wrap-up's last line:\n%s", s)
	}
	for i := 0; i < 40 && strings.Contains(view(), "above"); i++ {
		r.Update(keyRune('k'))
	}
	if s := view(); !strings.Contains(s, "Wrap-up\n") && !strings.Contains(s, "│ Wrap-up ") {
		t.Fatalf("↑ never came back to the top:\n%s", s)
	}
}

// TestReplayScrollsBackThroughANotesList: paused on a phase with more
// notes than fit, ↑ reaches the first note; playing on follows the newest
// again.
func TestReplayScrollsBackThroughANotesList(t *testing.T) {
	evs := closedThenDone()[:4]
	for i := 2; i <= 30; i++ {
		evs = append(evs, model.Event{Seq: len(evs) + 1, At: evs[len(evs)-1].At.Add(time.Second), Kind: model.NoteAdded,
			Phase: "actions", Note: i, Text: fmt.Sprintf("Action number %d @rosa due:2026-08-28 P2", i)})
	}
	r, err := NewReplay(ReplayOptions{Events: evs, Now: func() time.Time { return meetingStart }})
	if err != nil {
		t.Fatal(err)
	}
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	r.Seek(len(evs))
	view := func() string { return ansi.Strip(r.View().Content) }
	first := "Alert on pool utilization"
	if s := view(); strings.Contains(s, first) || !strings.Contains(s, "↑/↓ pgup/pgdn scroll") {
		t.Fatalf("want the first note out of view and scrolling offered:\n%s", s)
	}
	for range 40 {
		r.Update(tea.KeyPressMsg{Code: tea.KeyUp})
	}
	if s := view(); !strings.Contains(s, first) {
		t.Fatalf("↑ never reached the first note:\n%s", s)
	}
	r.Update(keyRune('h'))
	r.Update(keyRune('l'))
	if s := view(); strings.Contains(s, first) || !strings.Contains(s, "Action number 30") {
		t.Fatalf("stepping did not follow the newest note again:\n%s", s)
	}
}
