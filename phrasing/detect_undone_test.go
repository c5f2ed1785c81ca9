package phrasing

import "testing"

// TestWorkUndone: the team's work left undone or called wrong in the
// passive flags; a system's event, work in progress, a time, a reason, a
// condition and a question stay quiet.
func TestWorkUndone(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		// left undone: other verbs, subjects, tenses and positions
		"The schema migration was never finished on the replicas.",
		"Sadly, the handover to the night shift was not properly completed.",
		"Config tweaks made on the bastion host weren't committed to git.",
		"The certificate rotation had never been fully completed.",
		"Last spring the decommissioning was not entirely finished, so two hosts kept serving.",
		"Both hotfixes were never merged into the release branch.",
		"The remediation steps from the last review were not fully implemented.",
		// a change called wrong
		"A faulty patch was deployed to the edge nodes.",
		"The erroneous edit to the DNS zone was applied at noon.",
		"An improper change to the quota settings got pushed late on Friday.",
		"A mistaken adjustment was made to the retry budget.",
		"Incorrect changes in the firewall policy were rolled out to every region.",
		// someone named doing the wrong work, also in a timeline entry
		"Sam pushed the erroneous config on Friday.",
		"Our DBA had run the incorrect migration.",
		"The on-call engineer deployed a faulty build.",
		"- 2023-04-02: @lee uploaded the faulty signing key",
		"Priya configured an improper retention rule on the bucket.",
	} {
		// passive-miss reads some care steps left out too; either may own them.
		if fs := c.Check(note); !hasRule(fs, "work-undone") && !hasRule(fs, "passive-miss") {
			t.Errorf("work-undone misses %q: %s", note, describe(fs))
		}
	}
	for _, f := range c.Check("@kim added the faulty webhook.") {
		if f.Rule == "work-undone" && f.Question != "What made this change look right at the time?" {
			t.Errorf("a change done wrong asks %q", f.Question)
		}
	}
	for _, quiet := range []string{
		"The packets were not delivered to the gateway.",
		"The export job was never fully completed.",
		"The upgrade was not completed until 03:10.",
		"The fix has not been merged yet.",
		"The migration has not been fully completed, and the last table moves tonight.",
		"The cutover was not fully finished because the replica fell behind.",
		"If the rollout is not fully completed, the canary stays on.",
		"Was the migration ever fully completed?",
		"An incorrect value was returned by the cache.",
		"A faulty disk was replaced on Tuesday.",
		"The changes were committed to the repo at 14:02.",
		"A faulty change was pushed by the sync job.",
		"The backup during the migration was never completed.",
		"We made sure the migration was fully completed before the window closed.",
		"We applied the incorrect certificates.",
		"The script added the faulty rows.",
		"The scheduler deployed a faulty build.",
		"Kim replaced the faulty disk.",
		"Kim found the incorrect value in the table.",
		"The on-call disabled the faulty check.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "work-undone") {
			t.Errorf("work-undone flags %q: %s", quiet, describe(fs))
		}
	}
}
