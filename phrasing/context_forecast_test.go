package phrasing

import "testing"

// TestForecastOnly: a never-again that no verb of securing governs
// forecasts or reports, in any tense or subject; the same outcome promised,
// demanded or secured stays flagged.
func TestForecastOnly(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	quiet := []string{
		"Since version 2.4 the leak does not occur again on upgraded nodes.",
		"With the old scheduler gone, this would not happen again.",
		"Once the cache warmed up, the stall did not recur again that week.",
		"With the lock in place the race can't happen again in that code path.",
		"In the replay the deadlock didn't happen again.",
		"The timeout does not occur again after a retry.",
		"On the patched kernel the panic should not recur again.",
		"By design the duplicate charge cannot happen again after the upgrade.",
		"The vendor bug does not happen again on the new firmware.",
		"That migration path would not recur again once the flag is removed.",
	}
	flagged := []string{
		"We will ensure this never happens again.",
		"Make sure the stall does not recur again.",
		"This must not happen again.",
		"We are committed to keeping this from happening again.",
		"The team promised the outage would not happen again.",
		"Never again will we ship on a Friday.",
		"This will never happen again.",
		"We patched the parser and it cannot happen again.",
		"Fix the process so the crash does not happen again.",
	}
	expectRule(t, c, "absolute-remediation", flagged, quiet)
}
