package phrasing

import "testing"

// TestRemedyAsked: a never-again asked as a question promises nothing, in
// any position of a paragraph, with any verb of keeping or making sure; the
// same words told as a promise stay flagged.
func TestRemedyAsked(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	quiet := []string{
		"We lost the queue for an hour. How do we make sure this never happens again? We added a depth alert.",
		"So what will we do to ensure it doesn't happen again? Three things, listed below.",
		"Could the rollout have been staged to keep this from happening again?",
		"The panel asked: what would it take to make sure the certificate never expires again?",
		"How can the team guarantee that this does not recur again, short of a new check?",
		"Which step in the release stops this from happening again?",
	}
	flagged := []string{
		"We lost the queue for an hour. We will make sure this never happens again.",
		"So we will ensure it doesn't happen again. Three things are listed below.",
		"The rollout will be staged to keep this from happening again.",
		"The panel agreed to make sure this never happens again.",
		"The team must guarantee that this does not happen again.",
	}
	expectRule(t, c, "absolute-remediation", flagged, quiet)
}
