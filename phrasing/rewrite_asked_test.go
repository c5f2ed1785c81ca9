package phrasing

import "testing"

// TestRewriteQuestionsReadWell: the question beside a rewrite reads as a
// question a facilitator can ask aloud, with the rewrite's time kept in a
// form that fits it.
func TestRewriteQuestionsReadWell(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, stmt, question string }{
		{"We did not catch the bug until Friday.", "The bug was not caught until Friday",
			"What made catching the bug before Friday hard at the time?"},
		{"I had not been checking the shared inbox for weeks.", "The shared inbox was not checked for weeks",
			"What made checking the shared inbox for weeks hard at the time?"},
		{"Bob had not been testing restores.", "Testing restores did not happen",
			"What made testing restores hard at the time?"},
	} {
		f := firstRule(c.Check(tc.note), "person-failure")
		if f == nil {
			t.Errorf("%q: no person-failure", tc.note)
			continue
		}
		if f.Suggestion != tc.stmt || f.Question != tc.question {
			t.Errorf("%q:\n  got  %q / %q\n  want %q / %q", tc.note, f.Suggestion, f.Question, tc.stmt, tc.question)
		}
	}
}

// TestKnowingWithNothingNamedKeepsTheSuggestion: "Bob should have known"
// names nothing that did not happen, so no statement stands in its place;
// with an object it says what was not known.
func TestKnowingWithNothingNamedKeepsTheSuggestion(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, replacement, question string }{
		{"Bob should have known.", "", "What would have made this visible at the time?"},
		{"Bob should have checked.", "", "What made this hard to do at the time?"},
		{"Bob should have known about the limit.", "The limit was not known at the time.",
			"What would have made the limit visible at the time?"},
	} {
		f := firstRule(c.Check(tc.note), "should-have")
		if f == nil {
			t.Errorf("%q: no should-have", tc.note)
			continue
		}
		if f.Replacement != tc.replacement || f.Question != tc.question {
			t.Errorf("%q:\n  got  %q / %q\n  want %q / %q", tc.note, f.Replacement, f.Question, tc.replacement, tc.question)
		}
		if tc.replacement == "" && (f.Suggestion == "" || f.Suggestion == "Knowing did not happen") {
			t.Errorf("%q: suggestion %q", tc.note, f.Suggestion)
		}
	}
}
