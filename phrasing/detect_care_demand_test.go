package phrasing

import "testing"

// TestCareDemand: demands for more care that name nothing to build flag;
// a system's behaviour, a warning, a careful act that happened, a
// question and other senses of "triple" stay quiet.
func TestCareDemand(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Schema changes require more careful handling.",
		"Releases on Fridays deserve more cautious planning.",
		"Our takeaway: double and triple check.",
		"Everyone must triple-check the target host.",
		"Key rotation needs extra careful attention.",
		"We have to take a more mindful approach to deploys.",
	} {
		if fs := c.Check(note); !hasRule(fs, "care-demand") {
			t.Errorf("care-demand misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The scheduler is more careful about retries now.",
		"Does the importer need more careful handling?",
		"Be careful: the old flag deletes data.",
		"A careful review caught the leak.",
		"We triple the replicas during the sale.",
		"The new linter makes reviewers more attentive without extra work.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "care-demand") {
			t.Errorf("care-demand flags %q: %s", quiet, describe(fs))
		}
	}
}
