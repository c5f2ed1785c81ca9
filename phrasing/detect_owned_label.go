package phrasing

import "strings"

// Labels that own a gap as an error: "Mistake #1: no rate limiting on the
// login form", "**Mistake 2:** the backup was never restored", "Our first
// mistake: ...". LABELLING.md reads the label as the writer judging the
// item; the same item under "Gaps" or "Contributing factors" is judged on
// its own words. The finding covers the label alone, so the item after it
// is still read by every other rule.

// labelOrdinals may open or close an owned label: "First mistake:",
// "Mistake one:".
var labelOrdinals = set("first", "second", "third", "fourth", "fifth", "last", "final", "another",
	"one", "two", "three", "four", "five", "biggest", "main", "our", "my", "the")

// labelStart returns the first token of the label whose noun is at i,
// taking in up to two labelOrdinals before it ("Our first mistake:").
func labelStart(d *doc, i int) int {
	a := i
	for a > 0 && i-a < 2 && d.same(a-1, i) && labelOrdinals[d.toks[a-1].word] {
		a--
	}
	return a
}

// labelOpensLine reports whether only list markers, emphasis, heading
// marks and numbering stand between the start of the line and token a.
func labelOpensLine(d *doc, a int) bool {
	from := d.toks[a].start
	for p := from - 1; p >= 0 && from-p <= 12; p-- {
		switch ch := d.text[p]; {
		case ch == '\n':
			return true
		case ch == ' ' || ch == '\t' || ch == '*' || ch == '_' || ch == '-' || ch == '#' || ch == '.' ||
			ch == '>' || ch == ')' || isDigit(ch):
		default:
			return false
		}
	}
	return from <= 12 && strings.TrimLeft(d.text[:from], " \t*_-#.>)0123456789") == ""
}

// ownedLabel reads "Mistake #1:" at token i and returns the label's span
// [start, end), or -1, -1. The label must open its line, end in a colon and
// have an item after it on the same line.
func ownedLabel(d *doc, i int) (int, int) {
	start := labelStart(d, i)
	if !labelOpensLine(d, start) {
		return -1, -1
	}
	end := i + 1
	p := d.toks[i].end
	for p < len(d.text) && p-d.toks[i].end < 8 {
		ch := d.text[p]
		if ch == ' ' || ch == '#' || ch == '*' || ch == '_' || isDigit(ch) {
			p++
			continue
		}
		break
	}
	if end < len(d.toks) && d.toks[end].start <= p && labelOrdinals[d.toks[end].word] && d.same(i, end) {
		p, end = d.toks[end].end, end+1 // "Mistake one:"
	} else if end < len(d.toks) && d.toks[end].start < p {
		end++ // "Mistake #1:": the number is a token of its own
	}
	for p < len(d.text) && (d.text[p] == '*' || d.text[p] == '_' || d.text[p] == ' ') && p-d.toks[i].end < 12 {
		p++
	}
	if p >= len(d.text) || d.text[p] != ':' {
		return -1, -1
	}
	// An item follows on the same line.
	for q := p + 1; q < len(d.text) && d.text[q] != '\n'; q++ {
		if ch := d.text[q]; ch != ' ' && ch != '*' && ch != '_' && ch != '\t' {
			return start, end
		}
	}
	return -1, -1
}
