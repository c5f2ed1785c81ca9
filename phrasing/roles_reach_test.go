package phrasing

import "testing"

// TestRoleLexiconReach: role nouns from the wider language (technicians,
// strategists, administrators, the boss) are people when they are the
// subject of a failure; the same nouns naming work, and ownership told in
// a relative clause, stay quiet.
func TestRoleLexiconReach(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The strategist refused to hand over the keys.",
		"The technician failed to reseat the cable.",
		"Our administrator ignored the disk warning.",
		"The analyst forgot to refresh the dashboard.",
		"One of the techs neglected to check the breaker.",
		"The supervisor was responsible for the missed handover.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The technician replaced the failed power supply.",
		"The strategist rebalanced the vault at noon.",
		"Three repos turned up, which the administrator was responsible for.",
		"We listed the jobs that the analyst was responsible for: four in all.",
		"The carrier failed over to the second fibre as designed.",
		"Our tech stack failed to start after the kernel update.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}
