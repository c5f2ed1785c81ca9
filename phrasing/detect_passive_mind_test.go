package phrasing

import "testing"

// TestMindGradedPassive: a judgement people make (an estimate, a
// triage, a plan) graded as an error in the passive flags like an
// operator's act; a program's result and an accident stay quiet.
func TestMindGradedPassive(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The upgrade height was wrongly calculated.",
		"The size of the batch was mistakenly estimated.",
		"The first page was erroneously triaged as noise.",
		"Our capacity needs were wrongly assessed last spring.",
		"The cutover was hastily planned.",
		"The fault was wrongly diagnosed as a network issue.",
	} {
		if fs := c.Check(note); !hasRule(fs, "act-graded") {
			t.Errorf("act-graded misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The fee was wrongly calculated by the billing library.",
		"The mail was mistakenly classified as spam by the filter.",
		"The upgrade height was calculated from the block time.",
		"The estimate was revised twice.",
		"Was the cutover hastily planned?",
		"The data that had been incorrectly removed was restored from backups.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "act-graded") {
			t.Errorf("act-graded flags %q: %s", quiet, describe(fs))
		}
	}
}
