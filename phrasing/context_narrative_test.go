package phrasing

import "testing"

// TestNarrativeContext: the words of a judgment in a narrative, a story
// about others, a requirement on tools, a place described, a hedged or
// narrow promise, or an area with the place it applies stay quiet; their
// twins still flag. Sentences are written for debrief in the shapes real
// postmortems use.
func TestNarrativeContext(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		{"diligence-call", "After reading the release notes more closely, we saw the old CPUs were dropped.",
			"We should read the release notes more closely."},
		{"blame-labels", "We had heard tales of poor decision-making during big migrations.",
			"It was poor decision-making by the release team."},
		{"blame-labels", "Two inexperienced people should be able to cut a release without help.",
			"Inexperienced engineers pushed the release."},
		{"blame-labels", "The router carelessly forwarded every header upstream.", "The migration was handled sloppily."},
		{"avoidable", "I used to work at a company where this would never have happened.",
			"This would never have happened with a second reviewer."},
		{"absolute-remediation", "We will work to ensure this does not happen again, or if it does, that we are ready.",
			"We will ensure this does not happen again."},
		{"absolute-remediation", "We added a test to make sure this particular bug never happens again.",
			"We will make sure this never happens again."},
		{"vague-area", "We need to write more documentation about the production deployment.",
			"We need more documentation for production."},
		{"vague-area", "Better logging around the payment service restarts.", "Insufficient testing of the production deployment."},
		{"if-only", "If only one replica is down, the cluster stays healthy.", "If only the on-call had checked the replica."},
		{"vague-action", "Please be careful when copying commands from this document.", "Engineers need to be more careful when copying commands."},
		{"culprit-who", "Who is responsible for each action item is listed below.", "Who was responsible for the migration?"},
		{"handled-poorly", "The page was handled poorly by the paging tool, which retried every second.",
			"The page was handled poorly by the on-call."},
		{"absolute-remediation", "To prevent this from happening again, we added a lint step to the deploy pipeline.",
			"To prevent this from happening again, we talked about it as a team."},
		{"hindsight-marker", "With hindsight, it is easy to say the signs were there; at the time they were buried in noise.",
			"With hindsight, the signs were there."},
		{"should-have", "It's tempting to say we should have rolled back at once, but the graphs were flat.",
			"We should have rolled back at once, but the graphs were flat."},
		{"slow-response", "It took us a while to get access to the console because the VPN was down too.",
			"It took us too long to declare an incident."},
		{"vague-area", "Better testing would not have caught this, because staging never sees this traffic.",
			"Better testing would have caught this."},
		{"vague-area", "Improved alerting now pages us when the queue depth passes 10,000.", "Improved alerting."},
		{"hindsight-obvious", "It was obvious from the graphs that the disk was full, so we expanded it.",
			"It was obvious the disk was full, so we should have expanded it."},
		{"hindsight-obvious", "Once we looked at the graph, it was obvious the cache was cold.", "It was obvious the cache was cold."},
		{"hindsight-obvious", "The slowdown was obvious in the p99 latency graph.", "The signs were obvious in the dashboards."},
		{"person-failure", "We ignored the noisy alert channel by design; it is muted outside business hours.",
			"We ignored the noisy alert channel; it is muted outside business hours."},
		{"person-failure", "We missed nothing in the restore; every table checked out.", "We missed a table in the restore."},
		{"person-failure", "We forgot nothing on the checklist; the checklist lacked a step.", "We forgot a step on the checklist."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
