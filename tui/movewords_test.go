package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// listSnapshot is what a word typed on the notes list must leave as it
// was: every note's text and section, the selection and the undo stack.
func listSnapshot(m *Model, phase string) string {
	var b strings.Builder
	for _, id := range m.state.Notes(phase) {
		n, _ := m.state.Note(id)
		b.WriteString(n.Text + "|" + n.Section + "\n")
	}
	b.WriteString("selected " + string(rune('0'+m.meeting.list.selectedID())))
	b.WriteString(" undo " + string(rune('0'+len(m.meeting.undo))))
	return b.String()
}

// TestWordsStartingWithAMoveGoToTheBox: a scribe typing on the notes
// list a word that starts with a move key and goes on with list keys
// ("just" is down then undo, "kept" up then edit, "get" top then edit,
// "judge" down, undo, delete) at human speed gets the whole sentence in
// the box: no note is moved, edited, put back or deleted, the selection
// and the undo stack are as they were, and every letter is there. It
// holds with a deleted note waiting to be put back, where the u of
// "just" would otherwise restore it.
func TestWordsStartingWithAMoveGoToTheBox(t *testing.T) {
	for _, line := range []string{"just one node was drained", "kept retrying the deploy", "get the logs from the canary",
		"keep the canary at five percent", "judge by the error graphs", "Get the pager rota", "gently drained the pool"} {
		for _, waiting := range []bool{false, true} {
			m, c, _ := started(t)
			toPhase(t, m, "poorly")
			for _, n := range []string{"Staging runs a tenth of the production pool", "The pool alert was never set up", "A third note"} {
				note(m, n)
			}
			send(m, esc, up)
			if waiting {
				send(m, keyRune('d'))
			}
			c.advance(2 * time.Second)
			before := listSnapshot(m, "poorly")
			typeSlowly(m, c, line, 120*time.Millisecond)
			if got := boxText(m); got != line {
				t.Errorf("typed %q on the notes list (a delete waiting %v): the box holds %q", line, waiting, got)
			}
			if after := listSnapshot(m, "poorly"); after != before {
				t.Errorf("typed %q (a delete waiting %v): the list went from\n%s\nto\n%s", line, waiting, before, after)
			}
			send(m, enter)
			if got := notesIn(m.state, "poorly"); got[len(got)-1] != line {
				t.Errorf("typed %q and enter: the notes are %q", line, got)
			}
			if waiting {
				// The word took nothing from the undo stack: u still puts
				// back the note deleted before it.
				c.advance(time.Second)
				send(m, esc)
				c.advance(time.Second)
				send(m, keyRune('u'))
				if got := notesIn(m.state, "poorly"); !slices.Contains(got, "The pool alert was never set up") {
					t.Errorf("typed %q, then u: the deleted note is not back: %q", line, got)
				}
			}
		}
	}
}

// TestFacilitatorMoveThenKeyStaysTwoKeys: a fast facilitator's move and
// key ("ju" puts a note back, "ge" edits the top note, "jd" deletes the
// next one) act at once, and stay done when no letter follows; a
// letter typed after a pause goes into the edit the keys opened.
func TestFacilitatorMoveThenKeyStaysTwoKeys(t *testing.T) {
	m, c, _ := started(t)
	toPhase(t, m, "poorly")
	for _, n := range []string{"First note", "Second note", "Third note"} {
		note(m, n)
	}
	send(m, esc, up, keyRune('d'))
	c.advance(2 * time.Second)
	send(m, keyRune('j'), keyRune('u'))
	c.advance(time.Second)
	if got := notesIn(m.state, "poorly"); len(got) != 3 {
		t.Fatalf("j then u at once: the notes are %q, want the deleted one back", got)
	}
	send(m, keyRune('g'), keyRune('e'))
	c.advance(time.Second)
	typeKeys(m, "s")
	if m.meeting.box.target != model.DraftEdit || boxText(m) != "First notes" {
		t.Errorf("g, e, a pause, s: the box is for %q and holds %q", m.meeting.box.target, boxText(m))
	}
	send(m, esc)
	c.advance(time.Second)
	rows := notesIn(m.state, "poorly")
	send(m, keyRune('g'), keyRune('j'), keyRune('d'))
	c.advance(time.Second)
	if got := notesIn(m.state, "poorly"); !slices.Equal(got, slices.Delete(rows, 1, 2)) {
		t.Errorf("g, j, d at once: the notes are %q", got)
	}
	// u then u again at once after a move puts back two deletes.
	send(m, keyRune('d'))
	c.advance(time.Second)
	send(m, keyRune('k'), keyRune('u'), keyRune('u'))
	if got := notesIn(m.state, "poorly"); len(got) != 3 {
		t.Errorf("k, u, u at once after two deletes: the notes are %q", got)
	}
}

// TestKStartsANoteInAnEmptyBox: ↑ in the empty note box goes to the
// notes list, but k is a letter there: "kafka lag grew" typed into an
// empty box is all in the box, and no form opened on the way.
func TestKStartsANoteInAnEmptyBox(t *testing.T) {
	m, c, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "First note")
	typeSlowly(m, c, "kafka lag grew", 120*time.Millisecond)
	if got := boxText(m); got != "kafka lag grew" || m.meeting.focus != focusType || m.meeting.form != nil {
		t.Errorf("typed kafka… in the empty box: it holds %q, focus %v, form open %v", got, m.meeting.focus, m.meeting.form != nil)
	}
	send(m, enter)
	send(m, up)
	if m.meeting.focus != focusList {
		t.Errorf("↑ in the empty box: focus %v, want the notes list", m.meeting.focus)
	}
}

// TestFirstAndLastSayNothingUntrue: g and G move to the first and last
// note; the status line must not say they do nothing.
func TestFirstAndLastSayNothingUntrue(t *testing.T) {
	m, c, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "First note")
	note(m, "Second note")
	send(m, esc)
	for _, k := range []rune{'g', 'G'} {
		c.advance(time.Second)
		send(m, keyRune(k))
		if st := m.meeting.status; strings.Contains(st, "does nothing") {
			t.Errorf("%c on the notes list: the status says %q", k, st)
		}
	}
	c.advance(time.Second)
	send(m, keyRune('G'))
	if st := m.meeting.status; st != "already at the last note" {
		t.Errorf("G at the last note: the status says %q", st)
	}
}
