package phrasing

import "testing"

// TestContextNamedWordings: more wordings of round nine's families, so each
// holds beyond the sentences it was first written from.
func TestContextNamedWordings(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		{"root-cause", "Was the root cause known before the rollback?\n\nNo.", "The root cause was known: Kim's rollback."},
		{"root-cause", "What did the root cause turn out to be?\n\nA race.", "The root cause turned out to be a race."},
		{"root-cause", "How was the root cause found?\n\nBy bisecting.", "The root cause was Kim's commit."},
		{"root-cause", "Alert fired\nRoot cause determined - stale DNS entry\nCache flushed", "The root cause was a stale DNS entry."},
		{"root-cause", "1/7/2024 - root cause shared with the vendor", "On 1/7/2024 we found the root cause was the vendor."},
		{"absolute-remediation", "What steps will keep this from happening again?\n\nSee below.", "These steps will keep this from happening again."},
		{"absolute-remediation", "We are committed to making sure this sort of outage does not happen again.", "We are committed to making sure this does not happen again."},
		{"absolute-remediation", "We have replaced the disks and tightened our validation to prevent this from happening again.", "We are sorry and will prevent this from happening again."},
		{"passive-agent", "The corruption appears to have been caused by a vendor library bug.", "The corruption was caused by a vendor."},
		{"guard-counterfactual", "We will lint every migration. Such a lint would have flagged the dropped column.", "Such a simple lint would have caught the dropped column."},
		{"vague-factor", "Communication problems between the nodes left two leaders.", "Communication problems were the main factor."},
		{"diligence-call", "Review the rules more carefully every time a new region is added.", "Review the rules more carefully."},
		{"vague-area", "Better alerting shipped to the billing queue on Monday.", "We need better alerting."},
		{"vague-area", "The nightly export job needs more monitoring.", "Our team needs more monitoring."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
