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

// labelOpensLine reports whether only list markers, emphasis, heading
// marks, numbering and labelOrdinals stand between the start of the line
// and token i.
func labelOpensLine(d *doc, i int) bool {
	k := i - 1
	for ; k >= 0 && d.same(k, i) && labelOrdinals[d.toks[k].word] && i-k <= 2; k-- {
	}
	from := d.toks[k+1].start
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

// ownedLabel reads "Mistake #1:" at token i and returns the index after the
// label's last token, or -1. The label must open its line, end in a colon
// and have an item after it on the same line.
func ownedLabel(d *doc, i int) int {
	w := d.toks[i].word
	if w != "mistake" && w != "blunder" && w != "misstep" || !labelOpensLine(d, i) {
		return -1
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
		return -1
	}
	// An item follows on the same line.
	for q := p + 1; q < len(d.text) && d.text[q] != '\n'; q++ {
		if ch := d.text[q]; ch != ' ' && ch != '*' && ch != '_' && ch != '\t' {
			return end
		}
	}
	return -1
}
