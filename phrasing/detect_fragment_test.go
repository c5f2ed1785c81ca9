package phrasing

import "testing"

// TestCareFragment: list items with no subject that name a step of care
// left out flag; release-note items, guards the team lacks, items that go
// on as a clause, questions and full sentences stay quiet.
func TestCareFragment(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"## What went wrong\n\n- No load testing.",
		"- No peer review on the config change",
		"* No staging rehearsal before the cutover.",
		"3. No dry-run of the restore procedure",
		"- No code review from the database owners.",
		"- Schema change not reviewed before the deploy",
		"- Release candidate not tested against older clients.",
		"2. Restore path never verified after the move",
		"- Restore path never verified after the move",
		"- Firmware image not validated on the spare units",
		"- Failover not rehearsed in the last year.",
	} {
		if fs := c.Check(note); !hasRule(fs, "care-fragment") {
			t.Errorf("care-fragment misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"- No breaking changes.",
		"- Not supported on Windows.",
		"- No downtime expected.",
		"- No testing needed for docs-only changes.",
		"- No review required for typo fixes",
		"- No TLS expiry alerting on the login hosts",
		"- No rollback plan for the schema change.",
		"- Patch not applied yet on the EU cluster",
		"- The config was not reviewed by the linter.",
		"- Is there no load testing?",
		"No load testing was planned for the static site.",
		"The schema change was not reviewed by the bot.",
		"- Tokens not validated by the proxy",
		"- Not tested on ARM builds.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "care-fragment") {
			t.Errorf("care-fragment flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestElidedItemMore: items with no subject that miss a piece of the
// team's work or keep too little of a guard flag; counts and conditions
// stay quiet.
func TestElidedItemMore(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"- Missed the cutover for the archive shards.",
		"- Missed migration for the legacy tenants",
		"- Did not have sufficient logs for each stage of the rollout.",
		"- Didn't have enough test coverage on the parser",
		"- Did not have adequate monitoring on the replica.",
	} {
		fs := c.Check(note)
		if !hasRule(fs, "person-failure") && !hasRule(fs, "omission") {
			t.Errorf("elided item missed %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"- Missed two blocks during the restart.",
		"- Did not have enough disk on the old hosts.",
		"- Did not have sufficient logs because rotation deleted them.",
		"- Did not have access to the console.",
		"- Missed 3 heartbeats.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") || hasRule(fs, "omission") {
			t.Errorf("elided item flags %q: %s", quiet, describe(fs))
		}
	}
}
