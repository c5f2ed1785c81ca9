package phrasing

import (
	"regexp"
	"strings"
	"testing"
)

var (
	doubledWord = regexp.MustCompile(`(?i)\b([a-z]+)\s+([a-z]+)\b`)
	badSpacing  = regexp.MustCompile(`  | [.,;:!]|,\.|\.\.$|^[,;:. ]`)
	danglingTo  = regexp.MustCompile(`(?i)\b(to|the|a|an|of|and|was|were|not)[.!]?$`)
	timePrefix  = regexp.MustCompile(`^[-*\[ ]*\d{1,2}:\d{2}\]?`)
	midCapital  = regexp.MustCompile(`[a-z,] (The|A|An|It) `)
)

// TestRewritesReadWell applies every rewrite the checker offers on the
// corpus and the held-out notes, and checks the result is a statement a
// team would publish: no question, no doubled or dangling words, the
// capital and any timeline time kept.
func TestRewritesReadWell(t *testing.T) {
	n := 0
	for _, path := range []string{"testdata/corpus.tsv", "testdata/heldout.tsv"} {
		lines, names := readCorpus(t, path)
		c := NewChecker(DefaultRules(), names)
		for _, l := range lines {
			for _, f := range c.Check(l.text) {
				if f.Replacement == "" {
					continue
				}
				n++
				got := f.Apply(l.text)
				if msg := rewriteProblem(l.text, got, f); msg != "" {
					t.Errorf("%s:%d: %s\n  note:    %s\n  rewrite: %s", path, l.line, msg, l.text, got)
				}
			}
		}
	}
	if n < 60 {
		t.Errorf("only %d rewrites on the corpus; the check needs more to mean anything", n)
	}
	t.Logf("%d rewrites checked", n)
}

// rewriteProblem says what is wrong with got, the note after taking f, or "".
func rewriteProblem(note, got string, f Finding) string {
	if strings.Contains(f.Replacement, "?") && !strings.Contains(note[f.ReplaceOffset:f.ReplaceOffset+f.ReplaceLength], "?") {
		return "the rewrite is a question"
	}
	if strings.TrimSpace(got) == "" {
		return "the rewrite left nothing"
	}
	for _, m := range doubledWord.FindAllStringSubmatch(got, -1) {
		if strings.EqualFold(m[1], m[2]) && !strings.EqualFold(m[1], "had") && !strings.EqualFold(m[1], "that") {
			return "doubled word " + m[1]
		}
	}
	if midCapital.MatchString(got) && !midCapital.MatchString(note) {
		return "a capital in the middle of the sentence"
	}
	if badSpacing.MatchString(got) {
		return "stray space or punctuation"
	}
	if danglingTo.MatchString(strings.TrimSpace(got)) {
		return "the sentence ends on a dangling word"
	}
	if first := note[0]; first >= 'A' && first <= 'Z' && !(got[0] >= 'A' && got[0] <= 'Z') {
		return "the capital was lost"
	}
	if p := timePrefix.FindString(note); p != "" && !strings.HasPrefix(got, p) {
		return "the time " + p + " was lost"
	}
	if strings.HasSuffix(note, ".") && !strings.HasSuffix(got, ".") {
		return "the full stop was lost"
	}
	return ""
}
