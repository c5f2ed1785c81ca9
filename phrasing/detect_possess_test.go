package phrasing

import "testing"

// TestOwnFaultContracted: the writer owning the fault reads the same with
// "it's" or "that's" as with "it was"; a mistake found or shown stays an
// account.
func TestOwnFaultContracted(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	expectRule(t, c, "possessive-fault", []string{
		"Sorry for the long outage. It's my fault!",
		"That's my mistake, not the tooling's.",
		"It’s our fault that the backups stopped.",
		"Honestly, it's my own fault.",
		"The restore failed and that's my fault.",
	}, []string{
		"It's my first incident review.",
		"That's my error budget dashboard.",
		"Once we saw our mistake, the fix took minutes.",
		"It's our error log that shows the timeout.",
		"That's my team's runbook.",
	})
}
