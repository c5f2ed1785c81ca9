package phrasing

import "testing"

// TestMissedByReview: a problem not caught by a step of care the team
// owes (testing, review, QA) flags as "not caught in review" does; a tool
// or a process as the agent, a counterfactual about better testing, a
// catch made and a question stay quiet.
func TestMissedByReview(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The regression was not caught by standard testing.",
		"The leak wasn't spotted by our QA.",
		"The typo never got caught by code review.",
		"The schema drift was not noticed through testing.",
		"The issue wasn't picked up by our usual review.",
	} {
		if fs := c.Check(note); !hasRule(fs, "work-graded") {
			t.Errorf("work-graded misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The bug was not caught by the linter.",
		"The spike was not noticed by the autoscaler.",
		"Better testing would not have caught this.",
		"The regression was caught by standard testing.",
		"Was the bug not caught by review?",
		"The bug was not caught by our code review process.",
		"The leak was not caught by the testing pipeline.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "work-graded") {
			t.Errorf("work-graded flags %q: %s", quiet, describe(fs))
		}
	}
}
