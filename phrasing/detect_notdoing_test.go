package phrasing

import "testing"

// TestCareSkippedCause: a skipped step of care named as the cause flags;
// steps that are not care, praise, general remarks, lacks and questions
// stay quiet.
func TestCareSkippedCause(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Three shards went read-only due to not checking the disk quota.",
		"The bad build resulted from not reviewing the lockfile diff.",
		"It was the result of not fully following the cutover runbook.",
		"The gap was made worse by not notifying the support desk.",
		"Two customers lost data owing to not verifying the restore.",
		"Our downtime stemmed from not doing enough testing on staging.",
	} {
		if fs := c.Check(note); !hasRule(fs, "care-skipped-cause") {
			t.Errorf("care-skipped-cause misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"We saved an hour by not rebuilding the cache.",
		"She was thanked for not restarting the primary.",
		"The risk of not testing is easy to underrate.",
		"The delay was due to not having access to the console.",
		"The delay was due to not checking the replica lag, as agreed with the vendor.",
		"Was the outage caused by not renewing the certificate?",
		"Not testing the restore was a choice we made on purpose.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "care-skipped-cause") {
			t.Errorf("care-skipped-cause flags %q: %s", quiet, describe(fs))
		}
	}
}
