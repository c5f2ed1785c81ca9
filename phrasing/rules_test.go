package phrasing

import (
	"strings"
	"testing"
)

// TestRuleExamples runs every rule's own examples: each "match" must be
// flagged by that rule and each "nomatch" must not be.
func TestRuleExamples(t *testing.T) {
	r := DefaultRules()
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

func hasRule(fs []Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id {
			return true
		}
	}
	return false
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
