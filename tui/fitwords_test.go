package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/model"
)

// columns splits a meeting screen into its agenda column and its phase
// pane, each line's text between the frames.
func columns(screen string) (agenda, pane []string) {
	for _, l := range strings.Split(screen, "\n") {
		parts := strings.Split(l, "│")
		if len(parts) >= 5 {
			agenda = append(agenda, strings.TrimSpace(parts[1]))
			pane = append(pane, strings.TrimSpace(parts[3]))
		}
	}
	return agenda, pane
}

var clockish = regexp.MustCompile(`\s*\d+:\d\d(/\d+:\d\d)?$`)

// TestImpactFormAndPhaseNamesFit: at 80x24, 100x30 and 120x40 every
// label of the impact form is whole, and the agenda column shows the
// phase now in full: its name in at most two lines (no word cut, no word
// alone on a line of its own when the whole name fits one), its time
// beside or under it.
func TestImpactFormAndPhaseNamesFit(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		m, _, _ := started(t)
		sized(m, sz[0], sz[1])
		for _, phase := range []string{"impact", "poorly", "actions"} {
			toPhase(t, m, phase)
			s := plain(m)
			if phase == "impact" {
				send(m, esc, keyRune('m'))
				s = plain(m)
				_, pane := columns(s)
				joined := strings.Join(pane, "\n")
				for _, f := range model.ImpactFields {
					if !strings.Contains(joined, f.Label) {
						t.Errorf("%dx%d: the impact form cuts %q:\n%s", sz[0], sz[1], f.Label, s)
					}
					if !strings.Contains(joined, f.Example) {
						t.Errorf("%dx%d: the impact form cuts the example %q:\n%s", sz[0], sz[1], f.Example, s)
					}
				}
				send(m, esc)
			}
			p, _ := m.state.Phase()
			agenda, _ := columns(s)
			var name []string
			for i, l := range agenda {
				if !strings.HasPrefix(l, "▶ ") {
					continue
				}
				name = append(name, clockish.ReplaceAllString(strings.TrimPrefix(l, "▶ "), ""))
				for _, more := range agenda[i+1:] {
					if more == "" || strings.ContainsRune("✓›·", []rune(more)[0]) {
						break
					}
					if rest := clockish.ReplaceAllString(more, ""); rest != "" {
						name = append(name, rest)
					}
				}
			}
			got := strings.Join(name, " ")
			if got != p.Title || strings.Contains(got, "…") {
				t.Errorf("%dx%d: the agenda shows the phase now as %q, want %q:\n%s", sz[0], sz[1], got, p.Title, s)
			}
			if len(name) > 2 || (len(name) > 1 && len(p.Title) <= m.meeting.agenda.width-gutterW) {
				t.Errorf("%dx%d: %q takes %d lines:\n%s", sz[0], sz[1], p.Title, len(name), s)
			}
		}
	}
}
