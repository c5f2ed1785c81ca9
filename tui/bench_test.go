package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// sessionWith builds a resumed session whose current phase holds n notes
// (some of them blameful, some factors with whys), as a long meeting would.
func sessionWith(b *testing.B, n int) *Model {
	b.Helper()
	c := &clock{t: meetingStart}
	ag := agenda.Default()
	setup := model.Setup{Title: "Checkout errors", Service: "payments", Severity: model.SEV2, IncidentDate: "2026-11-19",
		Attendees: []model.Attendee{{Name: "Tom", Role: model.RoleScribe}}}
	evs := []model.Event{
		{Seq: 1, At: meetingStart, Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Seq: 2, At: meetingStart, Kind: model.PhaseStarted, Phase: "poorly"},
	}
	texts := []string{
		"Staging uses a tenth of the production pool size, so exhaustion only shows under load",
		"Tom should have checked the dashboard before promoting the canary",
		"The alert for pool utilization did not exist when the service was onboarded",
	}
	for i := range n {
		evs = append(evs, model.Event{Seq: len(evs) + 1, At: meetingStart.Add(time.Duration(i) * time.Second),
			Kind: model.NoteAdded, Phase: "poorly", Note: i + 1, Text: texts[i%len(texts)]})
	}
	m, err := New(Options{Now: c.now, Store: &memStore{}, Events: evs})
	if err != nil {
		b.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.View()
	typeKeys(m, "The deploy tool promoted the canary without")
	return m
}

// pressInTurn is the benchmark's loop: each message in turn, each
// followed by a frame drawn, as the terminal draws after every key.
func pressInTurn(b *testing.B, m *Model, msgs ...tea.Msg) {
	b.Helper()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		m.Update(msgs[i%len(msgs)])
		_ = m.View()
	}
}

// BenchmarkKeystroke is one key typed in the note box, update and view,
// with 100 and with 10,000 notes in the session. The budget is 1 ms at
// 10,000 and no more than twice the cost at 100.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		b.Run(fmt.Sprintf("notes=%d", n), func(b *testing.B) {
			m := sessionWith(b, n)
			pressInTurn(b, m, keyRune('x'), tea.KeyPressMsg{Code: tea.KeyBackspace})
		})
	}
}

// BenchmarkKeystrokeLongNote is one key typed at the end of a 20,000
// character note (a long paste being finished), with 100 notes in the
// session: the box wraps, checks and draws only what it must.
func BenchmarkKeystrokeLongNote(b *testing.B) {
	m := sessionWith(b, 100)
	m.meeting.Paste(strings.Repeat("The pool ran out of connections under load and ", 20_000/48))
	pressInTurn(b, m, keyRune('x'), tea.KeyPressMsg{Code: tea.KeyBackspace})
}

// BenchmarkReplaySeekMiddle10k seeks a replay of a 10,000-event session
// from its end to its middle: a fold to event 5,000 and the screen's
// caches rebuilt. The budget is 100 ms.
func BenchmarkReplaySeekMiddle10k(b *testing.B) {
	m := sessionWith(b, 10_000)
	r, err := NewReplay(ReplayOptions{Events: m.events, Now: func() time.Time { return meetingStart }})
	if err != nil {
		b.Fatal(err)
	}
	r.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		r.Seek(len(m.events))
		b.StartTimer()
		r.Seek(len(m.events) / 2)
		_ = r.View()
	}
}

// BenchmarkKeystrokeFlagged is one key typed at the end of a flagged note
// whose rewrite and question wrap under the box, and one flag coming and
// going (the note pasted, then cleared with ctrl+u: the rows under the box
// are taken from the panes and given back each time), with 100 and 10,000
// notes in the session. Neither may grow with the session.
func BenchmarkKeystrokeFlagged(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		b.Run(fmt.Sprintf("typing/notes=%d", n), func(b *testing.B) {
			m := sessionWith(b, n)
			m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
			m.Update(tea.PasteMsg{Content: longFlagged})
			pressInTurn(b, m, keyRune('x'), tea.KeyPressMsg{Code: tea.KeyBackspace})
		})
		b.Run(fmt.Sprintf("comes-and-goes/notes=%d", n), func(b *testing.B) {
			m := sessionWith(b, n)
			pressInTurn(b, m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}, tea.PasteMsg{Content: longFlagged})
		})
	}
}
