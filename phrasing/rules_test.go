package phrasing

import (
	"strings"
	"testing"
)

// TestRuleExamples runs every rule's own examples: each "match" must be
// flagged by that rule and each "nomatch" must not be.
func TestRuleExamples(t *testing.T) {
	// The whole embedded file: DefaultRules leaves the examples out.
	r, err := ParseRules("rules.yaml", defaultRulesYAML, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := NewChecker(r, nil)
	for _, info := range r.Rules() {
		if len(info.Match) == 0 {
			t.Errorf("%s (%s): no match examples", info.ID, info.Source)
		}
		for _, ex := range info.Match {
			if !hasRule(c.Check(ex), info.ID) {
				t.Errorf("%s: should flag %q; got %s", info.ID, ex, describe(c.Check(ex)))
			}
		}
		for _, ex := range info.NoMatch {
			if fs := c.Check(ex); hasRule(fs, info.ID) {
				t.Errorf("%s: should not flag %q; got %s", info.ID, ex, describe(fs))
			}
		}
	}
}

// TestDefaultRulesLeaveOutOnlyExamples: the rules lint runs with are the
// embedded file's rules in full, less their examples, at the same lines.
func TestDefaultRulesLeaveOutOnlyExamples(t *testing.T) {
	whole, err := ParseRules("rules.yaml", defaultRulesYAML, nil)
	if err != nil {
		t.Fatal(err)
	}
	fast := DefaultRules()
	if len(whole.rules) != len(fast.rules) || len(whole.off) != len(fast.off) {
		t.Fatalf("%d rules (%d off) in the file, %d (%d off) run", len(whole.rules), len(whole.off), len(fast.rules), len(fast.off))
	}
	for i, w := range whole.rules {
		f := fast.rules[i]
		if f.ID != w.ID || f.Line != w.Line || f.Message != w.Message || f.Question != w.Question ||
			strings.Join(f.Phrases, "|") != strings.Join(w.Phrases, "|") || len(f.Match) != 0 {
			t.Errorf("rule %d: %s at line %d runs as %s at line %d (%d examples)", i, w.ID, w.Line, f.ID, f.Line, len(f.Match))
		}
	}
	if got := withoutExamples([]byte("a:\n  examples:\n    match:\n      - x\n\n  b: 1\n")); string(got) != "a:\n\n\n\n\n  b: 1\n" {
		t.Errorf("withoutExamples kept %q", got)
	}
}

func hasRule(fs []Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
}

// expectRule checks that c flags every note in flagged with rule and none
// in quiet.
func expectRule(t *testing.T, c *Checker, rule string, flagged, quiet []string) {
	t.Helper()
	for _, s := range flagged {
		if fs := c.Check(s); !hasRule(fs, rule) {
			t.Errorf("%s misses %q: %s", rule, s, describe(fs))
		}
	}
	for _, s := range quiet {
		if fs := c.Check(s); hasRule(fs, rule) {
			t.Errorf("%s flags %q: %s", rule, s, describe(fs))
		}
	}
}

func describe(fs []Finding) string {
	if len(fs) == 0 {
		return "nothing"
	}
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.Rule+"["+f.Match+"]")
	}
	return strings.Join(parts, ", ")
}
