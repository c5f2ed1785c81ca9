package tui

import (
	"strings"
	"testing"
)

// TestOneFailingCheckIsSaidInTheSingular: the checks line counts in
// words a room reads aloud: "1 check failing", "2 checks failing".
func TestOneFailingCheckIsSaidInTheSingular(t *testing.T) {
	m, _, _ := started(t)
	toPhase(t, m, "actions")
	// Everything but the first ticket: one check fails.
	note(m, "Add pool alert @alice due:+7d P1 #detect")
	note(m, "Give the job its own pool @omar due:+7d ENG-12 P2 #prevent")
	s := plain(m)
	if !strings.Contains(s, "✗ 1 check failing") || strings.Contains(s, "1 checks") {
		t.Fatalf("want \"✗ 1 check failing\":\n%s", s)
	}
	note(m, "Improve awareness @team")
	mustContain(t, plain(m), "checks failing")
}
