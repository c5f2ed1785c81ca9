package phrasing

import (
	"slices"
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
	expectText(t, c, "should-have", want, func(f *Finding) string { return f.Suggestion })
}

// expectText checks, for each note, that rule flags it and that what get
// reads off the finding (its statement or its question) is the one wanted.
func expectText(t *testing.T, c *Checker, rule string, want map[string]string, get func(*Finding) string) {
	t.Helper()
	for note, text := range want {
		f := firstRule(c.Check(note), rule)
		if f == nil {
			t.Errorf("%q: no %s finding", note, rule)
			continue
		}
		if got := get(f); got != text {
			t.Errorf("%q\n got  %q\n want %q", note, got, text)
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
		f := firstRule(c.Check(note), "should-have")
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

// TestRewritesReadAsWritten: rewrites that once came out garbled on
// public postmortems, in wordings of our own. A thing forgotten becomes
// the subject; "didn't just X" is "not only" and no failure; an aside
// before the subject stays out of the statement; "each and every" is one
// object.
func TestRewritesReadAsWritten(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Priya", "Tom"})
	stmt := map[string]string{
		"They forgot the intermediate certificate.":           "The intermediate certificate was left out",
		"Tom forgot the renewal reminder for the domain.":     "The renewal reminder was left out for the domain",
		"Priya neglected the backups of the audit database.":  "The backups of the audit database were left out",
		"Sadly the rollback steps were not followed.":         "No step in the process called for following the rollback steps",
		"Tom neglected to apply each and every kernel patch.": "Each and every kernel patch was not applied",
	}
	for note, want := range stmt {
		var got []string
		for _, f := range c.Check(note) {
			got = append(got, f.Suggestion)
		}
		if !slices.Contains(got, want) {
			t.Errorf("%q\n got  %q\n want %q", note, got, want)
		}
	}
	for _, note := range []string{
		"The attackers didn't just deface the site, they deleted the database.",
		"Tom did not only restart the broker; he rebuilt its queues.",
	} {
		if f := firstRule(c.Check(note), "person-failure"); f != nil {
			t.Errorf("%q: person-failure on %q (not only, not a failure)", note, note[f.Offset:f.Offset+f.Length])
		}
	}
}
