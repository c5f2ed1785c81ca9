package phrasing

import "testing"

// takeAll applies each finding's replacement in turn, as tab does in the
// meeting, and returns the text and the findings left without one.
func takeAll(c *Checker, text string) (string, []Finding) {
	for range 8 {
		fs := c.Check(text)
		took := false
		for _, f := range fs {
			if f.Replacement != "" {
				text, took = f.Apply(text), true
				break
			}
		}
		if !took {
			return text, fs
		}
	}
	return text, nil
}

// TestEveryClauseStatementCanBeTaken: a sentence of two clauses, each
// judging a person, gets a replacement for each clause, so the scribe can
// take both rewrites one after the other; a clause whose subject is shared
// with the next ("but was paged") or a pair of subjects ("Dana and
// Marcus") is offered, not put in the note.
func TestEveryClauseStatementCanBeTaken(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Tom", "Bo", "Nadia", "Dana", "Marcus"})
	for _, tc := range []struct{ in, want string }{
		{"Tom should have rolled back sooner and Bo should have paged the DBA",
			"Rolling back took longer than it could have and the DBA was not paged"},
		{"09:20 Nadia should have paged the DBA and Tom should have rolled back",
			"09:20 The DBA was not paged and rolling back did not happen"},
		{"Tom should have rolled back sooner, and the alert should have fired earlier",
			"Rolling back took longer than it could have, and the alert should have fired earlier"},
	} {
		got, left := takeAll(c, tc.in)
		if got != tc.want || len(left) > 0 {
			t.Errorf("%q\n took to %q (left %d flags)\n want   %q", tc.in, got, len(left), tc.want)
		}
	}
	for _, in := range []string{
		"Bo should have checked the canary but was paged for another incident",
		"Dana and Marcus should have ordered the VMs",
	} {
		for _, f := range c.Check(in) {
			if f.Replacement != "" && f.ReplaceOffset+f.ReplaceLength < len(in) {
				t.Errorf("%q: %s replaces %q mid-sentence with %q", in, f.Category, in[f.ReplaceOffset:f.ReplaceOffset+f.ReplaceLength], f.Replacement)
			}
		}
	}
}
