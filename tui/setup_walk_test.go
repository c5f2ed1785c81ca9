package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestSetupHelpWrapsAt80Columns opens the setup screen at 80x24 and
// 60x24: every key the help line offers, quitting included, is on the
// screen, wrapped onto a second line rather than cut behind an "…".
func TestSetupHelpWrapsAt80Columns(t *testing.T) {
	for _, w := range []int{80, 60} {
		m, _, _ := newTestModel(t)
		send(m, tea.WindowSizeMsg{Width: w, Height: 24})
		screen := plain(m)
		lines := strings.Split(screen, "\n")
		if len(lines) != 24 {
			t.Fatalf("at %dx24 the setup screen has %d lines", w, len(lines))
		}
		tail := strings.Join(lines[len(lines)-3:], "\n")
		mustContain(t, tail, "ctrl+n start the meeting", "ctrl+c save & quit")
		if strings.Contains(tail, "…") {
			t.Errorf("at %dx24 the help lines are cut:\n%s", w, tail)
		}
		mustContain(t, screen, "Title", "Agenda:")
	}
}

// TestAgendaShowsEveryPhaseAt80x24 walks the default agenda at 80x24:
// in every phase the facilitator's column still lists the last phase,
// Action items, instead of cutting it off below wrapped phase names.
func TestAgendaShowsEveryPhaseAt80x24(t *testing.T) {
	m, _, _ := started(t)
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, id := range []string{"opening", "impact", "timeline", "well", "poorly", "actions"} {
		toPhase(t, m, id)
		mustContain(t, plain(m), "Action items")
		if !strings.Contains(plain(m), "What went well") {
			t.Errorf("in phase %s the agenda lacks What went well:\n%s", id, plain(m))
		}
	}
}

// TestAgendaPhaseTimeAgreesWithWrapUp runs the opening for 4.6 seconds:
// the agenda column, the wrap-up and the export all say 0:05, where the
// column used to say 0:04 beside a wrap-up saying 0:05.
func TestAgendaPhaseTimeAgreesWithWrapUp(t *testing.T) {
	m, clk, _ := started(t)
	send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	clk.advance(4600 * time.Millisecond)
	send(m, ctrl('n'))
	for _, l := range strings.Split(plain(m), "\n") {
		if strings.Contains(l, "✓ Opening") {
			left := strings.SplitN(l, "││", 2)[0]
			if !strings.Contains(left, "0:05") {
				t.Errorf("the agenda column shows the 4.6 s opening as %q, want 0:05 as the wrap-up and export say", left)
			}
			return
		}
	}
	t.Fatalf("no finished opening in the agenda column:\n%s", plain(m))
}

// TestSetupStatusHintWholeAt80Columns reads the setup form at 80x24:
// the Status field's hint, which says which key changes it, is whole.
func TestSetupStatusHintWholeAt80Columns(t *testing.T) {
	m, _, _ := newTestModel(t)
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, l := range strings.Split(plain(m), "\n") {
		if strings.Contains(l, "Status") {
			if strings.Contains(l, "…") || !strings.Contains(l, "ctrl+←/→") {
				t.Errorf("the Status hint is cut or lacks its key: %q", l)
			}
			return
		}
	}
	t.Fatalf("no Status field on the setup screen:\n%s", plain(m))
}
