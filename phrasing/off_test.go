package phrasing

import (
	"strings"
	"testing"
)

// TestOffRuleEnable: a rule shipped with `off: true` flags nothing until a
// team file enables it, and then it works as before, rewrite included.
func TestOffRuleEnable(t *testing.T) {
	const line = "Obviously, the pool was too small."
	if fs := NewChecker(DefaultRules(), nil).Check(line); hasRule(fs, "hindsight-adverb") {
		t.Fatalf("hindsight-adverb ships off but flagged: %s", describe(fs))
	}
	for _, id := range DefaultRules().IDs() {
		if id == "hindsight-adverb" {
			t.Fatal("an off rule is listed among the active ids")
		}
	}
	r, err := ParseRules("team.yaml", []byte("enable: [hindsight-adverb]\n"), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	c := NewChecker(r, nil)
	fs := c.Check(line)
	if len(fs) == 0 || fs[0].Rule != "hindsight-adverb" {
		t.Fatalf("enabled rule did not flag %q: %s", line, describe(fs))
	}
	if got := fs[0].Apply(line); got != "The pool was too small." {
		t.Errorf("Apply = %q", got)
	}
	for _, x := range r.Rules() {
		if x.ID != "hindsight-adverb" {
			continue
		}
		if len(x.Match) == 0 {
			t.Fatal("the enabled rule lost its examples")
		}
		for _, m := range x.Match {
			if !hasRule(c.Check(m), x.ID) {
				t.Errorf("enabled rule misses its own example %q", m)
			}
		}
		for _, m := range x.NoMatch {
			if hasRule(c.Check(m), x.ID) {
				t.Errorf("enabled rule flags its own counter-example %q", m)
			}
		}
	}
	// Disabling a rule that is already off is not an error; enabling an
	// unknown id is.
	if _, err := ParseRules("team.yaml", []byte("disable: [hindsight-adverb]\n"), DefaultRules()); err != nil {
		t.Errorf("disable of an off rule: %v", err)
	}
	_, err = ParseRules("team.yaml", []byte("enable: [no-such-rule]\n"), DefaultRules())
	if err == nil || !strings.Contains(err.Error(), "team.yaml:1") {
		t.Errorf("enable of an unknown id: %v", err)
	}
	// A team can ship its own rule switched off, and turn a default one off.
	r, err = ParseRules("team.yaml", []byte(`rules:
  - id: root-cause
    off: true
    category: rootcause
    severity: suggestion
    message: Off for this team.
    phrases: ["root cause"]
`), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if fs := NewChecker(r, nil).Check("The root cause was a bad config push."); hasRule(fs, "root-cause") {
		t.Errorf("a rule redefined with off: true still flags: %s", describe(fs))
	}
	if _, err := ParseRules("team.yaml", []byte("rules:\n  - id: x\n    off: maybe\n"), DefaultRules()); err == nil {
		t.Error("off: maybe was accepted")
	}
}
