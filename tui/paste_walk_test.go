package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestPastedBlockPreviewSaysOneNotePerLine pastes three timeline lines at
// 80x24: before enter, the line under the box says enter adds three rows
// with their times, not one row at the first line's time with the last
// line's marker; a line with no time is named.
func TestPastedBlockPreviewSaysOneNotePerLine(t *testing.T) {
	m, _, _ := started(t)
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	toPhase(t, m, "timeline")
	send(m, tea.PasteMsg{Content: "09:00 Resolver config pushed #started\n09:05 SERVFAIL rate climbs #detected\n09:20 Config reverted #mitigated"})
	s := plain(m)
	mustContain(t, s, "enter adds 3 timeline rows, one per line (09:00, 09:05, 09:20 UTC)")
	if strings.Contains(s, "09:00:00 UTC · #mitigated") {
		t.Errorf("the preview describes the block as one row:\n%s", s)
	}
	send(m, ctrl('u'), ctrl('k'))
	send(m, tea.PasteMsg{Content: "09:00 Resolver config pushed\nSERVFAIL rate climbs"})
	mustContain(t, plain(m), "line 2 has no time")

	toPhase(t, m, "actions")
	send(m, tea.PasteMsg{Content: "Add a resolver canary @ana due:+14d ENG-1 P1 #prevent\nAlert on SERVFAIL rate @bo due:+7d ENG-2 P2 #detect"})
	mustContain(t, plain(m), "enter adds 2 action items, one per line")
}

// TestPrimeDirectiveStaysWithFewNotes types two notes in the opening at
// 80x24: the Prime Directive the room reads aloud stays on screen while
// the pane has room for it, where it used to vanish with the first note.
func TestPrimeDirectiveStaysWithFewNotes(t *testing.T) {
	m, _, _ := started(t)
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	note(m, "Ana read the Prime Directive")
	note(m, "Everyone agreed")
	s := plain(m)
	mustContain(t, s, "Read the Retrospective Prime Directive aloud", "(Norm", "Ana read the Prime Directive", "Everyone agreed")
	for _, got := range shownPrompts(s) {
		if strings.HasPrefix(got, "Read the Retrospective") && !strings.HasSuffix(got, "Kerth)") {
			t.Errorf("the Prime Directive is shown cut: %q", got)
		}
	}
}

// TestF1OpensKeysWithTextInTheBox follows the help line while a note is
// half typed: it offers "f1 all keys", so f1 opens the keys sheet, and
// the text waits in the box; ? in the same state is typed.
func TestF1OpensKeysWithTextInTheBox(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	typeKeys(m, "Is this ok")
	mustContain(t, plain(m), "f1 all keys")
	send(m, tea.KeyPressMsg{Code: tea.KeyF1})
	if !m.helpOpen() {
		t.Fatalf("f1 with text in the box did not open the keys sheet:\n%s", plain(m))
	}
	send(m, esc)
	if m.helpOpen() {
		t.Fatal("esc did not close the keys sheet")
	}
	typeKeys(m, "?")
	if m.helpOpen() {
		t.Fatal("? with text in the box opened the keys sheet instead of typing")
	}
	mustContain(t, plain(m), "Is this ok?")
}

// TestPausedClockOffersResume pauses the clock: the help line then says
// the key resumes it, in the box and in the notes list, instead of
// still offering to pause a clock that is already paused.
func TestPausedClockOffersResume(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	mustContain(t, plain(m), "ctrl+t pause")
	send(m, ctrl('t'))
	s := plain(m)
	mustContain(t, s, "ctrl+t resume")
	if strings.Contains(s, "ctrl+t pause") {
		t.Errorf("paused, the help line still offers to pause:\n%s", s)
	}
	send(m, esc)
	mustContain(t, plain(m), "space resume")
	send(m, keyRune(' '))
	mustContain(t, plain(m), "space pause")
}
