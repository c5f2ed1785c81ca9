package phrasing

import "testing"

// TestSafeguardNotEnabled: the writer or the team saying it never put a
// safeguard in place (rotation, an alert, a timeout) lists a step of care
// as left out; the same with a reason, a thing that is no safeguard, and
// a program as the subject stay quiet.
func TestSafeguardNotEnabled(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"We never enabled auto-deletion of old logs.",
		"We did not enable log rotation on the new hosts.",
		"We never added an alert on replica lag.",
		"I never configured a timeout for the export job.",
		"We didn't turn on rate-limiting for the login endpoint.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"We did not enable backups because the volume was ephemeral.",
		"We never enabled the new cache.",
		"We didn't add the node to the pool.",
		"The script never enabled the alert.",
		"We did not enable encryption, as planned for the test cluster.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}
