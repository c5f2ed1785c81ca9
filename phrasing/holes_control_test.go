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
	for _, note := range []string{
		"Bob should have \x1b[2Jcleared the queue before the deploy.",
		"Bob should have \u009b2Jcleared the queue before the deploy.", // a one-rune CSI
	} {
		f := firstRule(c.Check(note), "should-have")
		if f == nil {
			t.Fatalf("no should-have on %q", note)
		}
		for _, s := range []string{f.Suggestion, f.Replacement, f.Question} {
			if strings.Contains(strings.ToLower(s), "2j") || strings.ContainsAny(s, "\x1b\u009b") {
				t.Errorf("%q: rewrite built from the escape: %q", note, s)
			}
		}
		if f.Replacement != "" {
			t.Errorf("%q: a replacement %q is offered across the escape", note, f.Replacement)
		}
	}
	plain := firstRule(c.Check("Bob should have cleared the queue before the deploy."), "should-have")
	if plain == nil || plain.Replacement == "" {
		t.Fatalf("the same note without the escape should still offer a rewrite: %+v", plain)
	}
}
