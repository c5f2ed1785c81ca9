package phrasing

import (
	"strings"
	"testing"
)

// TestRewriteKeepsLongObjectsWhole: the rewrite of a counterfactual never
// puts the verb inside its object, however long the object is, and the
// verb agrees with the noun before "of".
func TestRewriteKeepsLongObjectsWhole(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Priya", "Tom"})
	want := map[string]string{
		"Priya should have paused the canary rollout of the new connection pool settings before the evening peak.": "The canary rollout of the new connection pool settings was not paused before the evening peak",
		"Tom should have rolled back the deploy of the new billing service before lunch.":                          "The deploy of the new billing service was not rolled back before lunch",
		"We should have tested the migration of the old user table on staging.":                                    "The migration of the old user table was not tested on staging",
		"We should have taken a full backup of both storage buckets before the purge.":                             "A full backup of both storage buckets was not taken before the purge",
		"Tom should have handled the closing of the old queues slightly differently.":                              "The closing of the old queues was not handled slightly differently",
	}
	for note, stmt := range want {
		f := findRule(c.Check(note), "should-have")
		if f == nil {
			t.Errorf("%q: no should-have finding", note)
			continue
		}
		if f.Suggestion != stmt {
			t.Errorf("%q\n got  %q\n want %q", note, f.Suggestion, stmt)
		}
	}
}

// TestRewriteNeverSplitsAnObject: objects from one to eleven words after
// the verb come back in one piece in the statement, or the statement says
// the act did not happen; the words are never reordered around the verb.
func TestRewriteNeverSplitsAnObject(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Tom"})
	words := strings.Fields("first replica of the new shared session cache cluster in staging")
	for n := 1; n <= len(words); n++ {
		object := "the " + strings.Join(words[:n], " ")
		note := "Tom should have drained " + object + " before the upgrade."
		f := findRule(c.Check(note), "should-have")
		if f == nil {
			t.Errorf("%q: no should-have finding", note)
			continue
		}
		low := strings.ToLower(f.Suggestion)
		if !strings.Contains(low, object) {
			t.Errorf("%q: the object is split in %q", note, f.Suggestion)
		}
	}
}

func findRule(fs []Finding, rule string) *Finding {
	for i := range fs {
		if fs[i].Rule == rule {
			return &fs[i]
		}
	}
	return nil
}
