package phrasing

import "testing"

// TestSafeguardLeftOut: a safeguard the team had not put in place, in the
// perfect or with "have", flags under person-failure with a statement
// about the system; the same verbs with other objects, with a reason, in
// a condition or about a system stay quiet.
func TestSafeguardLeftOut(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rewrite string }{
		{"We hadn't set a statement timeout on the job.", "A statement timeout was not set on the job."},
		{"We had not enabled alerts for the queue.", "Alerts were not enabled for the queue."},
		{"I hadn't raised the connection limits on the standby.", "The connection limits were not raised on the standby."},
		{"- we hadn't disabled ssh login for root", "- Ssh login was not disabled for root"},
		{"| db | we had not configured a lock timeout |", "| db | A lock timeout was not configured |"},
		{"The on-call team hadn't yet enabled throttling on the gateway.", "Throttling was not enabled on the gateway."},
		{"We unfortunately did not have alerts in place.", "No alerts were in place."},
		{"We didn't have any disk usage alerts set up for the new cluster.", "No disk usage alerts were set up for the new cluster."},
	} {
		fs := c.Check(tc.note)
		f := firstRule(fs, "person-failure")
		if f == nil {
			t.Errorf("person-failure misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); got != tc.rewrite {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
		}
		if f.Question == "" {
			t.Errorf("%q asks nothing", tc.note)
		}
	}
	for _, quiet := range []string{
		"We hadn't set the timeout lower because the vendor asked us not to.",
		// LABELLING.md: "did not have alerting on queue depth" names the gap.
		"We did not have alerts on disk usage.",
		"We didn't have monitoring on the replica lag.",
		"We hadn't raised the limit yet; it was planned for Q3.",
		"If we hadn't set a timeout, the job would have hung forever.",
		"We had set a timeout of 30s, but it never fired.",
		"The service hadn't raised any alerts.",
		"We did not have alerts firing during the window.",
		"We did not have any alerts until 09:40.",
		"We didn't have alerts for this because the metric did not exist.",
		"We hadn't enabled the flag for EU users.",
		"We did not have access to the console.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}

// TestSafeguardLeftOutPassive: the same safeguard left out in the passive
// flags as an omission; a reason, a plan, a condition, an alert that did
// not fire and a limit not reached stay quiet.
func TestSafeguardLeftOutPassive(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, match string }{
		{"These limits had not been raised on the secondary server.", "These limits had not been raised"},
		{"The timeout had not been set on the new pool.", "The timeout had not been set"},
		{"The connection limits were not raised on the standby.", "The connection limits were not raised"},
		{"| replica | alerts were not enabled |", "alerts were not enabled"},
		{"On the new cluster, disk quotas were not configured.", "disk quotas were not configured"},
	} {
		fs := c.Check(tc.note)
		if len(fs) == 0 || fs[0].Rule != "omission" || tc.note[fs[0].Offset:fs[0].Offset+fs[0].Length] != tc.match ||
			fs[0].Question != guardQuestion {
			t.Errorf("%q: want omission on %q, got %s", tc.note, tc.match, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The limits were not raised because traffic stayed flat.",
		"Alerts were not raised during the window.",
		"The limit was not reached.",
		"If the timeout was not set, the job would hang.",
		"The alerts were not enabled during the maintenance window, as planned.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}

// firstRule returns the first finding of rule id in fs, or nil.
func firstRule(fs []Finding, id string) *Finding {
	for k := range fs {
		if fs[k].Rule == id {
			return &fs[k]
		}
	}
	return nil
}
