package phrasing

import "testing"

// TestRuleDefied: a rule defied, disobeyed or skirted by people, also in
// the perfect and with "our own", flags; a system doing the same, a
// requirement and a question stay quiet.
func TestRuleDefied(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"We had defied our own rule of never deploying on Fridays.",
		"The on-call disobeyed the escalation policy.",
		"Kim skirted the change freeze to ship the fix.",
		"Deploying at night defies our release process.",
		"The team sidestepped the review checklist.",
		"They have ignored their own guidelines twice this year.",
	} {
		if fs := c.Check(note); !hasRule(fs, "rule-breaking") {
			t.Errorf("rule-breaking misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The request defied the CSP policy.",
		"The packets skirted the firewall rules.",
		"Never defy the change freeze.",
		"The script sidestepped the rules engine.",
		"Why did the build defy the policy?",
	} {
		if fs := c.Check(quiet); hasRule(fs, "rule-breaking") {
			t.Errorf("rule-breaking flags %q: %s", quiet, describe(fs))
		}
	}
}
