package phrasing

import "testing"

// TestReaderOffered: a call for care is left alone when it is an option
// offered to the reader of a guide, and flagged when it is asked of the
// team or ordered.
func TestReaderOffered(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"You should test every migration more thoroughly before it ships.",
		"We need to watch the replica lag more closely before a failover.",
		"Take extra care with the config before deploying.",
		"Engineers must test schema changes more thoroughly.",
		"You must take extra care with the production flags.",
		"Going forward, we will review the rollout more carefully.",
	}
	quiet := []string{
		"You might want to double-check the totals before you restart.",
		"However, you may want to be cautious and double-check the checksum.",
		"If the node is slow, you can double-check the disk with iostat.",
		"You could take extra care with the flags, but the defaults work.",
		"On a fresh install you might test the restore more thoroughly on a copy.",
		"This step is optional; you may wish to look more closely at the second graph.",
	}
	for _, s := range flagged {
		if fs := c.Check(s); !hasRule(fs, "diligence-call") {
			t.Errorf("diligence-call misses %q: %s", s, describe(fs))
		}
	}
	for _, s := range quiet {
		if fs := c.Check(s); hasRule(fs, "diligence-call") || hasRule(fs, "vague-action") {
			t.Errorf("flags reader advice %q: %s", s, describe(fs))
		}
	}
}
