package phrasing

import "testing"

// TestPaceEnough: the team's pace judged through "not ... enough" flags as
// slow-response when a person or the people's work is the subject; a
// system's pace, a state and an amount stay quiet.
func TestPaceEnough(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, match string }{
		{"An investigation was started, but did not complete soon enough to prevent the outage.",
			"An investigation was started, but did not complete soon enough"},
		{"We did not roll back fast enough.", "We did not roll back fast enough"},
		{"The on-call did not escalate quickly enough.", "The on-call did not escalate quickly enough"},
		{"Our response was not fast enough.", "Our response was not fast enough"},
		{"We didn't act soon enough.", "We didn't act soon enough"},
		{"- I didn't page the DBA early enough", "I didn't page the DBA early enough"},
		{"| 10:05 | Escalation was not quick enough |", "Escalation was not quick enough"},
		{"@sam did not revert promptly enough.", "@sam did not revert promptly enough"},
		{"Honestly, we just didn't move fast enough.", "we just didn't move fast enough"},
		{"Our triage wasn't fast enough.", "Our triage wasn't fast enough"},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, "slow-response")
		if f == nil {
			t.Errorf("slow-response misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := tc.note[f.Offset : f.Offset+f.Length]; got != tc.match {
			t.Errorf("%q flags %q, want %q", tc.note, got, tc.match)
		}
	}
	for _, quiet := range []string{
		"The disk did not drain fast enough.",
		"The cache did not warm up quickly enough after the restart.",
		"The autoscaler did not add nodes fast enough.",
		"Replication was not fast enough to keep up with writes.",
		"We were not sure soon enough whether it was safe.",
		"It was not clear early enough which region failed.",
		"The pages did not reach us fast enough.",
		"Postgres did not vacuum fast enough and the table bloated.",
		"We did not have enough capacity.",
		"The rollback did not happen quickly enough.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
