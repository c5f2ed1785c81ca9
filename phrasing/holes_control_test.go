package phrasing

import (
	"strings"
	"testing"
)

// TestRewriteNeverBuiltFromAnEscape: a note pasted with a terminal escape
// inside the flagged words is still flagged, but its rewrite and question
// are the rule's own, not words made from the escape's leftovers.
func TestRewriteNeverBuiltFromAnEscape(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	note := "Bob should have \x1b[2Jcleared the queue before the deploy."
	f := firstRule(c.Check(note), "should-have")
	if f == nil {
		t.Fatalf("no should-have on %q", note)
	}
	for _, s := range []string{f.Suggestion, f.Replacement, f.Question} {
		if strings.Contains(strings.ToLower(s), "2j") || strings.ContainsRune(s, 0x1b) {
			t.Errorf("rewrite built from the escape: %q", s)
		}
	}
	if f.Replacement != "" {
		t.Errorf("a replacement %q is offered across the escape", f.Replacement)
	}
	plain := firstRule(c.Check("Bob should have cleared the queue before the deploy."), "should-have")
	if plain == nil || plain.Replacement == "" {
		t.Fatalf("the same note without the escape should still offer a rewrite: %+v", plain)
	}
}
