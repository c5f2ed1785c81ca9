package model

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// meetingOf folds a log the way the app records it: each event stamped
// and applied in turn, with step giving the next event from the state.
type meetingOf struct {
	t *testing.T
	s *State
	n int
}

func newMeetingOf(t *testing.T) *meetingOf {
	m := &meetingOf{t: t, s: New()}
	m.apply(Event{Kind: SessionCreated, Setup: testSetup(), Agenda: testAgenda()})
	return m
}

func (m *meetingOf) apply(evs ...Event) {
	m.t.Helper()
	for _, ev := range evs {
		m.n++
		ev.Seq, ev.At = m.n, t0.Add(time.Duration(m.n)*time.Second)
		if err := m.s.Apply(ev); err != nil {
			m.t.Fatalf("event %d %s: %v", m.n, ev.Kind, err)
		}
	}
}

// press applies what a navigation key records, if anything.
func (m *meetingOf) press(key func(*State) (Event, bool)) bool {
	ev, ok := key(m.s)
	if ok {
		m.apply(ev)
	}
	return ok
}

func (m *meetingOf) where() string {
	switch {
	case !m.s.Started():
		return "setup"
	case m.s.Ended():
		return "wrap-up"
	}
	return m.s.CurrentPhaseID()
}

func TestNextAndPreviousPhaseAsKeySequences(t *testing.T) {
	type step struct {
		key  func(*State) (Event, bool)
		want string
		ok   bool
	}
	m := newMeetingOf(t)
	for i, st := range []step{
		{NextPhase, "setup", false}, // the setup screen starts the meeting, not next
		{PrevPhase, "setup", false},
	} {
		if ok := m.press(st.key); ok != st.ok || m.where() != st.want {
			t.Fatalf("step %d: at %s (recorded %v), want %s (%v)", i, m.where(), ok, st.want, st.ok)
		}
	}
	m.apply(Event{Kind: PhaseStarted, Phase: "opening"})
	for i, st := range []step{
		{PrevPhase, "opening", false},
		{NextPhase, "impact", true},
		{NextPhase, "poorly", true},
		{PrevPhase, "impact", true},
		{NextPhase, "poorly", true},
		{NextPhase, "wrap-up", true},
		{NextPhase, "wrap-up", false},
		{PrevPhase, "poorly", true},
		{NextPhase, "wrap-up", true},
	} {
		if ok := m.press(st.key); ok != st.ok || m.where() != st.want {
			t.Fatalf("step %d: at %s (recorded %v), want %s (%v)", i, m.where(), ok, st.want, st.ok)
		}
	}
}

func TestUndoOfADeletePutsBackWhysAndDismissals(t *testing.T) {
	m := newMeetingOf(t)
	m.apply(Event{Kind: PhaseStarted, Phase: "poorly"},
		Event{Kind: NoteAdded, Note: 1, Phase: "poorly", Section: SectionFactor, Text: "the pool alert never fired"},
		Event{Kind: NoteAdded, Note: 2, Phase: "poorly", Parent: 1, Text: "its threshold was 100%"},
		Event{Kind: NoteAdded, Note: 3, Phase: "poorly", Parent: 2, Text: "the template had no default"},
		Event{Kind: FlagDismissed, Note: 2, Rule: "counterfactual"},
		Event{Kind: NoteAdded, Note: 4, Phase: "poorly", Text: "traffic was low"})
	before := snapshot(m.s)
	if got := m.s.DeepestWhy(1); got != 3 {
		t.Fatalf("deepest why of 1 is %d, want 3", got)
	}
	undo := m.s.RestoreEvents(1)
	m.apply(Event{Kind: NoteDeleted, Note: 1})
	if _, ok := m.s.Note(2); ok {
		t.Fatal("a why outlived its deleted factor")
	}
	m.apply(undo...)
	if after := snapshot(m.s); !reflect.DeepEqual(after, before) {
		t.Fatalf("undo put back\n%v\nwant\n%v", after, before)
	}
}

// snapshot is the notes as a reader sees them, times left out.
func snapshot(s *State) map[int]Note {
	out := map[int]Note{}
	for id, n := range s.notes {
		c := *n
		c.Added, c.Edited = time.Time{}, time.Time{}
		out[id] = c
	}
	return out
}

func TestActionFromFieldsUsesTheOneLineSyntax(t *testing.T) {
	meeting := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		f    ActionFields
		want string
		bad  bool
	}{
		{ActionFields{What: "Add pool alert", Owner: "alice", Due: "+14d", Ticket: "ENG-4421", Priority: "p1", Type: "Prevent"},
			"Add pool alert @alice due:2026-12-04 ENG-4421 P1 #prevent", false},
		{ActionFields{What: "Page the DBA", Owner: "dba.lead@example.com", Ticket: "https://t.example/9"},
			"Page the DBA dba.lead@example.com https://t.example/9", false},
		{ActionFields{What: "Write the runbook", Owner: "@bo", Due: "2026-02-30"}, "", true},
		{ActionFields{What: "Raise the limit", Due: "someday"}, "", true},
	} {
		it := ActionFromFields(tc.f, meeting)
		if tc.bad {
			if len(it.Problems) == 0 {
				t.Errorf("%+v: no problem reported", tc.f)
			}
			continue
		}
		if got := it.Format(); got != tc.want || len(it.Problems) > 0 {
			t.Errorf("%+v:\n got %q %v\nwant %q", tc.f, got, it.Problems, tc.want)
		}
		if back := ParseAction(it.Format(), meeting).Fields(); back != it.Fields() {
			t.Errorf("fields do not survive the line: %+v vs %+v", back, it.Fields())
		}
	}
}

func TestDraftsAreKeptPerPhaseAndClearedByAnEmptyOne(t *testing.T) {
	m := newMeetingOf(t)
	m.apply(Event{Kind: PhaseStarted, Phase: "impact"},
		DraftEvent("impact", Draft{Text: "22% of checkout requests fa", Target: DraftNote}),
		Event{Kind: PhaseStarted, Phase: "poorly"},
		Event{Kind: NoteAdded, Note: 1, Phase: "poorly", Text: "the alert did not fire"},
		DraftEvent("poorly", Draft{Text: "the alert had no owner", Target: DraftEdit, Note: 1}),
		DraftEvent("", Draft{Text: "Checkout failed for", Target: DraftSummary}))
	if d, ok := m.s.DraftOf("impact"); !ok || d.Text != "22% of checkout requests fa" || d.Target != DraftNote {
		t.Fatalf("impact draft %+v %v", d, ok)
	}
	if d, _ := m.s.DraftOf("poorly"); d.Target != DraftEdit || d.Note != 1 {
		t.Fatalf("poorly draft %+v", d)
	}
	if d, _ := m.s.DraftOf(""); d.Target != DraftSummary {
		t.Fatalf("wrap-up draft %+v", d)
	}
	// The note it edits goes: the words come back as a new note.
	m.apply(Event{Kind: NoteDeleted, Note: 1})
	if d, _ := m.s.DraftOf("poorly"); d.Target != DraftNote || d.Text != "the alert had no owner" {
		t.Fatalf("draft of a deleted note %+v", d)
	}
	// A why just started, with a new note set aside: kept, not cleared.
	m.apply(Event{Kind: NoteAdded, Note: 2, Phase: "poorly", Text: "the pool was small"},
		DraftEvent("poorly", Draft{Target: DraftWhy, Note: 2, Aside: "Staging runs a tenth"}))
	if d, ok := m.s.DraftOf("poorly"); !ok || d.Aside != "Staging runs a tenth" || d.Target != DraftWhy {
		t.Fatalf("draft with text set aside %+v %v", d, ok)
	}
	m.apply(DraftEvent("impact", Draft{}))
	if _, ok := m.s.DraftOf("impact"); ok {
		t.Fatal("an empty draft did not clear the phase's draft")
	}
	if err := m.s.Apply(Event{Seq: 99, At: t0, Kind: DraftSaved, Phase: "nowhere", Text: "x"}); err == nil {
		t.Fatal("a draft for an unknown phase was accepted")
	}
}

func TestOpenFlagsLeaveOutDismissedOnesAndDeletedNotes(t *testing.T) {
	m := newMeetingOf(t)
	m.apply(Event{Kind: PhaseStarted, Phase: "poorly"},
		Event{Kind: NoteAdded, Note: 1, Phase: "poorly", Text: "bad bad"},
		Event{Kind: NoteAdded, Note: 2, Phase: "poorly", Parent: 1, Text: "bad"},
		Event{Kind: NoteAdded, Note: 3, Phase: "impact", Text: "fine"},
		Event{Kind: FlagDismissed, Note: 1, Rule: "b"})
	check := func(text string) []string {
		if strings.Contains(text, "bad bad") {
			return []string{"a", "b"}
		}
		if strings.Contains(text, "bad") {
			return []string{"a"}
		}
		return nil
	}
	c := m.s.OpenFlags(check)
	if c.Total != 2 || c.ByNote[1] != 1 || c.ByNote[2] != 1 || c.ByPhase["poorly"] != 2 || c.ByPhase["impact"] != 0 {
		t.Fatalf("counts %+v", c)
	}
	m.apply(Event{Kind: NoteDeleted, Note: 1})
	if c := m.s.OpenFlags(check); c.Total != 0 {
		t.Fatalf("deleted notes still counted: %+v", c)
	}
}

// TestFlagTextLeavesOutATimelineLinesTime: the checker reads a timeline
// line's event, as the note box does while it is typed, and every other
// note whole.
func TestFlagTextLeavesOutATimelineLinesTime(t *testing.T) {
	ag := testAgenda()
	ag.Phases = append(ag.Phases, agenda.Phase{ID: "timeline", Title: "Timeline", Minutes: 15, Capture: agenda.CaptureTimeline})
	m := &meetingOf{t: t, s: New()}
	m.apply(Event{Kind: SessionCreated, Setup: testSetup(), Agenda: ag})
	m.apply(Event{Kind: PhaseStarted, Phase: "timeline"},
		Event{Kind: NoteAdded, Note: 1, Phase: "timeline", Text: "09:20 Who deployed this?"},
		Event{Kind: NoteAdded, Note: 2, Phase: "timeline", Text: "2026-11-19 09:25:10 UTC Who approved it?"},
		Event{Kind: NoteAdded, Note: 3, Phase: "poorly", Text: "09:20 Who deployed this?"})
	for id, want := range map[int]string{1: "Who deployed this?", 2: "Who approved it?", 3: "09:20 Who deployed this?"} {
		n, _ := m.s.Note(id)
		if got := m.s.FlagText(n); got != want {
			t.Errorf("note %d: %q, want %q", id, got, want)
		}
	}
	c := m.s.OpenFlags(func(text string) []string {
		if strings.HasPrefix(text, "Who") {
			return []string{"who"}
		}
		return nil
	})
	if c.Total != 2 || c.ByPhase["timeline"] != 2 {
		t.Fatalf("counts %+v", c)
	}
}
