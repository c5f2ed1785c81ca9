package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// waitEvents waits until the session file holds n events.
func (r *room) waitEvents(n int) []model.Event {
	r.T.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		evs := r.Events()
		if len(evs) >= n || time.Now().After(deadline) {
			return evs
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestMeetingScreenOverSSH runs the real meeting screen for a
// facilitator, a scribe and a viewer: the scribe types a note, the
// others see them typing and then the note; the note is the scribe's in
// the file, no one's draft is in the shared log, and the viewer's keys
// change nothing.
func TestMeetingScreenOverSSH(t *testing.T) {
	ana, kim, val := servetest.NewPerson(t, "ana", "facilitator"), servetest.NewPerson(t, "kim", "scribe"), servetest.NewPerson(t, "val", "viewer")
	r := openRoom(t, []servetest.Person{ana, kim, val}, "well")
	fa, sc, vw := r.Join(ana, 100, 30), r.Join(kim, 80, 24), r.Join(val, 80, 24)
	for _, s := range []*servetest.Term{fa, sc, vw} {
		s.WaitFor("3 here")
	}
	vw.WaitFor("VIEWER · read-only")
	fa.WaitFor("ana · facilitator", "ctrl+n next phase")
	sc.WaitFor("kim · scribe")
	if strings.Contains(sc.Screen(), "ctrl+n") {
		t.Errorf("the scribe's help offers the facilitator's ctrl+n:\n%s", sc.Screen())
	}
	if strings.Contains(vw.Screen(), "note ›") {
		t.Errorf("the viewer has a note box:\n%s", vw.Screen())
	}

	sc.Send("The pool filled before the alert fired")
	fa.WaitFor("kim scribe ✎ typing")
	vw.WaitFor("kim scribe ✎ typing")
	sc.Send("\r")
	fa.WaitFor("The pool filled before the alert fired")
	vw.WaitFor("The pool filled before the alert fired")

	evs := r.waitEvents(3)
	if n := servetest.CountKind(evs, model.NoteAdded); n != 1 {
		t.Fatalf("%d notes in the file, want 1", n)
	}
	if last := evs[len(evs)-1]; last.Kind != model.NoteAdded || last.Author != "kim" {
		t.Errorf("last event %+v, want kim's note", last)
	}
	if n := servetest.CountKind(evs, model.DraftSaved); n != 0 {
		t.Errorf("%d draft_saved events in the shared log; drafts are each person's own", n)
	}

	before := len(r.Events())
	frame := vw.Screen()
	vw.Send("typed by a viewer\r")
	vw.Send("\x0e") // ctrl+n
	vw.Send("\x1bed")
	time.Sleep(300 * time.Millisecond)
	if n := len(r.Events()); n != before {
		t.Errorf("the viewer's keys recorded %d events", n-before)
	}
	if strings.Contains(vw.Screen(), "typed by a viewer") {
		t.Errorf("the viewer's typing shows:\n%s", vw.Screen())
	}
	if vw.Screen() != frame && strings.Contains(vw.Screen(), "TYPING") {
		t.Errorf("the viewer's screen changed to a mode:\n%s", vw.Screen())
	}
}

// TestParticipantWritesOnlyTheirOwn: a participant adds a note of their
// own in an open phase, cannot start editing the scribe's note, and has
// no note to commit in a phase that is not open to them.
func TestParticipantWritesOnlyTheirOwn(t *testing.T) {
	kim, pat, ana := servetest.NewPerson(t, "kim", "scribe"), servetest.NewPerson(t, "pat", "participant"), servetest.NewPerson(t, "ana", "facilitator")
	r := openRoom(t, []servetest.Person{kim, pat, ana}, "well")
	sc, pa, fa := r.Join(kim, 80, 24), r.Join(pat, 80, 24), r.Join(ana, 80, 24)
	sc.WaitFor("3 here")
	sc.Send("Rollback took two minutes\r")
	pa.WaitFor("Rollback took two minutes")
	pa.Send("Paging reached the right team\r")
	sc.WaitFor("Paging reached the right team")
	evs := r.waitEvents(4)
	if last := evs[len(evs)-1]; last.Author != "pat" {
		t.Fatalf("last event %+v, want pat's note", last)
	}

	// On the list, the scribe's note (the first) cannot be edited by pat.
	pa.Send("\x1b")
	pa.WaitFor("NOTES · keys act")
	pa.Send("g")
	time.Sleep(100 * time.Millisecond)
	pa.Send("e")
	time.Sleep(200 * time.Millisecond)
	if strings.Contains(pa.Screen(), "edit #") {
		t.Errorf("pat could start editing kim's note:\n%s", pa.Screen())
	}
	// Their own note (the last) they can.
	pa.Send("G")
	time.Sleep(100 * time.Millisecond)
	pa.Send("e")
	pa.WaitFor("edit #2")
	pa.Send("\x15Paging reached the right team fast\r")
	sc.WaitFor("Paging reached the right team fast")

	// The facilitator moves to action items, a phase that is the scribe's.
	fa.Send("\x0e")
	fa.WaitFor("✓ What went well") // the facilitator's screen has the new phase
	fa.Send("\x0e")
	pa.WaitFor("not your phase")
	n := len(r.Events())
	pa.Send("i")
	pa.Send("A note where participants do not write\r")
	time.Sleep(300 * time.Millisecond)
	if got := len(r.Events()); got != n {
		t.Errorf("a participant recorded %d events in a phase not open to them", got-n)
	}
}

// TestServedDraftIsKeptPerPerson: what a person typed and did not commit
// stays in their own box when the facilitator moves the phase, and comes
// back to the same key after the connection drops.
func TestServedDraftIsKeptPerPerson(t *testing.T) {
	ana, kim := servetest.NewPerson(t, "ana", "facilitator"), servetest.NewPerson(t, "kim", "scribe")
	r := openRoom(t, []servetest.Person{ana, kim}, "well")
	fa, sc := r.Join(ana, 80, 24), r.Join(kim, 80, 24)
	sc.WaitFor("2 here")
	fa.Send("the facilitator's own words")
	sc.Send("half a thought about retries")
	fa.WaitFor("kim scribe ✎ typing")
	fa.Send("\x0e") // ctrl+n: what didn't go well
	sc.WaitFor("What didn't", "half a thought about retries")
	fa.WaitFor("the facilitator's own words")
	sc.Client.Close()
	fa.WaitFor("1 here")
	again := r.Join(kim, 80, 24)
	again.WaitFor("half a thought about retries", "your unfinished text is back")
	if n := servetest.CountKind(r.Events(), model.DraftSaved); n != 0 {
		t.Errorf("%d draft_saved events in the shared log", n)
	}
}

// TestHostEndingTheMeetingTellsEveryone: when the host closes the
// session, each guest's screen leaves the alternate screen with a last
// word rather than freezing on the meeting.
func TestHostEndingTheMeetingTellsEveryone(t *testing.T) {
	kim := servetest.NewPerson(t, "kim", "scribe")
	r := openRoom(t, []servetest.Person{kim}, "well")
	sc := r.Join(kim, 80, 24)
	sc.WaitFor("1 here")
	if err := r.hub.Record(model.Event{Kind: model.SessionClosed}); err != nil {
		t.Fatal(err)
	}
	sc.WaitFor("the host ended the meeting")
}
