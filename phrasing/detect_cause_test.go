package phrasing

import "testing"

// TestCauseClaim: one cause claimed without the word "root" flags, and
// taking the suggestion calls it a contributing factor; a hedge, a cause
// of several, the cause still looked for, a symptom's cause in a debugging
// story and "cause" as a verb stay quiet.
func TestCauseClaim(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rewrite string }{
		{"The cause of the outage was an expired key.", "One contributing factor in the outage was an expired key."},
		{"The main cause was the full disk.", "One contributing factor was the full disk."},
		{"A missing index was the cause of the outage.", "A missing index was one contributing factor in the outage."},
		{"A bad config push was the cause.", "A bad config push was one contributing factor."},
		{"Cause: a typo in the zone file.", "Contributing factor: a typo in the zone file."},
		{"- **Root causes**: the pool ran dry.", "- **Contributing factors**: the pool ran dry."},
		{"The cause of the incident turned out to be a leaked handle.", "One contributing factor in the incident turned out to be a leaked handle."},
		{"The reason for the outage was a bad config push.", "One contributing factor in the outage was a bad config push."},
		{"The immediate cause of the downtime was an expired certificate.", "One contributing factor in the downtime was an expired certificate."},
		{"* Cause - database connections exhausted", "* Contributing factor - database connections exhausted"},
	} {
		fs := c.Check(tc.note)
		found := false
		for _, f := range fs {
			if f.Rule != "cause-claim" {
				continue
			}
			found = true
			if got := f.Apply(tc.note); got != tc.rewrite {
				t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
			}
			if f.Question == "" {
				t.Errorf("%q has no question for the room", tc.note)
			}
		}
		if !found {
			t.Errorf("cause-claim misses %q: %s", tc.note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"A likely cause is the new driver.",
		"One of the causes was the retry storm.",
		"We are still working to find the cause.",
		"The cause is still unknown.",
		"Cause: under investigation.",
		"Cause: TBD",
		"The cause was not obvious from the dashboards.",
		"The cause was twofold: a full disk and a silent alert.",
		"The cause was quickly identified and fixed.",
		"This is the cause of the hub failing, since it runs an old chart.",
		"We now know that this node was indeed the cause.",
		"The cause of the 502 responses was a stale upstream list.",
		"Contributing causes: the pool and the alert.",
		"Large batches cause replication lag.",
		"What was the cause of the outage?",
		"The disk was not the cause of the errors.",
		"The cause of the outage was probably the new kernel.",
		"The cause of the incident was confirmed by the vendor.",
		"The reason for the delay in the release notes was a holiday.",
		"The reason was not clear at first.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "cause-claim") {
			t.Errorf("cause-claim flags %q: %s", quiet, describe(fs))
		}
	}
}
