package model

import (
	"bytes"
	"errors"
	"testing"
)

// servedMeeting is a session in the "poorly" phase with one note by each
// of kim (a participant) and the scribe.
func servedMeeting(t *testing.T) *State {
	t.Helper()
	s, err := Fold([]Event{
		{Seq: 1, At: t0, Kind: SessionCreated, Setup: testSetup(), Agenda: testAgenda()},
		{Seq: 2, At: t0, Kind: PhaseStarted, Phase: "poorly", Author: "ana"},
		{Seq: 3, At: t0, Kind: NoteAdded, Note: 1, Phase: "poorly", Text: "the alert was silent", Author: "kim"},
		{Seq: 4, At: t0, Kind: NoteAdded, Note: 2, Phase: "poorly", Text: "the runbook was stale", Author: "bo"},
		{Seq: 5, At: t0, Kind: NoteAdded, Note: 3, Phase: "impact", Text: "47 minutes", Author: "bo"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNoteKeepsItsAuthor(t *testing.T) {
	s := servedMeeting(t)
	if n, _ := s.Note(1); n.Author != "kim" {
		t.Fatalf("note 1 author %q, want kim", n.Author)
	}
	// An edit by someone else leaves the note theirs.
	if err := s.Apply(Event{Seq: 6, At: t0, Kind: NoteEdited, Note: 1, Text: "the alert did not fire", Author: "bo"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Note(1); n.Author != "kim" {
		t.Fatalf("after bo's edit note 1 author %q, want kim", n.Author)
	}
}

func TestAuthorRoundTripsAndIsLeftOutWhenEmpty(t *testing.T) {
	with, err := EncodeEvent(Event{Seq: 1, At: t0, Kind: NoteEdited, Note: 2, Text: "x", Author: "kim"})
	if err != nil {
		t.Fatal(err)
	}
	without, _ := EncodeEvent(Event{Seq: 1, At: t0, Kind: NoteEdited, Note: 2, Text: "x"})
	if bytes.Contains(without, []byte("author")) {
		t.Fatalf("an event without author writes %q", without)
	}
	ev, lerr, _ := decodeLine(bytes.TrimSpace(with))
	if lerr != nil || ev.Author != "kim" {
		t.Fatalf("decode %q: %+v, %v", with, ev, lerr)
	}
}

func TestPermit(t *testing.T) {
	s := servedMeeting(t)
	var p Policy
	cases := []struct {
		role  Access
		who   string
		ev    Event
		allow bool
	}{
		{Viewer, "vi", Event{Kind: NoteAdded, Phase: "poorly", Text: "x"}, false},
		{Viewer, "vi", Event{Kind: PhaseStarted, Phase: "impact"}, false},
		{Participant, "kim", Event{Kind: NoteAdded, Phase: "poorly", Text: "x"}, true},
		{Participant, "kim", Event{Kind: NoteAdded, Phase: "impact", Text: "x"}, false},
		{Participant, "kim", Event{Kind: NoteEdited, Note: 1, Text: "mine"}, true},
		{Participant, "kim", Event{Kind: NoteDeleted, Note: 1}, true},
		{Participant, "kim", Event{Kind: NoteAdded, Phase: "poorly", Parent: 1, Text: "why"}, true},
		{Participant, "kim", Event{Kind: NoteAdded, Phase: "poorly", Parent: 2, Text: "why"}, true},
		{Participant, "kim", Event{Kind: NoteAdded, Phase: "poorly", Parent: 3, Text: "why"}, false},
		{Participant, "kim", Event{Kind: NoteEdited, Note: 2, Text: "theirs"}, false},
		{Participant, "kim", Event{Kind: NoteDeleted, Note: 2}, false},
		{Participant, "kim", Event{Kind: NoteMoved, Note: 2, Section: SectionFactor}, false},
		{Participant, "", Event{Kind: NoteAdded, Phase: "poorly", Text: "x"}, false},
		{Participant, "kim", Event{Kind: ImpactSet, Field: "duration", Value: "1h"}, false},
		{Participant, "kim", Event{Kind: FlagDismissed, Note: 1, Rule: "who"}, false},
		{Scribe, "bo", Event{Kind: NoteEdited, Note: 1, Text: "any note"}, true},
		{Scribe, "bo", Event{Kind: NoteAdded, Phase: "impact", Text: "any phase"}, true},
		{Scribe, "bo", Event{Kind: SummarySet, Text: "s"}, true},
		{Scribe, "bo", Event{Kind: PhaseStarted, Phase: "impact"}, false},
		{Scribe, "bo", Event{Kind: TimerExtended, Seconds: 60}, false},
		{Scribe, "bo", Event{Kind: FlagDismissed, Note: 1, Rule: "who"}, false},
		{Facilitator, "ana", Event{Kind: PhaseStarted, Phase: "impact"}, true},
		{Facilitator, "ana", Event{Kind: FlagDismissed, Note: 1, Rule: "who"}, true},
		{Facilitator, "ana", Event{Kind: NoteEdited, Note: 1, Text: "any"}, true},
		{Facilitator, "ana", Event{Kind: SessionClosed}, false},
		{Facilitator, "ana", Event{Kind: "made_up"}, false},
		{Participant, "kim", Event{Kind: DraftKept, Draft: 1}, false},
		{Scribe, "bo", Event{Kind: DraftKept, Draft: 1}, true},
		{Scribe, "bo", Event{Kind: DraftDropped, Draft: 1}, true},
		{Participant, "kim", Event{Kind: Classified, Field: ClassTrigger, Value: "config push"}, false},
		{Scribe, "bo", Event{Kind: Classified, Field: ClassTrigger, Value: "config push"}, true},
		{Scribe, "bo", Event{Kind: ActionStatusSet, Note: 1, Value: StatusDone}, false},
		{Facilitator, "ana", Event{Kind: ActionStatusSet, Note: 1, Value: StatusDone}, true},
	}
	for _, c := range cases {
		err := Permit(s, p, c.role, c.who, c.ev)
		if (err == nil) != c.allow {
			t.Errorf("%s %q %s note %d: allowed=%v, want %v (%v)", c.role, c.who, c.ev.Kind, c.ev.Note, err == nil, c.allow, err)
		}
		var r *Refusal
		if err != nil && !errors.As(err, &r) {
			t.Errorf("refusal is %T, want *Refusal", err)
		}
	}
}

func TestPolicyOpenPhases(t *testing.T) {
	s := servedMeeting(t)
	p := Policy{OpenPhases: []string{"impact"}}
	if err := Permit(s, p, Participant, "kim", Event{Kind: NoteAdded, Phase: "impact", Text: "x"}); err != nil {
		t.Fatalf("impact opened, still refused: %v", err)
	}
	if err := Permit(s, p, Participant, "kim", Event{Kind: NoteAdded, Phase: "poorly", Text: "x"}); err == nil {
		t.Fatal("poorly not opened, still allowed")
	}
}

func TestParseAccess(t *testing.T) {
	for _, a := range Accesses {
		if got, err := ParseAccess(a.String()); err != nil || got != a {
			t.Errorf("ParseAccess(%q) = %v, %v", a, got, err)
		}
	}
	if _, err := ParseAccess("admin"); err == nil {
		t.Error("admin accepted")
	}
	if !Facilitator.CanExport() || Scribe.CanExport() || !Facilitator.CanPromote() || Participant.CanPromote() {
		t.Error("export and promote are the facilitator's")
	}
}
