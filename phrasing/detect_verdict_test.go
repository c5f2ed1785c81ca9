package phrasing

import "testing"

// TestSelfVerdicts: the writer or the team passing a verdict on itself or
// its own work flags, with a question for the room; the same words about a
// value, a belief, a system or a typo stay quiet.
func TestSelfVerdicts(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rule, match string }{
		{"I was wrong to push the change on Friday.", "self-judgement", "I was wrong"},
		{"We were wrong to assume the replica was current.", "self-judgement", "We were wrong"},
		{"There are no excuses, and I'm willing to admit that I was completely wrong with that move.", "self-judgement", "I was completely wrong"},
		{"- we were wrong", "self-judgement", "we were wrong"},
		{"The outage was made much worse by ourselves at 17:20.", "self-judgement", "made much worse by ourselves"},
		{"Recovery was made a lot worse by us.", "self-judgement", "made a lot worse by us"},
		{"Our mitigation could have been better.", "self-judgement", "Our mitigation could have been better"},
		{"- Communication should have been far better", "self-judgement", "Communication should have been far better"},
		{"The mistake was where the routing happened.", "self-judgement", "The mistake was"},
		{"Two mistakes combined:", "self-judgement", "Two mistakes"},
		{"I failed to see that the workers were crashing.", "person-failure", "I failed to see"},
		{"We failed to see that the disk was filling.", "person-failure", "We failed to see"},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, tc.rule)
		if f == nil {
			t.Errorf("%s misses %q: %s", tc.rule, tc.note, describe(fs))
			continue
		}
		if got := tc.note[f.Offset : f.Offset+f.Length]; got != tc.match {
			t.Errorf("%q flags %q, want %q", tc.note, got, tc.match)
		}
		if f.Question == "" {
			t.Errorf("%q asks nothing", tc.note)
		}
	}
	for _, quiet := range []string{
		"The value in the header was wrong.",
		"We were not wrong to page the database team.",
		"I was told the config was wrong.",
		"What was wrong with the job is still unknown.",
		"I was wrong about the cache hit rate.",
		"The outage was made worse by a retry storm.",
		"The outcome could have been much worse.",
		"Our response time could have been better if the pager had worked.",
		"The weather could have been better.",
		"The mistake in the docs was fixed in v2.",
		"The mistake was corrected within the hour.",
		"Two mistakes in the log format were fixed.",
		"Was I wrong?",
		"We failed to see any difference between the runs.",
		"We logged it but failed to see that warning as an error case.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
