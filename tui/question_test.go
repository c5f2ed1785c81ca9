package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The question for the room is shown beside a flag, for the facilitator
// to ask aloud, while tab puts a statement in the note: on the line being
// typed where the window has room, and under the committed note in the
// list.
func TestFlagShowsTheQuestionForTheRoom(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 120, 40)
	toPhase(t, m, "poorly")
	typeKeys(m, "Who deployed this?")
	s := plain(m)
	mustContain(t, s, "ask the room: How was this deployed?")

	// Committed, the note keeps the question under its flag in the list.
	send(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	mustContain(t, plain(m), "ask the room: How was this deployed?")

	// tab puts a statement in the note, never the question.
	typeKeys(m, "Tom should have rolled back sooner")
	mustContain(t, plain(m), "ask the room: What made rolling back hard at the time?")
	send(m, tea.KeyPressMsg{Code: tea.KeyTab})
	send(m, tea.KeyPressMsg{Code: tea.KeyEnter})
	notes := notesIn(m.state, "poorly")
	if got := notes[len(notes)-1]; got != "Rolling back took longer than it could have" {
		t.Errorf("tab put %q in the note, want the statement", got)
	}
}

// statusLine is the screen's line that carries the mode badge.
func statusLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, " TYPING · ") || strings.Contains(l, " NOTES · ") {
			return l
		}
	}
	return ""
}
