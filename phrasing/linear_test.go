package phrasing

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// paragraph returns n bytes of notes with no full stop anywhere: one
// paragraph, as a scribe typing without punctuation or a pasted log
// produces.
func paragraph(n int, unit string) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// unpunctuated are the shapes of long paragraph that once made a check
// quadratic: many findings on one line, and clauses that never end.
var unpunctuated = map[string]string{
	"findings": "Bob should have rolled back sooner and the on-call ignored the alert " +
		"obviously the root cause was human error and Mary didn't order the VMs on time while ",
	"no clause breaks": "Bob should have rolled back sooner the pool stayed saturated the " +
		"on-call ignored the alert checkout returned errors ",
	"clean": "the pool alert fires at eighty percent and pages the on-call who looks at the " +
		"dashboard ",
	"care and hindsight": "this could have been caught by a basic unit test had the app been tested " +
		"we deployed without first being tested the first mistake was a push with " +
		"it was incredibly risky to allow it strengthen code review processes ",
}

// TestCheckIsLinear holds the work of a check, counted in scanned bytes and
// tokens rather than wall time, to a linear function of the text's size.
func TestCheckIsLinear(t *testing.T) {
	c := NewChecker(nil, []string{"Bob", "Mary"})
	for name, unit := range unpunctuated {
		_, small := c.check(paragraph(50_000, unit))
		_, big := c.check(paragraph(200_000, unit))
		if small == 0 || float64(big) > 4.4*float64(small) {
			t.Errorf("%s: 50 KB took %d steps, 200 KB took %d: want at most 4.4x for 4x the text",
				name, small, big)
		}
		allocSmall := testing.AllocsPerRun(3, func() { c.Check(paragraph(50_000, unit)) })
		allocBig := testing.AllocsPerRun(3, func() { c.Check(paragraph(200_000, unit)) })
		if allocBig > 4.4*allocSmall+8 {
			t.Errorf("%s: 50 KB made %.0f allocations, 200 KB made %.0f", name, allocSmall, allocBig)
		}
	}
}

// TestLocateMatchesACount checks Locate against counting each finding's
// line and column from the start of the text, with multi-byte runes and a
// match that spans a line break.
func TestLocateMatchesACount(t *testing.T) {
	text := "Ça va. Bob should have\nrolled back sooner — an obvious mistake.\n\nMary didn't order the VMs."
	c := NewChecker(nil, []string{"Bob", "Mary"})
	fs := c.Check(text)
	if len(fs) < 3 {
		t.Fatalf("want at least 3 findings, got %s", describe(fs))
	}
	for _, f := range fs {
		before := text[:f.Offset]
		line := strings.Count(before, "\n") + 1
		col := utf8.RuneCountInString(before[strings.LastIndexByte(before, "\n"[0])+1:]) + 1
		end := text[:f.Offset+f.Length]
		endCol := utf8.RuneCountInString(end[strings.LastIndexByte(end, "\n"[0])+1:]) + 1
		if f.Line != line || f.Column != col || f.EndColumn != endCol || f.Match != text[f.Offset:f.Offset+f.Length] {
			t.Errorf("%q: got %d:%d-%d, want %d:%d-%d", f.Match, f.Line, f.Column, f.EndColumn, line, col, endCol)
		}
	}
	// A caller's own findings, placed against the same text.
	again := append([]Finding(nil), fs...)
	for i := range again {
		again[i].Line, again[i].Column = 0, 0
	}
	Locate(text, again)
	for i := range fs {
		if again[i].Line != fs[i].Line || again[i].Column != fs[i].Column {
			t.Errorf("Locate placed %q at %d:%d, Check at %d:%d", fs[i].Match, again[i].Line, again[i].Column, fs[i].Line, fs[i].Column)
		}
	}
}
