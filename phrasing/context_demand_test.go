package phrasing

import "testing"

// TestCareAskedNotTold: a call for more care is flagged where its clause
// asks for it, and left alone where the clause tells what was done.
func TestCareAskedNotTold(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"We will test migrations more thoroughly.",
		"Engineers should review changes more carefully.",
		"More carefully test and review code before deploy.",
		"Take extra care with the next deployment.",
		"We need to put more effort into reviews.",
		"Going forward, the team must check rollouts more closely.",
		"Reviewing schema changes more carefully is needed.",
	}
	quiet := []string{
		"We then went through the logs more carefully and found the retry loop.",
		"On the second pass we inspected the headers more thoroughly.",
		"Looking more closely at the graph, the spike began at 09:12.",
		"It took extra effort to restore the shards by hand.",
		"Kim read the diff more carefully and spotted the typo.",
		"Comparing the two dumps more closely showed a missing index.",
		"The second reviewer checked the migration more thoroughly and found the lock.",
	}
	for _, s := range flagged {
		if fs := c.Check(s); !hasRule(fs, "diligence-call") {
			t.Errorf("diligence-call misses %q: %s", s, describe(fs))
		}
	}
	for _, s := range quiet {
		if fs := c.Check(s); hasRule(fs, "diligence-call") {
			t.Errorf("diligence-call flags %q: %s", s, describe(fs))
		}
	}
}
