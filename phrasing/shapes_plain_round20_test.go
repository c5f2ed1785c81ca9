package phrasing

import "testing"

// TestPlainShapesStayQuiet: accounts that public postmortems write and the
// rules misread, each in several wordings of our own, beside the blameful
// neighbours that still flag: what was expected to hold by then, an area
// with the thing it applies to after "to", what came from or sat at an
// organisation, an increase in error counts, and a behaviour a change gave
// the system.
func TestPlainShapesStayQuiet(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Bob"})
	expectRule(t, c, "should-have",
		[]string{
			"We should have been more careful with the delete.",
			"Bob should have been watching the graphs.",
			"We should have been up front about the delay.",
			"Should have been done the day before.",
		},
		[]string{
			"At this point we should have been out of the woods.",
			"We should have been back online by six, but the cache was cold.",
			"By noon the team should have been done with the restore.",
			"With the replica promoted, we should have been safe.",
		})
	expect := func(rule string, flagged, quiet []string) {
		t.Helper()
		c := NewChecker(DefaultRules().ForDocuments(), []string{"Bob"})
		expectRule(t, c, rule, flagged, quiet)
	}
	expect("vague-area",
		[]string{
			"- Regular reviews.",
			"- Improve monitoring to catch issues earlier.",
		},
		[]string{
			"- Conduct regular reviews and updates to the email scheduler system.",
			"- More testing to the deploy pipeline.",
			"- Closer reviews and audits to the billing export job.",
		})
	expectRule(t, c, "person-failure",
		[]string{
			"Our provider caused the outage.",
			"The vendor's late patch caused the outage.",
			"A change from the vendor caused the outage.",
		},
		[]string{
			"Back pressure from a third party provider caused a delay.",
			"Load from the partner's crawler caused the queue to grow.",
			"A switch failure at our hosting provider's data centre caused a disruption.",
			"A power cut in the vendor's building caused the outage.",
		})
	expectRule(t, c, "act-graded",
		[]string{
			"The rows were deleted in error by the cleanup job owner.",
		},
		[]string{
			"22:31 UTC: The on-call team started investigating another increase in error rates.",
			"The spike in error logs was first seen by the on-call engineer.",
		})
	expectRule(t, c, "care-skipped",
		[]string{
			"We deployed the fix without testing it.",
			"We rushed to deploy the fix without testing it.",
		},
		[]string{
			"We've also modified our behaviour to drop messages on a queue without waiting.",
			"We changed the worker to retry without backing off.",
			"We configured the job to run without checking the lock.",
		})
}
