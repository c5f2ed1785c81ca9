package model

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

var foldT0 = time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)

// log builds a log from kinds and fields, one event a minute, opened by a
// session_created with a three-phase agenda.
func foldLog(evs ...Event) []Event {
	ag := agenda.Agenda{Name: "test", WarnMinutes: 1, Phases: []agenda.Phase{
		{ID: "a", Title: "A", Minutes: 5, Capture: agenda.CaptureNotes},
		{ID: "b", Title: "B", Minutes: 10, Capture: agenda.CapturePoorly},
		{ID: "c", Title: "C", Minutes: 5, Capture: agenda.CaptureActions},
	}}
	out := []Event{{Seq: 1, At: foldT0, Kind: SessionCreated, Setup: &Setup{Title: "t", Severity: SEV2}, Agenda: &ag}}
	for i, ev := range evs {
		ev.Seq = i + 2
		if ev.At.IsZero() {
			ev.At = foldT0.Add(time.Duration(i+1) * time.Minute)
		}
		out = append(out, ev)
	}
	return out
}

func TestFold(t *testing.T) {
	at := func(m float64) time.Time { return foldT0.Add(time.Duration(m * float64(time.Minute))) }
	tests := []struct {
		name  string
		log   []Event
		check func(t *testing.T, s *State)
	}{
		{"before the meeting starts", foldLog(), func(t *testing.T, s *State) {
			if s.Started() || s.Ended() || s.Current != -1 {
				t.Fatalf("current %d", s.Current)
			}
		}},
		{"phases run and bank their time", foldLog(
			Event{Kind: PhaseStarted, Phase: "a", At: at(0)},
			Event{Kind: PhaseStarted, Phase: "b", At: at(3)},
			Event{Kind: PhaseStarted, Phase: "a", At: at(5)}, // going back
			Event{Kind: PhaseStarted, Phase: "b", At: at(6)},
		), func(t *testing.T, s *State) {
			if s.Timers[0].Elapsed(at(20)) != 4*time.Minute {
				t.Fatalf("a ran %v, want 4m over two visits", s.Timers[0].Elapsed(at(20)))
			}
			if got := s.Timers[1].Elapsed(at(10)); got != 6*time.Minute {
				t.Fatalf("b ran %v by 10m, want 6m", got)
			}
		}},
		{"pause stops the clock and resume restarts it", foldLog(
			Event{Kind: PhaseStarted, Phase: "a", At: at(0)},
			Event{Kind: TimerPaused, At: at(2)},
			Event{Kind: TimerResumed, At: at(7)},
			Event{Kind: TimerExtended, Seconds: 90, At: at(8)},
		), func(t *testing.T, s *State) {
			if el := s.Timer().Elapsed(at(9)); el != 4*time.Minute {
				t.Fatalf("elapsed %v, want 4m (5m paused)", el)
			}
			if left := s.Timer().Remaining(at(9)); left != 2*time.Minute+30*time.Second {
				t.Fatalf("remaining %v", left)
			}
		}},
		{"a phase change resumes a paused clock", foldLog(
			Event{Kind: PhaseStarted, Phase: "a", At: at(0)},
			Event{Kind: TimerPaused, At: at(1)},
			Event{Kind: PhaseStarted, Phase: "b", At: at(4)},
		), func(t *testing.T, s *State) {
			if s.Paused || s.Timer().Elapsed(at(6)) != 2*time.Minute {
				t.Fatalf("paused %v elapsed %v", s.Paused, s.Timer().Elapsed(at(6)))
			}
		}},
		{"closed and resumed: the gap is not meeting time", foldLog(
			Event{Kind: PhaseStarted, Phase: "a", At: at(0)},
			Event{Kind: SessionClosed, At: at(3)},
			Event{Kind: SessionResumed, At: at(120)},
		), func(t *testing.T, s *State) {
			if el := s.Timer().Elapsed(at(121)); el != 4*time.Minute {
				t.Fatalf("elapsed %v, want 4m", el)
			}
		}},
		{"killed and resumed: the clock stops at the last event", foldLog(
			Event{Kind: PhaseStarted, Phase: "a", At: at(0)},
			Event{Kind: NoteAdded, Phase: "a", Note: 1, Text: "x", At: at(2)},
			Event{Kind: SessionResumed, At: at(60)},
		), func(t *testing.T, s *State) {
			if el := s.Timer().Elapsed(at(61)); el != 3*time.Minute {
				t.Fatalf("elapsed %v, want 3m", el)
			}
		}},
		{"notes: add, edit, move, why, dismiss, delete with whys", foldLog(
			Event{Kind: PhaseStarted, Phase: "b"},
			Event{Kind: NoteAdded, Phase: "b", Note: 1, Text: "factor"},
			Event{Kind: NoteAdded, Phase: "b", Note: 2, Text: "lucky", Section: SectionLucky},
			Event{Kind: NoteMoved, Note: 1, Section: SectionFactor},
			Event{Kind: NoteAdded, Phase: "b", Note: 3, Parent: 1, Text: "why 1"},
			Event{Kind: NoteAdded, Phase: "b", Note: 4, Parent: 3, Text: "why 2"},
			Event{Kind: NoteEdited, Note: 2, Text: "lucky, edited"},
			Event{Kind: FlagDismissed, Note: 2, Rule: "r2"},
			Event{Kind: FlagDismissed, Note: 2, Rule: "r1"},
			Event{Kind: FlagDismissed, Note: 2, Rule: "r1"},
			Event{Kind: NoteAdded, Phase: "a", Note: 5, Text: "tangent", Section: SectionParked},
			Event{Kind: NoteDeleted, Note: 1},
		), func(t *testing.T, s *State) {
			if s.NoteCount() != 2 || len(s.Notes("b")) != 1 {
				t.Fatalf("%d notes, b has %v", s.NoteCount(), s.Notes("b"))
			}
			n, _ := s.Note(2)
			if n.Text != "lucky, edited" || n.Section != SectionLucky || strings.Join(n.Dismissed, ",") != "r1,r2" {
				t.Fatalf("note 2: %+v", n)
			}
			if !n.IsDismissed("r1") || n.IsDismissed("r3") {
				t.Fatal("IsDismissed")
			}
			if p := s.Parked(); len(p) != 1 || p[0].ID != 5 {
				t.Fatalf("parked %v", p)
			}
			if s.NextNoteID() != 6 {
				t.Fatalf("next id %d", s.NextNoteID())
			}
		}},
		{"impact, summary, risk, end", foldLog(
			Event{Kind: PhaseStarted, Phase: "c"},
			Event{Kind: ImpactSet, Field: "duration", Value: "29 min"},
			Event{Kind: ImpactSet, Field: "revenue", Value: "$12k"},
			Event{Kind: ImpactSet, Field: "revenue", Value: ""},
			Event{Kind: SummarySet, Text: "It broke."},
			Event{Kind: RiskAccepted, Value: "yes"},
			Event{Kind: MeetingEnded},
		), func(t *testing.T, s *State) {
			if len(s.Impact) != 1 || s.Summary != "It broke." || !s.RiskAccepted || !s.Ended() {
				t.Fatalf("%+v", s)
			}
			if _, ok := s.Phase(); ok {
				t.Fatal("a phase in the wrap-up")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Fold(tt.log)
			if err != nil {
				t.Fatal(err)
			}
			if s.Count != len(tt.log) {
				t.Fatalf("count %d", s.Count)
			}
			tt.check(t, s)
		})
	}
}

func TestFoldRefusesEventsThatDoNotFit(t *testing.T) {
	tests := []struct {
		name string
		log  []Event
		want string
	}{
		{"no session first", []Event{{Seq: 1, At: foldT0, Kind: PhaseStarted, Phase: "a"}}, "first event"},
		{"second session", foldLog(Event{Kind: SessionCreated, Agenda: &agenda.Agenda{Phases: []agenda.Phase{{ID: "x"}}}}), "only open"},
		{"unknown phase", foldLog(Event{Kind: PhaseStarted, Phase: "zz"}), `no phase "zz"`},
		{"edit a missing note", foldLog(Event{Kind: NoteEdited, Note: 9, Text: "x"}), "no note 9"},
		{"duplicate id", foldLog(Event{Kind: NoteAdded, Phase: "a", Note: 1}, Event{Kind: NoteAdded, Phase: "a", Note: 1}), "already exists"},
		{"why of a missing note", foldLog(Event{Kind: NoteAdded, Phase: "a", Note: 2, Parent: 7}), "parent note 7"},
		{"bad section", foldLog(Event{Kind: NoteAdded, Phase: "a", Note: 1}, Event{Kind: NoteMoved, Note: 1, Section: "bin"}), "unknown section"},
		{"extend outside a phase", foldLog(Event{Kind: TimerExtended, Seconds: 60}), "outside a phase"},
		{"dismiss with no rule", foldLog(Event{Kind: NoteAdded, Phase: "a", Note: 1}, Event{Kind: FlagDismissed, Note: 1}), "no rule"},
		{"unknown kind", foldLog(Event{Kind: "party"}), "unknown event kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Fold(tt.log)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestApplyLeavesStateAloneOnError(t *testing.T) {
	s, err := Fold(foldLog(Event{Kind: PhaseStarted, Phase: "a"}, Event{Kind: NoteAdded, Phase: "a", Note: 1, Text: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	before := s.Count
	if s.Apply(Event{Seq: 99, At: foldT0, Kind: NoteEdited, Note: 5, Text: "y"}) == nil {
		t.Fatal("edit of a missing note accepted")
	}
	if n, _ := s.Note(1); n.Text != "x" || s.Count != before {
		t.Fatal("a refused event changed the state")
	}
}

func TestIncidentDateAndInputZone(t *testing.T) {
	learnZone(t, "Europe/Berlin")
	s, err := Fold(foldLog())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ date, zone, wantDate, wantZone string }{
		{"2026-11-19", "Europe/Berlin", "2026-11-19", "Europe/Berlin"},
		{"", "", "2026-11-20", "UTC"},
		{"2026-02-30", "Mars/Olympus", "2026-11-20", "UTC"},
	} {
		s.Setup.IncidentDate, s.Setup.TimeZone = tt.date, tt.zone
		if got := s.IncidentDate(); got != tt.wantDate {
			t.Errorf("IncidentDate(%q) = %q, want %q", tt.date, got, tt.wantDate)
		}
		if got := s.InputZone().String(); got != tt.wantZone {
			t.Errorf("InputZone(%q) = %q, want %q", tt.zone, got, tt.wantZone)
		}
	}
}
