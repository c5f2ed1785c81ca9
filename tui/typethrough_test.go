package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestTimeTypedOnTheListGoesToTheBox: a scribe reviewing imported rows
// who starts typing a timeline line without going back to the box types
// into the box; the line's letters never reach the rows as one-key
// actions (before, "d" dropped a row and "e" opened the next one, which
// took the rest of the line and saved it on enter).
func TestTimeTypedOnTheListGoesToTheBox(t *testing.T) {
	m := reviewing(t, sampleRows())
	send(m, keyRune('y'))
	before := statuses(m)
	var texts []string
	for _, d := range m.state.Drafts() {
		texts = append(texts, d.Line)
	}
	line := "09:20 Who deployed this without checking?"
	typeKeys(m, line)
	if m.meeting.focus != focusType {
		t.Fatalf("the keys stayed on the list: focus %v", m.meeting.focus)
	}
	if got := m.meeting.box.box.Value(); got != line {
		t.Fatalf("the box holds %q, want %q", got, line)
	}
	send(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	if got := statuses(m); got != before {
		t.Errorf("rows changed while typing: %s, was %s", got, before)
	}
	for i, d := range m.state.Drafts() {
		if d.Line != texts[i] {
			t.Errorf("row %d now reads %q, was %q", i, d.Line, texts[i])
		}
	}
	if notes := notesIn(m.state, "timeline"); len(notes) == 0 || !strings.Contains(notes[len(notes)-1], "Who deployed this") {
		t.Errorf("the line was not noted: %q", notes)
	}
}

// TestFlagCountMatchesTheExport: the agenda column counts what the export
// lists: a timeline line is read after its time, and a kept imported row
// is a note like any other.
func TestFlagCountMatchesTheExport(t *testing.T) {
	rows := sampleRows()
	rows[2].Text = "Nadia: Bob should have rolled back the canary"
	m := reviewing(t, rows)
	for range rows {
		send(m, keyRune('y'))
	}
	if got := statuses(m); got != "kkkkkk" {
		t.Fatalf("rows kept: %s", got)
	}
	send(m, keyRune('i'))
	note(m, "09:20 Who deployed this without checking?")
	want := 0
	for _, p := range m.state.Agenda.Phases {
		for _, id := range m.state.Notes(p.ID) {
			n, _ := m.state.Note(id)
			want += len(m.meeting.flags.checker.Check(m.state.FlagText(n)))
		}
	}
	if want < 2 {
		t.Fatalf("the export would list %d flags; the test needs the kept row's and the typed line's: %q", want, notesIn(m.state, "timeline"))
	}
	if got := m.meeting.flags.total; got != want {
		t.Errorf("the agenda column counts %d open flags, the export lists %d", got, want)
	}
}
