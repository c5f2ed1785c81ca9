package phrasing

import "testing"

// TestCauseFound: one cause stated as found ("identified the cause to be")
// or as the last word ("Ultimately, X was caused by") flags, with a
// statement that keeps room for other conditions; hedges, shares, a cause
// still sought and "ultimately" elsewhere stay quiet.
func TestCauseFound(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, want string }{
		{"The investigation identified the cause to be a faulty disk.", "The investigation identified one contributing factor as a faulty disk."},
		{"We determined the cause to be a stale DNS record.", "We determined one contributing factor as a stale DNS record."},
		{"- Review found the cause to be an expired certificate", "- Review found one contributing factor as an expired certificate"},
		{"After two days, engineers confirmed the cause to be the new driver.", "After two days, engineers confirmed one contributing factor as the new driver."},
		{"Ultimately, this issue was caused by a gap in our deployment procedure.", "This issue was caused in part by a gap in our deployment procedure."},
		{"Ultimately the outage was caused by a missing index.", "The outage was caused in part by a missing index."},
		{"The outage was ultimately caused by a missing index.", "The outage was caused in part by a missing index."},
		{"| Summary | Ultimately, the errors were caused by a full disk. |", "| Summary | The errors were caused in part by a full disk. |"},
		{"Ultimately, the 502s we saw on Tuesday were caused by a bad deploy.", "The 502s we saw on Tuesday were caused in part by a bad deploy."},
		{"Our analysis established the cause to be a race in the scheduler.", "Our analysis established one contributing factor as a race in the scheduler."},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, "cause-claim")
		if f == nil {
			t.Errorf("cause-claim misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); got != tc.want {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.want)
		}
	}
	for _, quiet := range []string{
		"We believe the cause to be a faulty disk.",
		"The investigation is trying to find the cause.",
		"Ultimately, we rolled back at 10:40.",
		"Ultimately the outage was caused in part by a stale record.",
		"Ultimately, several factors combined.",
		"Ultimately, the alert that was caused by the spike paged the on-call.",
		"We have not yet found the cause.",
		"The team identified the cause quickly.",
		"The investigation is ongoing and the cause is unknown.",
		"Ultimately, this is a question of capacity.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}

// TestCauseClaimObject: a thing claimed as the cause of the incident, in
// the perfect too and with a time after the incident, flags; negated,
// hedged or pointing back into a debugging story it does not.
func TestCauseClaimObject(t *testing.T) {
	checkShapes(t, "cause-claim", true, []claimShape{
		{"claimed", []string{
			"Our hosting vendor has been the cause of two outages since March.",
			"The expired key was the cause of the outage on Tuesday.",
			"A stale cache entry has been the cause of the incidents this quarter.",
			"The firmware update had been the cause of the crashes during the migration.",
			"A missing index was the cause of the slowdown last week.",
		}},
	})
	checkShapes(t, "cause-claim", false, []claimShape{
		{"not claimed", []string{
			"The vendor has not been the cause of any outage.",
			"This node was the cause of the hub failing on Tuesday.",
			"The firmware may have been the cause of the crashes.",
			"We asked whether the cache had been the cause of the outage.",
			"The disk has been the cause of slow reads since March.",
		}},
	})
}
