package phrasing

import (
	"testing"
	"unicode/utf8"
)

// FuzzCheck holds the checker to its promises on any input: no panic,
// spans inside the text, valid UTF-8 in gives valid UTF-8 out, and taking a
// suggestion never panics.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"Bob should have rolled back sooner.", "Mary didn't order the VMs on time.",
		"Who deployed this?", "Obviously, root cause: human error.", "“Bob forgot to”\n\nthe on-call",
		"If the DBA had checked, ", "Had Bob", "should have", "didn’t", "a\x00b\xff",
		"Bob's mistake. His error. Who's to blame?", "fire him", "- x\n| y | z |",
		"went out without anyone", "We let the", "could have been caught by a", "had the app been",
		"if addressed sooner", "the biggest one belongs to me", "I take the blame", "was a bad design",
		"I don't understand why", "Strengthen code review",
		"Root Cause and Resolution\n===\n", "| Root cause | x |\n|---|---|", "'human error' [Root cause](#x)",
		"**Root cause:** a", "the root cause was identified at 1", "‘x’ was clearly a"} {
		f.Add(s)
	}
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	f.Fuzz(func(t *testing.T, s string) {
		fs := c.Check(s)
		last := -1
		for _, x := range fs {
			if x.Offset < 0 || x.Length <= 0 || x.Offset+x.Length > len(s) {
				t.Fatalf("span [%d,+%d) outside text of %d bytes", x.Offset, x.Length, len(s))
			}
			if x.Offset < last {
				t.Fatalf("findings not sorted by offset")
			}
			last = x.Offset
			if x.Match != s[x.Offset:x.Offset+x.Length] {
				t.Fatalf("match %q is not the span's text", x.Match)
			}
			if x.Line < 1 || x.Column < 1 || x.EndColumn < 1 {
				t.Fatalf("bad position %d:%d-%d", x.Line, x.Column, x.EndColumn)
			}
			if x.Replacement != "" && (x.ReplaceOffset < 0 || x.ReplaceOffset+x.ReplaceLength > len(s)) {
				t.Fatalf("replacement span outside the text")
			}
			out := x.Apply(s)
			if utf8.ValidString(s) {
				for _, v := range []string{x.Match, x.Message, x.Suggestion, x.Replacement, out} {
					if !utf8.ValidString(v) {
						t.Fatalf("invalid UTF-8 out of valid input: %q", v)
					}
				}
			}
		}
	})
}
