package phrasing

import "testing"

// TestWhoQuestionsAfterATime: a who-question on a timeline line is read
// after its time, as the meeting's box reads it, and its question for the
// room keeps a phrase that goes with the verb after the participle.
func TestWhoQuestionsAfterATime(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	want := map[string]string{
		"09:20 Who approved the deploy?":                  "How was the deploy approved?",
		"- 14:05 Who pushed the config without a review?": "How was the config pushed without a review?",
		"Who merged the branch before the review?":        "How was the branch merged before the review?",
		"Who deployed this without checking?":             "How was this deployed without checking?",
	}
	expectText(t, c, "culprit-who", want, func(f *Finding) string { return f.Question })
	for _, note := range []string{
		"09:31 The engineer who deployed the fix watched the graphs.",
		"Who approved the change to the billing cron?",
	} {
		f := firstRule(c.Check(note), "culprit-who")
		if note[0] == '0' && f != nil {
			t.Errorf("%q: a relative clause flagged", note)
		}
		if note[0] == 'W' && (f == nil || f.Question == "How was the change approved to the billing cron?") {
			t.Errorf("%q: %+v", note, f)
		}
	}
}
