package phrasing

import "testing"

// TestUntoldAndUnplanned: people left untold and cases a plan left out, in
// many wordings (nominal "the failure to", list items and table cells with
// no subject, we, I, the passive, a relative clause, contractions, past
// perfect, "nobody" and "neither team" as subject), flag with the
// statement a team would publish and a question for the room; a program
// notifying, a schedule, a reason given and work still ahead stay quiet.
func TestUntoldAndUnplanned(t *testing.T) {
	checkFamily(t, []familyCase{
		{"The failure to notify users of the maintenance window made things worse.", "left-untold",
			"The missing notice to users of the maintenance window made things worse.", "What made telling the people affected hard to fit in at the time?"},
		{"| Partners | No | Failed to proactively communicate the downtime |", "left-untold",
			"| Partners | No | No proactive communication of the downtime |", "What made telling the people affected hard to fit in at the time?"},
		{"- Failed to notify the broader community ahead of time", "left-untold",
			"- No notice to the broader community ahead of time", "What made telling the people affected hard to fit in at the time?"},
		{"There was a failure to communicate the risk to stakeholders.", "left-untold",
			"There was no communication of the risk to stakeholders.", "What made telling the people affected hard to fit in at the time?"},
		{"We didn't proactively reach out to affected customers.", "left-untold",
			"Affected customers got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"Customers were never told about the planned downtime.", "left-untold",
			"Customers got no notice about the planned downtime.", "What made telling the people affected hard to fit in at the time?"},
		// "nobody" as the one who did not tell is this rule's, not team-missed's.
		{"Nobody told the customers about the outage.", "left-untold",
			"The customers got no notice about the outage.", "What made telling the people affected hard to fit in at the time?"},
		{"A step failed which we had not planned for.", "unplanned",
			"A step failed which the plan did not cover.", "What made this case hard to foresee when the plan was made?"},
		{"We had not planned for the migration step failing.", "unplanned",
			"The plan did not cover the migration step failing.", "What made this case hard to foresee when the plan was made?"},
		{"We hadn't accounted for replica lag in the cutover plan.", "unplanned",
			"The plan did not cover replica lag in the cutover plan.", "What made this case hard to foresee when the plan was made?"},
		{"This scenario was not planned for.", "unplanned",
			"This scenario was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"Nobody had planned for a second region going down.", "unplanned",
			"The plan did not cover a second region going down.", "What made this case hard to foresee when the plan was made?"},
		{"- Failure to alert affected tenants before the cutover", "left-untold",
			"- The missing alert to affected tenants before the cutover", "What made telling the people affected hard to fit in at the time?"},
		{"| Enterprise customers | Failed to notify in advance |", "left-untold",
			"| Enterprise customers | No notice in advance |", "What made telling the people affected hard to fit in at the time?"},
		{"Affected merchants weren't notified until the next morning.", "left-untold",
			"Affected merchants got no notice until the next morning.", "What made telling the people affected hard to fit in at the time?"},
		{"Stakeholders were not kept informed during the incident.", "left-untold",
			"Stakeholders got no notice during the incident.", "What made telling the people affected hard to fit in at the time?"},
		{"We had not accounted for the cache being cold after failover.", "unplanned",
			"The plan did not cover the cache being cold after failover.", "What made this case hard to foresee when the plan was made?"},
		{"The rollback path wasn't planned for.", "unplanned",
			"The rollback path was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"Nobody planned for both zones failing at once.", "unplanned",
			"The plan did not cover both zones failing at once.", "What made this case hard to foresee when the plan was made?"},
		{"They hadn't prepared for a full region loss.", "unplanned",
			"The plan did not cover a full region loss.", "What made this case hard to foresee when the plan was made?"},
		{"Users were only informed afterwards.", "left-untold",
			"Users were informed afterwards.", "What made telling the people affected hard to fit in at the time?"},
		{"Customers were not given any advance notice.", "left-untold",
			"Customers got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"No advance notice was given to partners.", "left-untold",
			"No notice reached partners.", "What made telling the people affected hard to fit in at the time?"},
		{"Users weren't warned before the API was switched off.", "left-untold",
			"Users got no notice before the API was switched off.", "What made telling the people affected hard to fit in at the time?"},
		{"Our customers didn't hear from us for six hours.", "left-untold",
			"Our customers got no update from us for six hours.", "What made telling the people affected hard to fit in at the time?"},
		{"Node operators were not made aware of the change.", "left-untold",
			"Node operators got no notice of the change.", "What made telling the people affected hard to fit in at the time?"},
		{"The upgrade had not been planned for properly.", "unplanned",
			"The upgrade was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"Failover was never planned for.", "unplanned",
			"Failover was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"**Failed to communicate the maintenance window to users.**", "left-untold",
			"**No communication of the maintenance window to users.**", "What made telling the people affected hard to fit in at the time?"},
		{"The customers, who had not been told about the change, kept retrying.", "left-untold",
			"The customers, who got no notice about the change, kept retrying.", "What made telling the people affected hard to fit in at the time?"},
		{"We'd not warned our partners that the endpoint would move.", "left-untold",
			"Our partners got no notice that the endpoint would move.", "What made telling the people affected hard to fit in at the time?"},
		{"Customers weren't informed of the data loss for two days.", "left-untold",
			"Customers got no notice of the data loss for two days.", "What made telling the people affected hard to fit in at the time?"},
		{"There was a failure on our side to inform the affected tenants.", "left-untold",
			"There was no notice to the affected tenants.", "What made telling the people affected hard to fit in at the time?"},
		{"One gap: the failure to test the restore path before the upgrade.", "left-untold",
			"One gap: the missing test of the restore path before the upgrade.", "What made testing hard to fit in at the time?"},
		{"We hadn't planned for the possibility that the primary would not come back.", "unplanned",
			"The plan did not cover the possibility that the primary would not come back.", "What made this case hard to foresee when the plan was made?"},
		{"The scenario in which both replicas fail was not planned for.", "unplanned",
			"The scenario in which both replicas fail was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"Neither team had planned for a rollback.", "unplanned",
			"The plan did not cover a rollback.", "What made this case hard to foresee when the plan was made?"},
		{"We had not warned our partners.", "left-untold",
			"Our partners got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"We hadn't told customers.", "left-untold",
			"Customers got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"We'd not warned our partners.", "left-untold",
			"Our partners got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"We had not notified users.", "left-untold",
			"Users got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"I hadn't informed the customers.", "left-untold",
			"The customers got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"The failure to escalate to the database team cost us an hour.", "left-untold",
			"The missing escalation to the database team cost us an hour.", "What made telling the people affected hard to fit in at the time?"},
		{"Failing to notify users ahead of the change was the biggest gap.", "left-untold",
			"The missing notice to users ahead of the change was the biggest gap.", "What made telling the people affected hard to fit in at the time?"},
		{"Partners were notified only after the outage had ended.", "left-untold",
			"Partners were notified after the outage had ended.", "What made telling the people affected hard to fit in at the time?"},
		{"Users were informed too late to act.", "left-untold",
			"Users were informed after they could act.", "What made telling the people affected hard to fit in at the time?"},
		{"- Missed notifying the mailing list", "left-untold",
			"- No notice to the mailing list", "What made telling the people affected hard to fit in at the time?"},
		{"- Neglected to tell partners about the cutover", "left-untold",
			"- No notice to partners about the cutover", "What made telling the people affected hard to fit in at the time?"},
		{"* Didn't loop in the security team", "left-untold",
			"* The security team got no notice", "What made telling the people affected hard to fit in at the time?"},
		{"Users were left in the dark for hours.", "left-untold",
			"Users got no updates for hours.", "What made telling the people affected hard to fit in at the time?"},
		{"The support team was kept out of the loop.", "left-untold",
			"The support team got no updates.", "What made telling the people affected hard to fit in at the time?"},
		{"No one let the customers know.", "left-untold",
			"The customers got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"We did not keep customers updated during the outage.", "left-untold",
			"Customers got no notice during the outage.", "What made telling the people affected hard to fit in at the time?"},
		{"Customers were kept waiting for an update for three hours.", "left-untold",
			"Customers waited for an update for three hours.", "What made telling the people affected hard to fit in at the time?"},
		{"The failure on the part of the on-call to escalate made it worse.", "left-untold",
			"The missing escalation made it worse.", "What made telling the people affected hard to fit in at the time?"},
		{"Customers affected by the outage in the EU region were not notified.", "left-untold",
			"Customers affected by the outage in the EU region got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"Users of the legacy mobile app were never told about the change.", "left-untold",
			"Users of the legacy mobile app got no notice about the change.", "What made telling the people affected hard to fit in at the time?"},
		{"Users, unfortunately, were never notified.", "left-untold",
			"Users got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"Downstream teams were, once again, not informed.", "left-untold",
			"Downstream teams got no notice.", "What made telling the people affected hard to fit in at the time?"},
		{"The partner integrations we had not planned for broke first.", "unplanned",
			"The partner integrations the plan did not cover broke first.", "What made this case hard to foresee when the plan was made?"},
	}, []string{
		"The job failed to notify the webhook because the token had expired.",
		"| Webhook | Yes | Failed to deliver 3 notifications |",
		"Failure to connect to the database returns a 503.",
		"On failure to notify, the job retries three times.",
		"We notified users at 14:05 of the downtime.",
		"Users were notified by email at 14:05.",
		"We had planned for a two-hour window.",
		"The step we had planned for 14:00 ran at 15:00.",
		"The feature was not planned for this quarter.",
		"The exporter failed to notify Prometheus of the new target.",
		"Failure to communicate with the leader triggers an election.",
		"The failure to start was traced to a missing library.",
		"We informed all customers at 09:00 UTC.",
		"Customers were notified within ten minutes, as the runbook says.",
		"We planned for a four-hour maintenance window.",
		"The work is planned for next sprint.",
		"The upgrade had been planned for months.",
		"Despite the warnings from the linter, the build passed.",
		"Customers were notified at 10:15 and again at 11:00.",
		"We planned for the worst case and it held.",
		"Users were informed promptly through the status page.",
		"We were told by the provider that the region was degraded.",
		"The client was not told about the new endpoint because it caches DNS for a day.",
		"Customers who were not affected were not notified, as planned.",
		"The failure to converge was caused by a split vote.",
		"We had planned for a failover drill on Friday.",
		"The test was not planned for the new region yet.",
		"The failure to escalate is handled by the pager's fallback policy.",
		"Partners were notified an hour before the change.",
		"The notification service was not reached during the partition.",
		"Customers were kept informed through the status page.",
		"Customers affected by the outage were notified at 10:00.",
		"Users of the legacy app were told about the change in March.",
		"The keys on the legacy hosts were rotated as planned.",
		"This edge case, while a normal operation, was not accounted for in the vault's withdraw logic.",
		"The overflow was not planned for in the parser.",
	})
}

// checkFamily runs a table of notes that must flag under a rule, with the
// rewrite and question expected, and notes that must stay quiet.
func checkFamily(t *testing.T, flags []familyCase, quiet []string) {
	t.Helper()
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range flags {
		fs := c.Check(tc.note)
		var f *Finding
		for k := range fs {
			if fs[k].Rule == tc.rule {
				f = &fs[k]
				break
			}
		}
		if f == nil {
			t.Errorf("%s misses %q: %s", tc.rule, tc.note, describe(fs))
			continue
		}
		got := f.Apply(tc.note)
		if tc.rewrite != "" && got != tc.rewrite || tc.rewrite == "" && f.Replacement != "" {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
		}
		if f.Question != tc.question {
			t.Errorf("%q asks %q, want %q", tc.note, f.Question, tc.question)
		}
		if f.Replacement != "" {
			if msg := rewriteProblem(tc.note, got, *f); msg != "" {
				t.Errorf("%q: %s: %q", tc.note, msg, got)
			}
		}
	}
	for _, q := range quiet {
		if fs := c.Check(q); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", q, describe(fs))
		}
	}
}

// familyCase is a note that must flag under rule, with its rewrite ("" for
// none) and the question for the room.
type familyCase struct{ note, rule, rewrite, question string }
