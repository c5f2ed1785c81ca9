package phrasing

import "testing"

// TestChoiceDenied: a past choice denied as the right one or called
// overkill flags; advice in the present, a thing's size and a question
// stay quiet.
func TestChoiceDenied(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Looking back, this was not the right way to migrate.",
		"Paging the whole team wasn't the best call.",
		"The hand-written failover script was never the correct approach.",
		"Restoring from tape was not the right option that night.",
		"Rebuilding every node was overkill.",
		"In the end it was a bit of an overkill to page the vendor.",
		"Both rollbacks were complete overkill.",
	} {
		if fs := c.Check(note); !hasRule(fs, "graded-decision") {
			t.Errorf("graded-decision misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"This is not the right way to store secrets.",
		"A second cluster is overkill for ten users.",
		"The replica was not the right size for the load.",
		"Was paging the vendor overkill?",
		"Is this the right way to roll back?",
		"It might be overkill to add a third region.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "graded-decision") {
			t.Errorf("graded-decision flags %q: %s", quiet, describe(fs))
		}
	}
}
