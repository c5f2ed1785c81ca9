package phrasing

import "testing"

// TestUntoldUnplannedGraded: omissions of telling people, cases a plan
// left out, work graded by its manner or the attention it got, setup
// graded, steps missed with no one named, and other people judged, each
// in several wordings (first person, we, passive, nominal, list items and
// table cells with no subject, long subjects, adverbs between), flag under
// their rule with the statement a team would publish and a question for
// the room. The plain look-alikes beside them (a program notifying, a
// schedule, a manner of a program, a count missed, a retry despite
// errors, the writer unable to find evidence) stay quiet.
func TestUntoldUnplannedGraded(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rule, rewrite, question string }{
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
			"No notice reached customers about the planned downtime.", "What made telling the people affected hard to fit in at the time?"},
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
		{"The rollout wasn't done in a systematic manner.", "graded-manner",
			"The rollout was done without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"The cleanup was not carried out in a structured way.", "graded-manner",
			"The cleanup was carried out without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"The status page was not getting the attention it deserved.", "graded-manner",
			"The status page was getting less time than it needed.", "What took the time this needed at the time?"},
		{"Our runbooks have not received the attention they deserve.", "graded-manner",
			"Our runbooks have received less time than they need.", "What took the time this needed at the time?"},
		{"That was a significant oversight by the platform team.", "graded-manner",
			"That was a gap in the platform team's checks.", "What would have made this gap visible before it mattered?"},
		{"Our practice here is insufficient.", "graded-manner",
			"Our practice here does not cover this case.", "What was missing that would have made this work easier to do well?"},
		{"Our process for reviewing migrations was inadequate.", "graded-manner",
			"Our process for reviewing migrations did not cover this case.", "What was missing that would have made this work easier to do well?"},
		{"The primary database never should have been running so close to its limits.", "graded-manner",
			"The primary database had been running so close to its limits.", "What made this state look acceptable at the time?"},
		{"This got missed on the servers.", "setup-graded",
			"This stayed unchanged on the servers.", "What made this easy to miss at the time?"},
		{"The second replica was missed during the upgrade.", "setup-graded",
			"The second replica stayed unchanged during the upgrade.", "What made the second replica easy to miss at the time?"},
		{"The firewall rule was not properly configured by the operator.", "setup-graded",
			"The firewall rule was configured with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"The load balancer had not been configured correctly.", "setup-graded",
			"The load balancer had been configured with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"The cron job was set up incorrectly.", "setup-graded",
			"The cron job was set up with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"External validators were still replaying the bad block despite repeated comms asking them to stop.", "others-judged",
			"External validators were still replaying the bad block after repeated comms asking them to stop.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"Some operators kept running the old version despite our repeated requests.", "others-judged",
			"Some operators kept running the old version after our repeated requests.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"Despite multiple reminders, several partners did not upgrade in time.", "others-judged",
			"After multiple reminders, several partners did not upgrade in time.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"Several exchanges failed to upgrade despite the announcement.", "others-judged",
			"Several exchanges failed to upgrade after the announcement.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"Alice and Bob were unable to resolve it.", "others-judged",
			"The issue was not resolved yet.", "What would have made resolving it possible at the time?"},
		{"John could not provide the credentials when asked.", "others-judged",
			"", "What would have made providing the credentials possible at the time?"},
		{"The DBA couldn't provide a timeline.", "others-judged",
			"A timeline was not available.", "What would have made providing a timeline possible at the time?"},
		{"The upgrade was handled in an ad hoc way.", "graded-manner",
			"The upgrade was handled without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"Communication with users was an afterthought.", "graded-manner",
			"Communication with users was planned last.", "What pushed this down the list at the time?"},
		{"- Failure to alert affected tenants before the cutover", "left-untold",
			"- The missing alert to affected tenants before the cutover", "What made telling the people affected hard to fit in at the time?"},
		{"| Enterprise customers | Failed to notify in advance |", "left-untold",
			"| Enterprise customers | No notice in advance |", "What made telling the people affected hard to fit in at the time?"},
		{"Affected merchants weren't notified until the next morning.", "left-untold",
			"No notice reached affected merchants until the next morning.", "What made telling the people affected hard to fit in at the time?"},
		{"Stakeholders were not kept informed during the incident.", "left-untold",
			"No notice reached stakeholders during the incident.", "What made telling the people affected hard to fit in at the time?"},
		{"We had not accounted for the cache being cold after failover.", "unplanned",
			"The plan did not cover the cache being cold after failover.", "What made this case hard to foresee when the plan was made?"},
		{"The rollback path wasn't planned for.", "unplanned",
			"The rollback path was not in the plan.", "What made this case hard to foresee when the plan was made?"},
		{"Nobody planned for both zones failing at once.", "unplanned",
			"The plan did not cover both zones failing at once.", "What made this case hard to foresee when the plan was made?"},
		{"They hadn't prepared for a full region loss.", "unplanned",
			"The plan did not cover a full region loss.", "What made this case hard to foresee when the plan was made?"},
		{"The migration was carried out in a haphazard fashion.", "graded-manner",
			"The migration was carried out without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"Testing was done in an ad-hoc manner.", "graded-manner",
			"Testing was done without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"The on-call handover wasn't handled in a structured way.", "graded-manner",
			"The on-call handover was handled without a written procedure.", "What would have given this work a set order of steps at the time?"},
		{"Alert hygiene has not been getting the attention it needs.", "graded-manner",
			"Alert hygiene has been getting less time than it needs.", "What took the time this needed at the time?"},
		{"The certificate inventory didn't get the attention it deserved.", "graded-manner",
			"The certificate inventory got less time than it needed.", "What took the time this needed at the time?"},
		{"That was an oversight by the release managers.", "graded-manner",
			"That was a gap in the release managers' checks.", "What would have made this gap visible before it mattered?"},
		{"This was a clear oversight from the vendor.", "graded-manner",
			"This was a gap in the vendor's checks.", "What would have made this gap visible before it mattered?"},
		{"Our change review process for infrastructure is inadequate.", "graded-manner",
			"Our change review process for infrastructure does not cover this case.", "What was missing that would have made this work easier to do well?"},
		{"The pairing session was insufficient to spot the typo.", "graded-manner",
			"The pairing session did not spot the typo.", "What was missing that would have made this work easier to do well?"},
		{"The queue should never have been allowed to grow that large.", "graded-manner",
			"The queue had been allowed to grow that large.", "What made this state look acceptable at the time?"},
		{"Two of the routers were missed in the rotation.", "setup-graded",
			"Two of the routers stayed unchanged in the rotation.", "What made two of the routers easy to miss at the time?"},
		{"The DNS records were incorrectly configured by the contractor.", "setup-graded",
			"The DNS records were configured with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"The ingress had been set up wrongly.", "setup-graded",
			"The ingress had been set up with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"The backup retention was not correctly configured.", "setup-graded",
			"The backup retention was configured with settings that did not fit.", "What made the right settings hard to see when this was set up?"},
		{"Some validators ignored the upgrade notice despite several reminders.", "others-judged",
			"Some validators ignored the upgrade notice after several reminders.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"Partners continued to use the old endpoint despite our announcements.", "others-judged",
			"Partners continued to use the old endpoint after our announcements.", "What kept the requests from reaching the people who had to act, or made acting on them hard?"},
		{"The vendor was unable to explain the outage.", "others-judged",
			"The outage was not explained yet.", "What would have made explaining the outage possible at the time?"},
		{"The consultants could not deliver a working patch.", "others-judged",
			"A working patch was not delivered yet.", "What would have made delivering a working patch possible at the time?"},
		{"Priya and Tom couldn't locate the runbook.", "others-judged",
			"The runbook was not located yet.", "What would have made locating the runbook possible at the time?"},
		{"Users were only informed afterwards.", "left-untold",
			"Users were informed afterwards.", "What made telling the people affected hard to fit in at the time?"},
	} {
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
		if got := f.Apply(tc.note); tc.rewrite != "" && got != tc.rewrite || tc.rewrite == "" && f.Replacement != "" {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
		}
		if f.Question != tc.question {
			t.Errorf("%q asks %q, want %q", tc.note, f.Question, tc.question)
		}
		if got := f.Apply(tc.note); f.Replacement != "" {
			if msg := rewriteProblem(tc.note, got, *f); msg != "" {
				t.Errorf("%q: %s: %q", tc.note, msg, got)
			}
		}
	}
	for _, quiet := range []string{
		"The job failed to notify the webhook because the token had expired.",
		"The bot failed to post to the channel.",
		"| Webhook | Yes | Failed to deliver 3 notifications |",
		"Failure to connect to the database returns a 503.",
		"On failure to notify, the job retries three times.",
		"We notified users at 14:05 of the downtime.",
		"Users were notified by email at 14:05.",
		"We had planned for a two-hour window.",
		"The step we had planned for 14:00 ran at 15:00.",
		"The disk space was insufficient for the snapshot.",
		"The retry budget was insufficient to absorb the spike.",
		"The schedule slipped by two days.",
		"Memory was running close to its limits.",
		"The query was not done in a single transaction.",
		"The deploy was done in a rolling manner.",
		"Failover was a major improvement.",
		"The packet got dropped on the servers.",
		"The config was not loaded because the file was truncated.",
		"The heartbeat was missed three times and the node was evicted.",
		"Messages got missed by the consumer during the rebalance.",
		"The service was not configured to use TLS.",
		"The node was still replaying blocks despite the restart.",
		"The cluster could not provide enough capacity.",
		"We were unable to reproduce the issue.",
		"Despite repeated retries, the client did not reconnect.",
		"The failing node was drained at 10:02.",
		"The oversight board meets monthly.",
		"The page was not getting any traffic.",
		"The patch slipped into the next release by design.",
		"The sidecar was not configured for this namespace.",
		"The renewal job failed to run because the runner was offline.",
		"Validators were asked to stop and most did within the hour.",
		"The feature was not planned for this quarter.",
		"Maria was unable to attend the review.",
		"The step failed because the volume was full.",
		"The job was not properly configured to retry, so it stopped after one error.",
		"The exporter failed to notify Prometheus of the new target.",
		"Failure to communicate with the leader triggers an election.",
		"The failure to start was traced to a missing library.",
		"We informed all customers at 09:00 UTC.",
		"Customers were notified within ten minutes, as the runbook says.",
		"We planned for a four-hour maintenance window.",
		"The work is planned for next sprint.",
		"The upgrade had been planned for months.",
		"Data was copied in a streaming fashion.",
		"The jobs run in a round-robin way.",
		"The dashboard is getting a lot of attention now.",
		"Thanks to everyone who gave this the attention it deserved.",
		"Oversight of the vendor is the procurement team's job.",
		"The buffer was insufficient to hold the burst.",
		"Our process is documented in the wiki.",
		"The pool was running close to its connection limit.",
		"The service should never be running without TLS.",
		"Two heartbeats got missed during the network blip.",
		"The config is correctly configured now.",
		"Despite the retries, the writes kept failing.",
		"Despite the warnings from the linter, the build passed.",
		"Despite repeated attempts, the replica would not sync.",
		"We could not find any evidence of data loss.",
		"Sam was unable to join the call.",
		"The API could not provide a consistent snapshot.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
