package phrasing

import "testing"

// TestVagueCalls: a call to do better or to do more QA that names no step
// flags as vague; a comparison of systems, an account of what was done,
// and QA named where it applies stay quiet.
func TestVagueCalls(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, match string }{
		{"We need to do more QA after refactoring.", "more QA"},
		{"Do a better job with QA before making changes.", "Do a better job"},
		{"- do a much better job of testing", "do a much better job"},
		{"We will do a better job of communicating.", "do a better job"},
		{"We need better QA.", "better QA"},
		{"| Action | More QA |", "More QA"},
		{"Going forward we must do a better job of testing.", "do a better job"},
		{"We will incorporate more rigorous testing.", "rigorous testing"},
		{"Insufficient QA before the release.", "Insufficient QA"},
		{"Improve QA.", "Improve QA"},
		{"We will add better safeguards.", "better safeguards"},
		{"More safeguards are needed.", "More safeguards"},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, "vague-area")
		if f == nil {
			t.Errorf("vague-area misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := tc.note[f.Offset : f.Offset+f.Length]; got != tc.match {
			t.Errorf("%q flags %q, want %q", tc.note, got, tc.match)
		}
	}
	for _, quiet := range []string{
		"The new balancer does a better job of spreading load.",
		"We did a better job this time than in March.",
		"QA signed off on the release at 14:00.",
		"More QA time was booked for the payments flow.",
		"Add QA on the checkout flow for Safari on iOS.",
		"The QA team found the bug.",
		"We need more QA coverage of the refund path (#412).",
		"The job did a better job after the patch.",
		"That is a better job for the batch queue.",
		"We added safeguards on the delete endpoint: a confirmation prompt and a rate limit.",
		"The safeguards on the bulk delete worked as designed.",
		"Existing safeguards stopped the second deploy.",
		"Better safeguards for the bulk delete API (#231).",
		"The nightly job was doing a better job than the old cron.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
