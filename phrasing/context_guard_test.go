package phrasing

import "testing"

// TestNeverAgainNeedsGuard: a never-again stays flagged while its sentence
// names nothing a reader could check, and goes quiet once it names the
// guard, built or planned, in any tense, verb or clause order.
func TestNeverAgainNeedsGuard(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"We will make sure this never happens again.",
		"We have updated our internal procedures to ensure this does not happen again.",
		"Going forward, the team is committed to ensuring it never happens again.",
		"We took remediations so that this can never happen again.",
		"Our provider told us about the fault, and we will ensure it does not happen again.",
		"Make sure this never happens again.",
		"We have reviewed our approach to prevent this from happening again.",
		"With no alert in place, we must make sure this never happens again.",
		"These steps will keep this from happening again.",
		"We won't be caught off guard again.",
		"Always make sure the config is right.",
		"Going forward, always make sure the flag is off.",
		"We must always remember to announce maintenance.",
		"We should always double-check the region.",
		"We will ensure it is checked and never happens again.",
	}
	quiet := []string{
		"We added a disk-usage alert so this cannot happen again.",
		"To prevent this from happening again, a lint step now rejects unpinned images.",
		"A new pre-deploy check will make sure the expired certificate never happens again.",
		"The migration script now takes a lock, which ensures it does not happen again.",
		"We raised the connection limits on the pool to ensure this does not happen again.",
		"Two replicas and a nightly backup now keep this from happening again.",
		"We have corrected the monitoring configuration to make sure it does not happen again.",
		"The fix in #4121 ensures this never happens again.",
		"We added a queue-depth alert. This makes sure it cannot happen again.",
		"We shipped a confirmation prompt in the CLI. That should keep it from happening again.",
		"We have extended alerting on the certificate store so this cannot happen again.",
		"Logging of every schema change will make sure it does not happen again.",
		"The same bug cannot happen again because the field is now validated.",
		"Certificates are now monitored, so this expiry cannot happen again.",
		"We always remember to announce maintenance a week ahead.",
		"Kim always makes sure the backups are verified.",
		"The release script always makes sure the tag exists.",
	}
	expectRule(t, c, "absolute-remediation", flagged, quiet)
}

// TestVagueAreaPurpose: a purpose clause after an area names it only when
// its object is named; "to ensure this never happens again" or "to detect
// issues faster" leaves the area as vague as it was.
func TestVagueAreaPurpose(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"Improve monitoring to ensure this never happens again.",
		"We will improve monitoring to ensure this does not happen again.",
		"Enhance alerting to detect issues faster.",
		"Add more logging to catch problems earlier.",
		"We need better testing to prevent regressions.",
		"Improve documentation to help everyone.",
	}
	quiet := []string{
		"Improve alerting to detect replication lag above 30 seconds.",
		"Add more logging to capture the request id of every retry.",
		"Improve monitoring to detect a full disk on the build hosts.",
		"We need better testing to catch schema drift in the billing tables.",
		"Enhance alerting to notice certificate expiry two weeks ahead.",
	}
	expectRule(t, c, "vague-area", flagged, quiet)
}
