package phrasing

import "testing"

// TestSelfVerdict: the writer's verdict on himself or the team flags;
// verdicts on others or a process, plain ownership, questions and other
// senses of "mine" stay quiet.
func TestSelfVerdict(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Honestly, I'm guilty here.",
		"We were culpable, plain and simple.",
		"The fault was ours.",
		"Our plan seemed pretty naive by Monday.",
		"In the end my decision proved rash.",
		"I feel guilty about the lost weekend.",
	} {
		if fs := c.Check(note); !hasRule(fs, "self-verdict") {
			t.Errorf("self-verdict misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The contractor was found guilty of nothing.",
		"Their plan looked foolish to the board.",
		"We own the fix and the follow-up.",
		"Was the fault ours?",
		"The old key is mine; the new one is ours.",
		"The approach looks naive only if the cache is cold.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "self-verdict") {
			t.Errorf("self-verdict flags %q: %s", quiet, describe(fs))
		}
	}
}
