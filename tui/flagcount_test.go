package tui

import (
	"strings"
	"testing"
)

// The agenda column says how many flags are open in words: in the
// meeting and in this phase, on two lines when the column is narrow.
func TestFlagCountReadsAsWords(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 120, 40)
	toPhase(t, m, "poorly")
	mustContain(t, plain(m), "no open flags")
	note(m, "Tom should have checked the dashboard. Human error.")
	note(m, "Obviously nobody should run migrations at peak")
	toPhase(t, m, "actions")
	note(m, "Obviously the alert should page the owner @alice")

	b, s := m.meeting.flags, m.state
	for _, tc := range []struct {
		w    int
		want []string
	}{
		{40, []string{"4 open flags · 1 in this phase"}},
		{24, []string{"4 open flags", "  1 in this phase"}},
	} {
		if got := flagsLines(b, s, tc.w); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("at %d columns the count reads %q, want %q", tc.w, got, tc.want)
		}
	}
	mustContain(t, plain(m), "4 open flags", "1 in this phase")
	if strings.Contains(plain(m), "phase 1") {
		t.Error("the count still reads like a phase number")
	}
	// A phase with none of them, and the wrap-up, which has no phase.
	send(m, ctrl('p'), ctrl('p')) // what went well
	if got := flagsLines(b, s, 40); got[0] != "4 open flags · none in this phase" {
		t.Errorf("a phase without flags reads %q", got)
	}
	toPhase(t, m, "actions")
	send(m, ctrl('n'))
	if got := flagsLines(b, s, 40); len(got) != 1 || got[0] != "4 open flags" {
		t.Errorf("the wrap-up reads %q", got)
	}
}
