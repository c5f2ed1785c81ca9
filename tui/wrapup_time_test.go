package tui

import (
	"strings"
	"testing"
)

// TestPhaseOnTimeSaysSo: a phase that took exactly its planned time reads
// "on time" in the wrap-up's table, not "-0:00".
func TestPhaseOnTimeSaysSo(t *testing.T) {
	m, c, _ := started(t)
	for _, p := range m.state.Agenda.Phases {
		c.advance(p.Planned())
		send(m, ctrl('n'))
	}
	if !m.state.Ended() {
		t.Fatal("the meeting did not reach the wrap-up")
	}
	s := plain(m)
	mustContain(t, s, "Time per phase", "on time")
	if strings.Contains(s, "-0:00") {
		t.Errorf("a phase on time reads -0:00:\n%s", s)
	}
}
