package export

import (
	"fmt"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// bigSession is a 10,000-event meeting on the default agenda: notes of
// every kind, factors with whys, action items, edits and flags to check.
func bigSession(tb testing.TB, n int) []model.Event {
	tb.Helper()
	s := newSession(time.Date(2026, 2, 18, 14, 0, 0, 0, time.UTC), checkoutSetup, reviewAgenda())
	phases := reviewAgenda().Phases
	per := n / len(phases)
	for _, p := range phases {
		s.phase(p.ID)
		start := len(s.events)
		for i := 0; len(s.events)-start < per && len(s.events) < n-1; i++ {
			switch p.Capture {
			case agenda.CaptureTimeline:
				s.note(p.ID, "", fmt.Sprintf("%02d:%02d Error rate on shard %d rose past the alert threshold #detected", 9+i/60%14, i%60, i))
			case agenda.CaptureActions:
				s.note(p.ID, "", fmt.Sprintf("Add a pool saturation alert for shard %d @alice due:2026-03-04 ENG-%d P1 #detect", i, 4000+i))
			case agenda.CapturePoorly:
				id := s.note(p.ID, model.SectionFactor, fmt.Sprintf("Shard %d had no pool alert, so saturation showed only as 5xx responses", i))
				s.why(p.ID, id, "The alert was added to the platform template after the service was onboarded.")
				s.note(p.ID, "", fmt.Sprintf("Tom should have checked shard %d before the deploy", i))
			case agenda.CaptureImpact:
				s.note(p.ID, "", fmt.Sprintf("Shard %d served 503s to 2%% of checkout traffic for 12 minutes", i))
			default:
				id := s.note(p.ID, "", fmt.Sprintf("Note %d about the rollback runbook and the canary gate", i))
				s.add(model.Event{Kind: model.NoteEdited, Note: id, Text: fmt.Sprintf("Note %d about the rollback runbook and the canary gate, edited", i)})
			}
		}
	}
	s.add(model.Event{Kind: model.MeetingEnded})
	return s.events
}

// BenchmarkExport10k measures the whole Markdown export of a 10,000-event
// session, the design's budget being 100 ms.
func BenchmarkExport10k(b *testing.B) {
	events := bigSession(b, 10_000)
	if len(events) < 9_900 {
		b.Fatalf("only %d events", len(events))
	}
	s := fold(b, events)
	b.ResetTimer()
	for b.Loop() {
		_ = Markdown(s, events, Options{})
	}
}

// BenchmarkActionsYAML10k measures the YAML export of the same session.
func BenchmarkActionsYAML10k(b *testing.B) {
	s := fold(b, bigSession(b, 10_000))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ActionsYAML(s, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMarkdown10k measures reading the meeting record back out.
func BenchmarkParseMarkdown10k(b *testing.B) {
	events := bigSession(b, 10_000)
	md := []byte(Markdown(fold(b, events), events, Options{}))
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := ParseMarkdown("pm.md", md); err != nil {
			b.Fatal(err)
		}
	}
}
