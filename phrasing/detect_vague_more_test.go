package phrasing

import "testing"

// TestVagueAreaKinds: a vague call to strengthen or improve a kind of
// work named by its domain ("upgrade processes", "access reviews") flags
// as "code review processes" does; an area with where it applies, what
// was done and a specific artifact stay quiet.
func TestVagueAreaKinds(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"- Strengthen upgrade processes.",
		"Improve our maintenance procedures.",
		"We will enhance vendor communication.",
		"- Better onboarding documentation.",
		"Strengthen access reviews.",
		"- Refine our escalation procedures.",
		"We will streamline our release practices.",
		"- Better safeguards.",
		"Improve operational readiness.",
	} {
		if fs := c.Check(note); !hasRule(fs, "vague-area") {
			t.Errorf("vague-area misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"Improve upgrade testing around the schema migrator (#4121).",
		"We strengthened the upgrade process with a canary stage.",
		"The upgrade process took two hours.",
		"Add alert: replica_lag > 30s during maintenance @ops",
		"More maintenance documentation can be found in the wiki.",
		"The steps below improve the incident response practices we described.",
		"We refined the escalation procedures after the review.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "vague-area") {
			t.Errorf("vague-area flags %q: %s", quiet, describe(fs))
		}
	}
}
