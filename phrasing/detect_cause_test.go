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
		{"Cause of the outage: the pool ran dry.", "Contributing factor in the outage: the pool ran dry."},
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
	for _, flagged := range []string{
		"The outage was traced back to a single bad config push.",
		"It all came down to a missing index.",
		"The outage boiled down to an expired certificate.",
	} {
		if fs := c.Check(flagged); !hasRule(fs, "cause-claim") {
			t.Errorf("cause-claim misses %q: %s", flagged, describe(fs))
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
		"Latency came down to 200 ms.",
		"Cause of the 502s: a stale upstream list.",
		"- **Cause of incident**: unknown",
		"It came down to two things: the pool and the alert.",
		"The error rate came down to the usual level.",
		"The bug was traced to a single line in the parser.",
		"It came down to the wire, but the release shipped.",
		"It probably came down to a stale cache.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "cause-claim") {
			t.Errorf("cause-claim flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestMissAndCauseStayLinear: a long paragraph dense with passive misses,
// causes claimed and nobody watching, with no full stop anywhere, costs a
// linear amount of work and allocation.
func TestMissAndCauseStayLinear(t *testing.T) {
	c := NewChecker(nil, nil)
	unit := "the alert was missed and the cause of the outage was the disk while no one was " +
		"watching the dashboard - Cause: the pool ran dry and the page went unanswered and " +
		"the runbook was never rehearsed so no rollback plan was made and nobody remembered to renew "
	_, small := c.check(paragraph(50_000, unit))
	_, big := c.check(paragraph(200_000, unit))
	if small == 0 || float64(big) > 4.4*float64(small) {
		t.Errorf("50 KB took %d steps, 200 KB took %d: want at most 4.4x for 4x the text", small, big)
	}
	allocSmall := testing.AllocsPerRun(3, func() { c.Check(paragraph(50_000, unit)) })
	allocBig := testing.AllocsPerRun(3, func() { c.Check(paragraph(200_000, unit)) })
	if allocBig > 4.4*allocSmall+8 {
		t.Errorf("50 KB made %.0f allocations, 200 KB made %.0f", allocSmall, allocBig)
	}
	if n := len(c.Check(paragraph(20_000, unit))); n < 50 {
		t.Errorf("only %d findings in 20 KB of dense notes: the shapes stopped matching", n)
	}
}

// TestNewShapesSurviveFragments runs every short sequence of the new
// detectors' trigger words and their neighbours, cut anywhere, so that no
// look ahead or behind runs off the text.
func TestNewShapesSurviveFragments(t *testing.T) {
	c := NewChecker(nil, nil)
	words := []string{"The", "cause", "causes", "of", "was", "the", "outage", "Cause:", "-", "root",
		"reason", "for", "came", "down", "to", "traced", "back", "a", "single", "it", "all",
		"alert", "were", "missed", "went", "unanswered", "not", "never", "tested", "no", "plan",
		"made", "had", "been", "nobody", "no one", "was watching", "remembered", "acted", "on",
		"but", "and", "followed", "up", ".", "\n", "**", "?"}
	for _, a := range words {
		for _, b := range words {
			for _, e := range words {
				for _, text := range []string{a + " " + b + " " + e, e + " " + a + " " + b + " " + e + " " + a} {
					c.Check(text) // a look past either end of the text panics
				}
			}
		}
	}
}
