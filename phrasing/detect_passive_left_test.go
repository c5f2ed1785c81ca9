package phrasing

import "testing"

// TestLeftUnnoticed: "was left unnoticed" says someone left a duty undone,
// while "went unnoticed" tells how detection went; a named agent and a
// plain state stay quiet.
func TestLeftUnnoticed(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"A bug was left unnoticed.",
		"The stale lock was left unnoticed during the review.",
		"A bad index was left unverified before the cutover.",
		"The drift was left unchecked.",
		"The ticket was left unresolved over the weekend.",
	} {
		if fs := c.Check(note); !hasRule(fs, "passive-miss") {
			t.Errorf("passive-miss misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The bug went unnoticed.",
		"The flaw was left undetected by the scanner.",
		"The issue remained unresolved until noon.",
		"Was the drift left unchecked?",
		"The flaw stayed undetected.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "passive-miss") {
			t.Errorf("passive-miss flags %q: %s", quiet, describe(fs))
		}
	}
}
