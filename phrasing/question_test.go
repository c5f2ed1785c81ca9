package phrasing

import (
	"strings"
	"testing"
)

// TestEveryFlagAsksTheRoom: every default rule carries a question for the
// facilitator, and every finding on the tuning corpus's blameful lines
// comes with one, so no flag reaches the screen without something to ask.
func TestEveryFlagAsksTheRoom(t *testing.T) {
	for _, r := range DefaultRules().rules {
		if strings.TrimSpace(r.Question) == "" || !strings.HasSuffix(r.Question, "?") {
			t.Errorf("rule %s: question %q, want one line ending in ?", r.ID, r.Question)
		}
	}
	lines, names := readCorpus(t, "testdata/corpus.tsv")
	c := NewChecker(DefaultRules(), names)
	for _, l := range lines {
		if !l.blameful {
			continue
		}
		for _, f := range c.Check(l.text) {
			if f.Question == "" {
				t.Errorf("line %d: %s finding %q has no question for the room", l.line, f.Rule, f.Match)
			}
		}
	}
}

// TestRuleQuestionIsOneLine: a rules file's question is refused, naming
// its line, when it is empty or more than one line.
func TestRuleQuestionIsOneLine(t *testing.T) {
	for _, q := range []string{`""`, `"What made it hard?\nAnd then?"`} {
		src := "version: 1\nrules:\n  - id: x-test\n    category: label\n    severity: warning\n" +
			"    message: A test rule.\n    question: " + q + "\n    phrases: [zzqx]\n"
		_, err := ParseRules("team.yaml", []byte(src), nil)
		if err == nil || !strings.Contains(err.Error(), "team.yaml:7") || !strings.Contains(err.Error(), "question") {
			t.Errorf("question %s: err %v, want team.yaml:7 naming question", q, err)
		}
	}
}
