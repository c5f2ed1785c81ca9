package phrasing

import "testing"

// TestWritersOwnSlips: the writer or the team telling an act they did, a
// slip included, is an account (LABELLING.md, "The writer's own slips"),
// in any wording; a verdict on their conduct, a duty left undone, and
// the same act told of someone else still flag.
func TestWritersOwnSlips(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Dana"})
	for _, s := range []string{
		"I accidentally dropped the index on the replica.",
		"We erroneously deleted the data directory of the primary.",
		"During the cleanup we inadvertently removed the tenant table.",
		"We incorrectly tagged the release commit.",
		"I ran the migration against the wrong database.",
		"- 08:09 We restore the wrong snapshot",
		"We rebuilt the search indices as the wrong user.",
		"While reverting the route, we introduced a syntax error.",
		"I introduced a second bug while chasing the first.",
		"After a long night, I deleted the production database.",
		"We destroyed the search indexes with a rebuild.",
		"Yes, I broke checkout for an afternoon.",
		"We have broken the build for everyone on Friday.",
		"I unintentionally uninstalled the search package.",
	} {
		if fs := c.Check(s); len(fs) > 0 {
			t.Errorf("an account of the writer's own act is flagged: %q: %s", s, describe(fs))
		}
	}
	for _, s := range []string{
		"Dana accidentally deleted the production bucket.",
		"The contractor erroneously deleted the data directory.",
		"The on-call ran the migration against the wrong database.",
		"We carelessly dropped the index on the replica.",
		"We hastily pushed the config to every region.",
		"We wrongly assumed the replica was in sync.",
		"I made a mistake with the replica.",
		"We made a configuration error in the proxy.",
		"I was careless with the production keys.",
		"We forgot to restart the worker after the deploy.",
		"We failed our users this week.",
		"I messed up the rollout.",
	} {
		if fs := c.Check(s); len(fs) == 0 {
			t.Errorf("a verdict, a duty left undone or someone else's slip is quiet: %q", s)
		}
	}
}

// TestTookStepsIsNoPace: "took several steps to" counts steps, not time;
// "took us several hours to" still judges pace.
func TestTookStepsIsNoPace(t *testing.T) {
	expectRule(t, NewChecker(DefaultRules(), nil), "slow-response",
		[]string{"It took us several hours to notice the alert.", "We took many days to roll back the change."},
		[]string{"We took several steps to keep it from recurring.", "We took multiple measures to harden the proxy."})
}
