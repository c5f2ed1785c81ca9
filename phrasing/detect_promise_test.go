package phrasing

import "testing"

// TestWordBroken: another party's promise or account set against an
// outcome that broke it flags; a promise kept, the writer's own plan or
// account, a thing's estimate, a question and a promise with no outcome
// stay quiet.
func TestWordBroken(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Their support team swore the patch was safe, but it took the cluster down.",
		"The carrier had promised a redundant path; however, both links failed together.",
		"Hetzner assured us the move would be seamless, yet it cost us a day.",
		"The contractor insisted the wiring was done, but the rack never powered on.",
		"Our hosting provider promised a 30 second switchover, but it lasted forty minutes.",
		"The outage cost far more orders than the vendor initially claimed.",
		"The flood left more damage in the basement than they originally admitted.",
		"Repairs needed many more days than initially promised.",
		"The registrar pledged the transfer would be instant, yet the domain was dark for a day.",
	} {
		if fs := c.Check(note); !hasRule(fs, "word-broken") {
			t.Errorf("word-broken misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The provider promised a fix by Friday, and it arrived on Thursday.",
		"We promised customers a credit, but the billing run took longer.",
		"The migration took longer than originally planned.",
		"The restore needed more space than we originally claimed.",
		"The installer promised five minutes, but the progress bar never moved.",
		"Did the vendor promise a window, or did we assume one?",
		"The vendor assured us of support during the cutover.",
		"The fix took longer than initially estimated.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "word-broken") {
			t.Errorf("word-broken flags %q: %s", quiet, describe(fs))
		}
	}
}
