package tui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// TestLettersTypedOnTheListGoToTheBox: a scribe who starts a sentence
// with the keys still on the notes list or the review pane types it into
// the box when its first character is no list key ("Bo said …", "The …",
// "I think …"): nothing on the list changes and the whole sentence is in
// the box.
func TestLettersTypedOnTheListGoToTheBox(t *testing.T) {
	for _, line := range []string{"Bo said the pool was full", "The canary kept failing", "I think we rolled back twice", "I'm not sure who paged"} {
		m := reviewing(t, sampleRows())
		before := statuses(m)
		typeKeys(m, line)
		if got := boxText(m); got != line || m.meeting.focus != focusType {
			t.Errorf("typed %q on the review pane: the box holds %q (focus %v)", line, got, m.meeting.focus)
		}
		if got := statuses(m); got != before {
			t.Errorf("typed %q: rows changed %s -> %s", line, before, got)
		}
	}
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production pool")
	send(m, esc)
	typeKeys(m, "Bo said the pool was full")
	if got := boxText(m); got != "Bo said the pool was full" {
		t.Errorf("typed on the notes list: the box holds %q", got)
	}
	if got := notesIn(m.state, "poorly"); !slices.Equal(got, []string{"Staging runs a tenth of the production pool"}) {
		t.Errorf("the notes changed: %q", got)
	}
}

// TestEveryDeleteAndDropCanBeUndone: d on the list deletes a note and a
// second d the next; u puts each back in turn, so a run of d typed by
// mistake loses no words. On the review pane u undoes the last drop from
// wherever the cursor moved on to.
func TestEveryDeleteAndDropCanBeUndone(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "poorly")
	notes := []string{"Staging runs a tenth of the production pool", "The pool alert was never set up", "Traffic was low"}
	for _, n := range notes {
		note(m, n)
	}
	send(m, esc, keyRune('d'), keyRune('d'))
	if got := notesIn(m.state, "poorly"); len(got) != 1 {
		t.Fatalf("dd left %q", got)
	}
	pause(m) // "du" begins a word ("during"): the facilitator looks first
	send(m, keyRune('u'), keyRune('u'))
	got := notesIn(m.state, "poorly")
	slices.Sort(got)
	want := slices.Clone(notes)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("uu put back %q, want %q", got, want)
	}

	r := reviewing(t, sampleRows())
	send(r, keyRune('d'))
	if statuses(r) != "x....." {
		t.Fatalf("d: %s", statuses(r))
	}
	if r.meeting.imports.current().Status == model.DraftDroppedStatus {
		t.Fatal("the cursor stayed on the dropped row")
	}
	send(r, keyRune('u'))
	if statuses(r) != "......" {
		t.Errorf("u after d, cursor moved on: %s", statuses(r))
	}
	if d := r.meeting.imports.current(); d == nil || d.ID != r.state.Drafts()[0].ID {
		t.Error("the cursor did not go back to the restored row")
	}
}

// TestTallNoteSaysWhatIsNotShown: a note under the cursor taller than the
// notes list at 80x24 (its text, two flags and their questions) says how
// many of its lines the pane leaves out, rather than ending mid-note with
// nothing to say so.
func TestTallNoteSaysWhatIsNotShown(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production pool")
	note(m, "Tom should have rolled back sooner and it was human error, the kind of careless slip that a sloppy on-call makes")
	note(m, "The pool alert was never set up")
	send(m, esc, up)
	mustContain(t, strings.Join(strings.Fields(plain(m)), " "), "more lines of this note")
}

// TestTallNoteScrollsWithItsMark: a note taller than the notes list at
// 80x24 is read whole with ↓: each screen shows the selection mark on a
// line of that note, its last line (the last flag's question) comes into
// view while it is still the one selected, and ↓ after that moves on.
func TestTallNoteScrollsWithItsMark(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production pool")
	note(m, "Tom should have rolled back sooner and it was human error, the kind of careless slip that a sloppy on-call makes, and obviously he simply dropped the ball")
	note(m, "The pool alert was never set up")
	send(m, esc, up)
	tall, _ := m.meeting.list.selected()
	lines := m.meeting.list.rowLines(m.meeting.list.sel)
	tail := strings.TrimSpace(ansi.Strip(lines[len(lines)-1]))
	if strings.Contains(plain(m), tail) {
		t.Fatalf("the note is not taller than the pane: %q shows", tail)
	}
	seen := false
	for range 30 {
		if n, _ := m.meeting.list.selected(); n.ID != tall.ID {
			break
		}
		s := plain(m)
		if !strings.Contains(s, "▶") {
			t.Fatalf("the mark left the screen while #%d is selected:\n%s", tall.ID, s)
		}
		seen = seen || strings.Contains(s, tail)
		send(m, tea.KeyPressMsg{Code: tea.KeyDown})
	}
	if !seen {
		t.Errorf("↓ never showed the tall note's last line %q", tail)
	}
	if n, _ := m.meeting.list.selected(); n.ID == tall.ID {
		t.Errorf("↓ never moved on from the tall note")
	}
}

// TestTallNewestNoteSaysWhatIsNotShown: while typing (and on the follow
// and replay screens), the newest note taller than the pane says how
// much of it is left out, rather than ending mid-question.
func TestTallNewestNoteSaysWhatIsNotShown(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	note(m, "Tom should have rolled back sooner and it was human error, the kind of careless slip that a sloppy on-call makes, and obviously he simply dropped the ball")
	if m.meeting.focus != focusType {
		t.Fatalf("focus %v", m.meeting.focus)
	}
	mustContain(t, strings.Join(strings.Fields(plain(m)), " "), "more lines of this note")
}
