package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// fits checks that every screen stays inside the window at every size.
func fits(t *testing.T, name string, m *Model) {
	t.Helper()
	for w := 1; w <= 130; w += 13 {
		for h := 1; h <= 45; h += 6 {
			send(m, tea.WindowSizeMsg{Width: w, Height: h})
			lines := strings.Split(plain(m), "\n")
			if len(lines) > h {
				t.Fatalf("%s at %dx%d: %d lines", name, w, h, len(lines))
			}
			for _, l := range lines {
				if cells := ansi.StringWidth(l); cells > w {
					t.Fatalf("%s at %dx%d: a line of %d cells: %q", name, w, h, cells, l)
				}
			}
		}
	}
}

func TestEveryScreenFitsEverySize(t *testing.T) {
	m, _, _ := newTestModel(t)
	fits(t, "setup", m)
	send(m, ctrl('n'))
	toPhase(t, m, "impact")
	note(m, "Some users were affected")
	send(m, esc, keyRune('m'))
	fits(t, "figures form", m)
	send(m, esc, keyRune('a'))
	fits(t, "setup form", m)
	send(m, esc)
	toPhase(t, m, "actions")
	note(m, "Improve awareness @team")
	send(m, tea.KeyPressMsg{Code: tea.KeyF1})
	fits(t, "keys sheet", m)
	send(m, esc, ctrl('n'))
	fits(t, "wrap-up", m)
	send(m, esc)
	fits(t, "wrap-up scrolled", m)
	m.preview = newPreview(m.c, "# Postmortem\n\n"+strings.Repeat("A line of the exported postmortem. ", 200), "x.md")
	fits(t, "preview", m)
}
