package phrasing

import (
	"strings"
	"testing"
)

// TestQuestionNamesTheStep: a finding's question names the step its own
// words name, in a sentence a facilitator can read aloud.
func TestQuestionNamesTheStep(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim", "Sam"})
	for _, tc := range []struct{ rule, text, question string }{
		{"team-missed", "Nobody checked the replication lag.", "What would have prompted checking the replication lag at the time, and where does that check live?"},
		{"team-missed", "No one looked at the disk alerts over the weekend.", "What would have prompted looking at the disk alerts at the time, and where does that check live?"},
		{"person-failure", "Kim forgot to renew the certificate.", "What made renewing the certificate hard at the time?"},
		{"team-missed", "Nobody rotated the keys after the leak.", "What would have reminded someone to rotate the keys, and where does that step live?"},
		{"person-failure", "Sam did not inform the support team.", "What would have prompted the message to the support team, and who owns sending it?"},
		{"person-failure", "The lead failed to communicate the freeze.", "What would have prompted the message about the freeze, and who owns sending it?"},
		{"should-have", "We should have paged the storage team much sooner.", "What would have prompted the message to the storage team, and who owns sending it?"},
		{"vague-area", "We need better test coverage.", "Which test, of what, would help here, and who owns it?"},
		{"vague-area", "Poor communication slowed us down.", "Which message, to whom, would help here, and who owns it?"},
		{"vague-area", "Improve monitoring.", "Which alert or dashboard, on what signal, would help here, and who owns it?"},
		{"blame-labels", "It was a sloppy migration.", "What made the migration look reasonable at the time?"},
		{"blame-labels", "Kim carelessly deleted the staging table.", "What made deleting the staging table look reasonable at the time?"},
		{"root-cause", "The root cause was the expired certificate.", "Besides the expired certificate, what other conditions had to line up for this to happen?"},
		{"root-cause", "The root cause was a schema change we shipped on Friday.", "Besides a schema change, what other conditions had to line up for this to happen?"},
		{"root-cause", "Root cause: a mismatch between the old key and the new one.", "Besides a mismatch, what other conditions had to line up for this to happen?"},
		{"root-cause", "The root cause was a combination of small faults.", "What other conditions had to line up for this to happen?"},
		{"root-cause", "The root cause was a slow disk write path problem on the replica.", "What other conditions had to line up for this to happen?"},
	} {
		var got *Finding
		fs := c.Check(tc.text)
		for i := range fs {
			if fs[i].Rule == tc.rule {
				got = &fs[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no %s finding: %s", tc.text, tc.rule, describe(fs))
			continue
		}
		if got.Question != tc.question {
			t.Errorf("%q: question\n  %q\nwant\n  %q", tc.text, got.Question, tc.question)
		}
	}
}

// stepVerbs are steps a test can spot in a finding's words independently of
// the checker: the word after "to", "not", "never", "nobody" or "no one".
var stepVerbs = set("tell", "told", "notify", "notified", "inform", "informed", "check", "checked",
	"test", "tested", "restart", "restarted", "renew", "renewed", "rotate", "rotated", "review",
	"reviewed", "verify", "verified", "update", "updated", "upgrade", "upgraded", "escalate",
	"escalated", "page", "paged", "communicate", "communicated", "warn", "warned", "monitor",
	"monitored", "look", "looked", "notice", "noticed", "tag", "read", "back", "backed")

// TestQuestionsReadWell: over the labelled notes' blameful lines, the
// questions of the most common rules are whole sentences (no dangling
// article, no word said twice in a row, one question mark at the end), and
// where the finding's words name a step the question names it too.
func TestQuestionsReadWell(t *testing.T) {
	common := set("person-failure", "team-missed", "should-have", "blame-labels", "vague-area", "root-cause")
	lines, names := readCorpus(t, "testdata/corpus.tsv")
	c := NewChecker(DefaultRules(), names)
	named := 0
	for _, l := range lines {
		if !l.blameful {
			continue
		}
		for _, f := range c.Check(l.text) {
			if !common[f.Rule] {
				continue
			}
			if msg := garbled(f.Question); msg != "" {
				t.Errorf("line %d: %s on %q asks %q: %s", l.line, f.Rule, f.Match, f.Question, msg)
			}
			if f.Rule != "person-failure" && f.Rule != "team-missed" {
				continue
			}
			step := stepInMatch(f.Match)
			if step == "" {
				continue
			}
			named++
			b := strings.TrimSuffix(baseOf(step), "e")
			if messageVerbs[baseOf(step)] {
				b = "message"
			}
			if !strings.Contains(strings.ToLower(f.Question), b) {
				t.Errorf("line %d: %s on %q names the step %q; its question %q does not", l.line, f.Rule, f.Match, step, f.Question)
			}
		}
	}
	if named < 10 {
		t.Errorf("only %d findings named a step: the check above tests too little", named)
	}
}

// stepInMatch returns the step verb a finding's words name, or "".
func stepInMatch(match string) string {
	ws := strings.Fields(strings.ToLower(match))
	for i := 1; i < len(ws); i++ {
		switch ws[i-1] {
		case "to", "not", "never", "nobody", "one", "didn't":
			if w := strings.Trim(ws[i], ".,;:"); stepVerbs[w] {
				return w
			}
		}
	}
	return ""
}

// cannotFollowArticle are words an article cannot stand before.
var cannotFollowArticle = set("the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by",
	"from", "and", "or", "but", "is", "was", "were", "are", "that", "which", "who", "this")

// garbled says what is wrong with a question, or "".
func garbled(q string) string {
	if !strings.HasSuffix(q, "?") || strings.Count(q, "?") != 1 {
		return "not one question"
	}
	ws := strings.Fields(strings.ToLower(q))
	for i, w := range ws {
		w = strings.Trim(w, ",:?")
		next := ""
		if i+1 < len(ws) {
			next = strings.Trim(ws[i+1], ",:?")
		}
		if i > 0 && w == strings.Trim(ws[i-1], ",:?") {
			return "the word " + w + " twice"
		}
		if w == "the" || w == "a" || w == "an" {
			if next == "" || strings.HasSuffix(ws[i], ",") || cannotFollowArticle[next] {
				return "a dangling article"
			}
		}
	}
	return ""
}
