package phrasing

import (
	"strings"
	"testing"
)

// TestBareContractions: a note typed without apostrophes ("we werent
// watching") is read as the same note with them, flagged or quiet alike.
func TestBareContractions(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	rules := func(fs []Finding) string {
		var ids []string
		for _, f := range fs {
			ids = append(ids, f.Rule)
		}
		return strings.Join(ids, ",")
	}
	for _, tc := range []struct {
		note string
		flag bool
	}{
		{"We weren't watching the pipeline closely.", true},
		{"Kim didn't escalate the page.", true},
		{"The on-call hadn't read the runbook.", true},
		{"The alert wasn't acknowledged for three days.", true},
		{"The reviewers shouldn't have approved it.", true},
		{"Postgres didn't accept connections.", false},
		{"The alert shouldn't fire during deploys.", false},
		{"The cache isn't warm after a restart.", false},
		{"The pods weren't scheduled until the node came back.", false},
		{"We haven't seen the error since the patch.", false},
	} {
		bare := strings.ReplaceAll(tc.note, "'", "")
		with, without := c.Check(tc.note), c.Check(bare)
		if rules(with) != rules(without) {
			t.Errorf("%q gives %s, %q gives %s", tc.note, rules(with), bare, rules(without))
		}
		if (len(without) > 0) != tc.flag {
			t.Errorf("%q: flagged %v, want %v: %s", bare, len(without) > 0, tc.flag, describe(without))
		}
	}
	for _, w := range []string{"cant", "wont", "parent", "event"} {
		if got := bareContraction(w); got != w {
			t.Errorf("bareContraction(%q) = %q, want it kept", w, got)
		}
	}
}
