package phrasing

import "testing"

// TestCareAskedNotTold: a call for more care is flagged where its clause
// asks for it, and left alone where the clause tells what was done.
func TestCareAskedNotTold(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"We will test migrations more thoroughly.",
		"Engineers should review changes more carefully.",
		"More carefully test and review code before deploy.",
		"Take extra care with the next deployment.",
		"We need to put more effort into reviews.",
		"Going forward, the team must check rollouts more closely.",
		"Reviewing schema changes more carefully is needed.",
	}
	quiet := []string{
		"We then went through the logs more carefully and found the retry loop.",
		"On the second pass we inspected the headers more thoroughly.",
		"Looking more closely at the graph, the spike began at 09:12.",
		"It took extra effort to restore the shards by hand.",
		"Kim read the diff more carefully and spotted the typo.",
		"Comparing the two dumps more closely showed a missing index.",
		"The second reviewer checked the migration more thoroughly and found the lock.",
	}
	expectRule(t, c, "diligence-call", flagged, quiet)
}

// TestVagueActionNamedOrTold: a vague action is flagged while it asks for
// effort with nothing named, and left alone when the clause names how it
// is done, where it is written or a hazard, or tells what was done.
func TestVagueActionNamedOrTold(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"Monitoring should be improved.",
		"Be careful.",
		"We need to be more careful.",
		"Follow the process.",
		"Engineers need more training.",
		"Alerting needs to be improved.",
		"We must do better.",
	}
	quiet := []string{
		"Monitoring will be improved by adding disk alerts to every host.",
		"Alerting must be improved by adding a page for queue depth.",
		"Logging should be improved by tagging each request with its tenant.",
		"Follow the process in docs/release.md.",
		"Follow the procedure in runbooks/failover before promoting a replica.",
		"Be careful: the script deletes the bucket.",
		"Be cautious: the flag applies to every region.",
		"Developers received additional training on the new pipeline in May.",
		"Staff attended additional training after the audit.",
		"Kim took additional training on the storage layer last year.",
	}
	for _, s := range flagged {
		if fs := c.Check(s); !hasRule(fs, "vague-action") && !hasRule(fs, "vague-area") && !hasRule(fs, "do-better") {
			t.Errorf("vague-action misses %q: %s", s, describe(fs))
		}
	}
	for _, s := range quiet {
		if fs := c.Check(s); hasRule(fs, "vague-action") {
			t.Errorf("vague-action flags %q: %s", s, describe(fs))
		}
	}
}

// TestPassiveMissReasoned: a passive miss with its reason later in the
// sentence, past a comma, is an account; a bare one or one followed by a
// consequence stays flagged.
func TestPassiveMissReasoned(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"The ticket was not triaged over the weekend.",
		"No rollback plan was made.",
		"The change was not reviewed, so the typo shipped.",
		"The expiry notice was ignored for three days.",
		"The runbook was never rehearsed, and the restore took four hours.",
	}
	quiet := []string{
		"The ticket was not triaged over the weekend, per the support policy.",
		"No rollback plan was made, since the change was behind a flag.",
		"The change was not reviewed by a second person, because the repository had one maintainer.",
		"The expiry notice was ignored for three days, as it went to an archived inbox.",
		"The runbook was never rehearsed this year, due to the office move.",
		"The dashboard was not examined overnight, as planned for a quiet weekend.",
	}
	expectRule(t, c, "passive-miss", flagged, quiet)
}

// TestOptionsAsObject: "could have" with the options open as its object
// tells the choices at the time; one path not taken still flags.
func TestOptionsAsObject(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"We could have taken the safer route.",
		"We could have paged the database team earlier.",
		"I could have asked for a second review.",
		"Kim could have chosen the slower path.",
		"We could have gone the other way and rolled back.",
	}
	quiet := []string{
		"We could have taken several routes at that point.",
		"We could have gone one of three ways: roll back, fail over, or wait.",
		"At 10:05 we could have followed two different paths.",
		"Kim could have picked any of several approaches.",
		"We could have taken multiple directions from there.",
	}
	expectRule(t, c, "should-have", flagged, quiet)
}

// TestVagueAreaTold: a wished-for area told as what happened ("more
// logging helped us find the leak") is an account; asked for, left out or
// named as a factor it still flags.
func TestVagueAreaTold(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	flagged := []string{
		"More monitoring is needed.",
		"More testing was needed.",
		"We never added more tests.",
		"We need more testing.",
		"There was not enough testing.",
		"Improving monitoring and alerts to be notified earlier.",
		"Better monitoring.",
	}
	quiet := []string{
		"The new exporter gives us better monitoring.",
		"More logging helped us find the leak.",
		"The team did a lot more testing this time.",
		"We did more testing on the second attempt.",
		"More logging was added to the worker last week.",
		"Better alerting caught the second spike within a minute.",
		"More tests for `parseConfig`.",
	}
	expectRule(t, c, "vague-area", flagged, quiet)
}
