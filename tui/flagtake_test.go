package tui

import (
	"strings"
	"testing"
)

// shownRewrite is the rewrite under the note box, as the screen shows it.
func shownRewrite(m *Model) string {
	var lines []string
	on := false
	for _, l := range strings.Split(plain(m), "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "→ "):
			on = true
			t = strings.TrimPrefix(t, "→ ")
		case !on || strings.HasPrefix(t, "ask the room:") || strings.HasPrefix(t, "TYPING"):
			on = false
			continue
		}
		lines = append(lines, t)
	}
	s := strings.Join(lines, " ")
	s, _, _ = strings.Cut(s, "  (tab takes it")
	return strings.TrimSpace(s)
}

// TestEveryShownRewriteIsTaken: a note with two flags shows the rewrite
// tab takes, says another comes after it, and tab takes each in turn:
// the statement on screen is what lands in the note, the first flag's and
// then the second's.
func TestEveryShownRewriteIsTaken(t *testing.T) {
	for _, tc := range []struct {
		typed string
		want  []string
	}{
		{"Tom should have rolled back sooner and Bo should have paged the DBA",
			[]string{"Rolling back took longer than it could have", "the DBA was not paged"}},
		// The who-question has no rewrite: the one shown is the one tab takes.
		{"Who deployed this? Tom should have checked the canary", []string{"The canary was not checked"}},
	} {
		m, _, _ := started(t)
		toPhase(t, m, "poorly")
		typeKeys(m, tc.typed)
		for i, want := range tc.want {
			shown := shownRewrite(m)
			if !strings.EqualFold(shown, want) {
				t.Fatalf("%q, flag %d: the screen offers %q, want %q\n%s", tc.typed, i+1, shown, want, plain(m))
			}
			screen := plain(m)
			hint := "(tab takes it)"
			if i < len(tc.want)-1 {
				hint = "(tab takes it, then the next)"
			}
			if !strings.Contains(screen, hint) {
				t.Errorf("%q, flag %d: no %q on screen:\n%s", tc.typed, i+1, hint, screen)
			}
			send(m, tab)
			if got := boxText(m); !strings.Contains(got, shown) {
				t.Fatalf("%q: tab put %q in the box, not the rewrite shown, %q", tc.typed, got, shown)
			}
		}
		if m.meeting.box.hasRewrite() {
			t.Errorf("%q: a rewrite is left after taking every one shown: %q", tc.typed, boxText(m))
		}
	}
}
