package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

func countKind(evs []model.Event, k model.Kind) int {
	n := 0
	for _, ev := range evs {
		if ev.Kind == k {
			n++
		}
	}
	return n
}

// waitEvents waits until the session file holds n events.
func (r *room) waitEvents(n int) []model.Event {
	r.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		evs := r.events()
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
	ana, kim, val := newGuest(t, "ana", "facilitator"), newGuest(t, "kim", "scribe"), newGuest(t, "val", "viewer")
	r := openRoom(t, []guest{ana, kim, val}, "well")
	fa, sc, vw := r.join(ana, 100, 30), r.join(kim, 80, 24), r.join(val, 80, 24)
	for _, s := range []*screen{fa, sc, vw} {
		s.waitFor("3 here")
	}
	vw.waitFor("VIEWER · read-only")
	fa.waitFor("ana · facilitator", "ctrl+n next phase")
	sc.waitFor("kim · scribe")
	if strings.Contains(sc.text(), "ctrl+n") {
		t.Errorf("the scribe's help offers the facilitator's ctrl+n:\n%s", sc.text())
	}
	if strings.Contains(vw.text(), "note ›") {
		t.Errorf("the viewer has a note box:\n%s", vw.text())
	}

	sc.send("The pool filled before the alert fired")
	fa.waitFor("kim scribe ✎ typing")
	vw.waitFor("kim scribe ✎ typing")
	sc.send("\r")
	fa.waitFor("The pool filled before the alert fired")
	vw.waitFor("The pool filled before the alert fired")

	evs := r.waitEvents(3)
	if n := countKind(evs, model.NoteAdded); n != 1 {
		t.Fatalf("%d notes in the file, want 1", n)
	}
	if last := evs[len(evs)-1]; last.Kind != model.NoteAdded || last.Author != "kim" {
		t.Errorf("last event %+v, want kim's note", last)
	}
	if n := countKind(evs, model.DraftSaved); n != 0 {
		t.Errorf("%d draft_saved events in the shared log; drafts are each person's own", n)
	}

	before := len(r.events())
	frame := vw.text()
	vw.send("typed by a viewer\r")
	vw.send("\x0e") // ctrl+n
	vw.send("\x1bed")
	time.Sleep(300 * time.Millisecond)
	if n := len(r.events()); n != before {
		t.Errorf("the viewer's keys recorded %d events", n-before)
	}
	if strings.Contains(vw.text(), "typed by a viewer") {
		t.Errorf("the viewer's typing shows:\n%s", vw.text())
	}
	if vw.text() != frame && strings.Contains(vw.text(), "TYPING") {
		t.Errorf("the viewer's screen changed to a mode:\n%s", vw.text())
	}
}

// TestParticipantWritesOnlyTheirOwn: a participant adds a note of their
// own in an open phase, cannot start editing the scribe's note, and has
// no note to commit in a phase that is not open to them.
func TestParticipantWritesOnlyTheirOwn(t *testing.T) {
	kim, pat, ana := newGuest(t, "kim", "scribe"), newGuest(t, "pat", "participant"), newGuest(t, "ana", "facilitator")
	r := openRoom(t, []guest{kim, pat, ana}, "well")
	sc, pa, fa := r.join(kim, 80, 24), r.join(pat, 80, 24), r.join(ana, 80, 24)
	sc.waitFor("3 here")
	sc.send("Rollback took two minutes\r")
	pa.waitFor("Rollback took two minutes")
	pa.send("Paging reached the right team\r")
	sc.waitFor("Paging reached the right team")
	evs := r.waitEvents(4)
	if last := evs[len(evs)-1]; last.Author != "pat" {
		t.Fatalf("last event %+v, want pat's note", last)
	}

	// On the list, the scribe's note (the first) cannot be edited by pat.
	pa.send("\x1b")
	pa.waitFor("NOTES · keys act")
	pa.send("g")
	time.Sleep(100 * time.Millisecond)
	pa.send("e")
	time.Sleep(200 * time.Millisecond)
	if strings.Contains(pa.text(), "edit #") {
		t.Errorf("pat could start editing kim's note:\n%s", pa.text())
	}
	// Their own note (the last) they can.
	pa.send("G")
	time.Sleep(100 * time.Millisecond)
	pa.send("e")
	pa.waitFor("edit #2")
	pa.send("\x15Paging reached the right team fast\r")
	sc.waitFor("Paging reached the right team fast")

	// The facilitator moves to action items, a phase that is the scribe's.
	fa.send("\x0e")
	fa.waitFor("✓ What went well") // the facilitator's screen has the new phase
	fa.send("\x0e")
	pa.waitFor("not your phase")
	n := len(r.events())
	pa.send("i")
	pa.send("A note where participants do not write\r")
	time.Sleep(300 * time.Millisecond)
	if got := len(r.events()); got != n {
		t.Errorf("a participant recorded %d events in a phase not open to them", got-n)
	}
}

// TestServedDraftIsKeptPerPerson: what a person typed and did not commit
// stays in their own box when the facilitator moves the phase, and comes
// back to the same key after the connection drops.
func TestServedDraftIsKeptPerPerson(t *testing.T) {
	ana, kim := newGuest(t, "ana", "facilitator"), newGuest(t, "kim", "scribe")
	r := openRoom(t, []guest{ana, kim}, "well")
	fa, sc := r.join(ana, 80, 24), r.join(kim, 80, 24)
	sc.waitFor("2 here")
	fa.send("the facilitator's own words")
	sc.send("half a thought about retries")
	fa.waitFor("kim scribe ✎ typing")
	fa.send("\x0e") // ctrl+n: what didn't go well
	sc.waitFor("What didn't", "half a thought about retries")
	fa.waitFor("the facilitator's own words")
	sc.client.Close()
	fa.waitFor("1 here")
	again := r.join(kim, 80, 24)
	again.waitFor("half a thought about retries", "your unfinished text is back")
	if n := countKind(r.events(), model.DraftSaved); n != 0 {
		t.Errorf("%d draft_saved events in the shared log", n)
	}
}

// TestHostEndingTheMeetingTellsEveryone: when the host closes the
// session, each guest's screen leaves the alternate screen with a last
// word rather than freezing on the meeting.
func TestHostEndingTheMeetingTellsEveryone(t *testing.T) {
	kim := newGuest(t, "kim", "scribe")
	r := openRoom(t, []guest{kim}, "well")
	sc := r.join(kim, 80, 24)
	sc.waitFor("1 here")
	if err := r.hub.Record(model.Event{Kind: model.SessionClosed}); err != nil {
		t.Fatal(err)
	}
	sc.waitFor("the host ended the meeting")
}
