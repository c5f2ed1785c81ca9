package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// reviewSessionWith is a resumed meeting in its timeline phase with n
// imported rows from three sources, the keys on the review pane.
func reviewSessionWith(b *testing.B, n int) *Model {
	b.Helper()
	c := &clock{t: meetingStart}
	ag := agenda.Default()
	setup := model.Setup{Title: "Checkout errors", Severity: model.SEV2, IncidentDate: "2026-11-19"}
	evs := []model.Event{
		{Seq: 1, At: meetingStart, Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Seq: 2, At: meetingStart, Kind: model.PhaseStarted, Phase: "timeline"},
	}
	sources := []string{"alertmanager:alerts.json", "pagerduty:log.json", "slack:inc-checkout"}
	for i := range n {
		evs = append(evs, model.Event{Seq: len(evs) + 1, At: meetingStart, Kind: model.DraftAdded, Draft: i + 1,
			Source: sources[i%3], Text: model.DraftLine(incident.Add(time.Duration(i)*time.Second), "Checkout error rate above 5% on the canary", "")})
	}
	m, err := New(Options{Now: c.now, Store: &memStore{}, Events: evs})
	if err != nil {
		b.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.Update(esc)
	m.View()
	return m
}

// BenchmarkReviewKeystroke is one key on the review pane, update and
// view, with 10 and with 1,000 imported rows: moving, jumping to the next
// draft, dropping a row, and moving the end of a range over every row.
// The budget is the same cost at both sizes
// (within twice): the pane is built when rows move, not per key, and
// draws only the rows in its window. With ten rows every screen n or d
// can lead to was framed before and is reused whole; with a thousand
// nearly every one is new, so a new screen frames only the lines that
// changed (framePane).
func BenchmarkReviewKeystroke(b *testing.B) {
	for _, k := range []struct {
		name  string
		setup []tea.Msg
		keys  []tea.Msg
	}{
		{"move", nil, []tea.Msg{keyRune('j'), keyRune('k')}},
		{"next", nil, []tea.Msg{keyRune('n')}},
		{"drop", nil, []tea.Msg{keyRune('d')}},
		// A range over every row, its end moved up and down.
		{"range", []tea.Msg{keyRune('v'), keyRune('G')}, []tea.Msg{keyRune('k'), keyRune('j')}},
	} {
		for _, n := range []int{10, 1000} {
			b.Run(fmt.Sprintf("%s/rows=%d", k.name, n), func(b *testing.B) {
				m := reviewSessionWith(b, n)
				for _, msg := range k.setup {
					m.Update(msg)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := range b.N {
					if m.state.PendingDrafts() == 0 {
						b.StopTimer()
						m = reviewSessionWith(b, n)
						b.StartTimer()
					}
					m.Update(k.keys[i%len(k.keys)])
					_ = m.View()
				}
			})
		}
	}
}
