package phrasing

import "testing"

// TestCapacityLeft: acting without setting aside enough capacity flags as
// care-skipped; a gerund that names no shortfall, a system's act and a
// reason stay quiet.
func TestCapacityLeft(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"We ran a database migration without setting aside enough resources.",
		"I deployed the change without provisioning enough capacity.",
		"The team shipped without reserving enough headroom.",
		"- ran the backfill without allocating sufficient IOPS",
		"We turned on the feature for everyone without sizing the cache adequately.",
	} {
		if f := firstRule(c.Check(note), "care-skipped"); f == nil || f.Question == "" {
			t.Errorf("care-skipped misses %q: %s", note, describe(c.Check(note)))
		}
	}
	for _, quiet := range []string{
		"We restarted the node without adding any load.",
		"We froze the branch without setting a date.",
		"The job scaled out without adding enough nodes, as the autoscaler capped it.",
		"The service runs without sizing the pool.",
		"We ran the migration without setting aside enough resources because the freeze had started.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
