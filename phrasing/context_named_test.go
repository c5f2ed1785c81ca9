package phrasing

import "testing"

// TestContextNamed: the families of round nine's false alarms, each written
// as plain sentences of our own in different wordings, with a blameful twin
// that must still flag. What decides is what the words do in the document
// (a form's question, a milestone, a guard named, a thing as agent), never
// the one wording seen.
func TestContextNamed(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		// A form's question standing alone on its line, as a heading.
		{"root-cause", "What was the root cause of the incident?\n\nA full disk.", "The root cause of the incident was a full disk."},
		{"root-cause", "What is the root cause?\n\nStill being worked out.", "The root cause is Kim's deploy."},
		{"root-cause", "**What was the root cause of the delay?**\n\nA stale lock.", "What was the root cause? Kim's rushed deploy."},
		{"root-cause", "3. What was the root cause of the outage?\n\nThe cache filled.", "The root cause of the outage was the cache."},
		{"root-cause", "Which component held the root cause?\n\nThe scheduler.", "The scheduler was the root cause."},
		{"absolute-remediation", "How will we prevent this from happening again?\n\nWe list the changes below.", "We will prevent this from happening again."},
		{"absolute-remediation", "What are the recommendations to prevent this incident from occurring again?\n\n1. Alerts.", "We will prevent this incident from occurring again."},
		{"absolute-remediation", "How do we make sure this never happens again?\n\nSee the actions.", "We will make sure this never happens again."},
		{"absolute-remediation", "What will stop this from happening again?\n\nA quota.", "We will make sure this never happens again."},
		{"absolute-remediation", "## Next steps\n\nHow can we keep this from happening again?\n\nA quota.", "We will keep this from happening again."},
		// A milestone opening its line in a list of events, and a dated row.
		{"root-cause", "We saw reports of failed logins\nRoot cause identified: a slow analytics call blocked sign-in\nFix deployed", "The root cause was a slow analytics call."},
		{"root-cause", "- Root cause found - the job ran twice\n- Fix shipped", "- The root cause was that the job ran twice"},
		{"root-cause", "* Root cause confirmed: the certificate expired", "We confirmed the root cause was the certificate."},
		{"root-cause", "Root cause located\nRollback started", "Kim's change was the root cause."},
		{"root-cause", "- 9/25/20 - root cause discovery - see the tracker", "- the root cause was the tracker"},
		{"root-cause", "- 12/01/2021 - root cause written up", "The root cause was written up on 12/01/2021."},
		{"root-cause", "3/4/22: root cause agreed in review", "On 3/4/22 we agreed the root cause was the review."},
		// Root cause as the object of a remedy.
		{"root-cause", "The patch alleviated the root cause within the hour.", "The patch was the root cause."},
		{"root-cause", "A second change mitigated the root cause for good.", "A second change was the root cause."},
		{"root-cause", "Removing the cron job eliminated the root cause.", "The cron job was the root cause."},
		// A never-again narrowed to a type of failure, or beside the guard built.
		{"absolute-remediation", "We will ensure this type of failure does not happen again.", "We will ensure this does not happen again."},
		{"absolute-remediation", "We are making sure this class of bug never happens again.", "We are making sure this never happens again."},
		{"absolute-remediation", "Our aim is that this kind of disk exhaustion doesn't recur again.", "We will ensure this doesn't happen again."},
		{"absolute-remediation", "We will ensure that this category of error does not occur again.", "We will ensure that the error does not occur again."},
		{"absolute-remediation", "We've fixed the issue and improved our safeguards to prevent this from happening again.", "We've fixed the issue and apologise; this will not happen again."},
		{"absolute-remediation", "We have patched the parser and added guardrails so it does not happen again.", "We have patched the parser and it will not happen again."},
		// A goal the team had, listed in the past with its guards next.
		{"absolute-remediation", "We took the servers down. We had to ensure that\n\n  1. no data was lost\n  2. this would not happen again\n\nFirst, we disabled root login.", "We took the servers down. We promise that\n\n  1. no data was lost\n  2. this will not happen again"},
		{"absolute-remediation", "Our goals were:\n- restore the queue\n- make sure it would never happen again\n\nWe added a quota.", "Our goals are:\n- restore the queue\n- make sure it will never happen again"},
		{"absolute-remediation", "After the breach we needed to make certain that\n1. keys were rotated\n2. the leak could not happen again", "After the breach we will make certain that\n1. keys are rotated\n2. the leak cannot happen again"},
		// A vendor's software as agent of a hedged cause.
		{"passive-agent", "The outage appears to have been caused by a vendor software issue.", "The outage was caused by a vendor."},
		{"passive-agent", "It seems the slowdown was caused by a vendor firmware bug.", "The slowdown was caused by a vendor who skipped the test."},
		{"passive-agent", "The crash was likely triggered by a vendor driver update.", "The crash was caused by a vendor."},
		// "Would have caught" said of the guard the plan just described.
		{"guard-counterfactual", "Going forward we will run a health check on staging. Such a health check would have caught this error.", "A simple health check would have caught this error."},
		{"guard-counterfactual", "We are adding a schema lint. Such a lint would have caught the bad column.", "A single lint would have caught the bad column."},
		{"guard-counterfactual", "We will add a canary stage. This kind of test would have caught the crash.", "One test would have caught the crash."},
		// Communication problems between parts of a system.
		{"vague-factor", "We resolved internal communication problems between systems and resumed service.", "Communication problems were a factor."},
		{"vague-factor", "There were communication problems between the services during failover.", "There were communication problems between the teams."},
		{"vague-factor", "Communication issues among the replicas slowed the election.", "Communication issues slowed the response."},
		// Care naming the situation it is for.
		{"diligence-call", "More carefully testing multiple deployments whenever between-build caching is changed.", "We need to test more carefully."},
		{"diligence-call", "Review the migration more carefully each time the schema changes.", "Review the migration more carefully."},
		{"diligence-call", "Check the flags more carefully whenever the config is rolled out.", "Check the flags more carefully."},
		// An area told as what a change added, or naming its artifact.
		{"vague-area", "Deployment code written, better logging and auto-restart added to the run service.", "We need better logging."},
		{"vague-area", "Better monitoring added to the payment workers.", "We need better monitoring."},
		{"vague-area", "Improve testing and validation of rollback and disaster recovery procedures.", "Improve testing."},
		{"vague-area", "Better documentation and review of the restore runbook.", "Better documentation."},
		{"vague-area", "We have long found the content templates to need better test coverage.", "We need better test coverage."},
		{"vague-area", "The billing parser needs better test coverage.", "The team needs better test coverage."},
		{"vague-area", "The export scripts require more monitoring.", "We require more monitoring."},
		// A bare "they didn't" answering an if-clause about another project.
		{"person-failure", "It would have worked if TypeORM provided a delete mechanism, but they didn't; so we wrote our own.", "It would have worked if the on-call had paged, but they didn't test it."},
		{"person-failure", "Pruning was possible if the SDK exposed a close call, but they didn't, so connections leak.", "We asked the vendor to patch it, and they didn't test the patch."},
		{"person-failure", "Retries would help if the client library supported them, but they don't.", "They didn't check the logs."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
