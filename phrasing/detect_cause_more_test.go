package phrasing

import "testing"

// TestCauseByWhatHappened: one cause claimed as "the reason it happened"
// or as what a finding revealed after a colon flags, with a rewrite that
// keeps the sentence; a reason still open, asked, not known or plural, and
// a cause found with nothing named stay quiet.
func TestCauseByWhatHappened(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, fixed string }{
		{"The reason it happened was that the cache filled.", "One contributing factor was that the cache filled."},
		{"The reason this occurred is a stale lock in the scheduler.", "One contributing factor is a stale lock in the scheduler."},
		{"In short, the reason why it failed was the expired key.", "In short, one contributing factor was the expired key."},
		{"The main reason it broke was the retry storm.", "One contributing factor was the retry storm."},
		{"Subsequent investigation revealed the cause: a stale lock.", "Subsequent investigation revealed one contributing factor: a stale lock."},
		{"The logs showed the cause: an expired certificate on the proxy.", "The logs showed one contributing factor: an expired certificate on the proxy."},
		{"Our review pinpointed the cause: a retry loop.", "Our review pinpointed one contributing factor: a retry loop."},
	} {
		fs := c.Check(tc.note)
		var f *Finding
		for k := range fs {
			if fs[k].Rule == "cause-claim" {
				f = &fs[k]
			}
		}
		if f == nil {
			t.Errorf("cause-claim misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); got != tc.fixed {
			t.Errorf("%q becomes %q, want %q", tc.note, got, tc.fixed)
		}
	}
	for _, quiet := range []string{
		"The reason it happened is still unknown.",
		"We do not know the reason it happened.",
		"The reason was not clear at first.",
		"What was the reason it failed?",
		"The reason it happened was not obvious.",
		"The logs revealed the cause.",
		"We are still looking for the cause: see the ticket.",
		"The review revealed the causes: a full disk and a retry storm.",
		"The dashboard showed the cause of the 502 responses.",
		`"The audit revealed the cause: a bad key," they wrote.`,
	} {
		if fs := c.Check(quiet); hasRule(fs, "cause-claim") {
			t.Errorf("cause-claim flags %q: %s", quiet, describe(fs))
		}
	}
}
