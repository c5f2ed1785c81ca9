package phrasing

import "testing"

// TestNobodyWatching: nobody as the subject of a watch not kept or a step
// not remembered flags with a question about the signal; nobody who was
// not there, nobody able to work, and the same words under a heading about
// luck stay quiet.
func TestNobodyWatching(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, question string }{
		{"No one was watching the replication dashboard.", "What made watching the replication dashboard hard at the time?"},
		{"Nobody remembered to renew the certificate.", "What made renewing the certificate easy to forget at the time?"},
		{"Nobody took the time to read the notes.", "What made reading hard to fit in at the time?"},
		{"None of us was paying attention to the queue.", "What made paying attention to the queue hard at the time?"},
	} {
		fs := c.Check(tc.note)
		// team-missed reads "nobody was watching" too; either rule may own it.
		if !hasRule(fs, "nobody-watching") && !hasRule(fs, "team-missed") {
			t.Errorf("nobody-watching misses %q: %s", tc.note, describe(fs))
			continue
		}
		for _, f := range fs {
			if f.Rule == "nobody-watching" && f.Question != tc.question {
				t.Errorf("%q asks %q, want %q", tc.note, f.Question, tc.question)
			}
		}
	}
	for _, quiet := range []string{
		"Nobody was on call that weekend because the rota was empty.",
		"No one was able to log in during that time.",
		"Nobody took the blame.",
		"No one was watching because the alert did not fire.",
		"Was no one watching the queue?",
		"## Where we got lucky\n\nNobody was watching the PRs that morning, so nobody noticed.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "nobody-watching") || hasRule(fs, "team-missed") {
			t.Errorf("nobody-watching flags %q: %s", quiet, describe(fs))
		}
	}
}
