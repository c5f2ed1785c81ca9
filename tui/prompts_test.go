package tui

import (
	"strings"
	"testing"
)

// A prompt is shown whole or not at all when notes take the pane: half a
// prompt reads as if it said something else.
func TestPromptsAreNeverCutInHalf(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		for _, phase := range []string{"opening", "poorly"} {
			m, _, _ := started(t)
			sized(m, size[0], size[1])
			toPhase(t, m, phase)
			note(m, "A first note")
			ph, _ := m.state.Phase()
			full := map[string]bool{}
			for _, pr := range ph.Prompts {
				full[strings.Join(strings.Fields(pr), " ")] = true
			}
			for _, got := range shownPrompts(plain(m)) {
				if !full[got] {
					t.Errorf("%dx%d %s: a prompt is shown cut: %q", size[0], size[1], phase, got)
				}
			}
		}
	}
}

// shownPrompts reads the prompts back from the notes pane: a "· " line and
// the indented lines that continue it.
func shownPrompts(screen string) []string {
	var out []string
	var cur []string
	flush := func() {
		if cur != nil {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(screen, "\n") {
		parts := strings.Split(line, "│")
		if len(parts) < 4 {
			flush()
			continue
		}
		pane := parts[3] // │ agenda │ │ notes │
		switch {
		case strings.HasPrefix(pane, " · "):
			flush()
			cur = strings.Fields(strings.TrimPrefix(pane, " · "))
		case cur != nil && strings.HasPrefix(pane, "   ") && strings.TrimSpace(pane) != "" &&
			!strings.Contains(pane, " — "): // an attendee line, not a prompt's
			cur = append(cur, strings.Fields(pane)...)
		default:
			flush()
		}
	}
	flush()
	return out
}
