package phrasing

import "strings"

// A heading that frames the team's own acts as wrongs: "What we did
// wrong", "Where we went wrong", "What I got wrong". LABELLING.md calls it
// blameful like a numbered "Mistake #1" label; "What went wrong" names the
// incident and is left alone.

// wrongVerbs join the writer to "wrong" in such a heading.
var wrongVerbs = set("did", "got", "went", "do", "get", "go", "have", "had", "done")

// wrongHeading returns the span of the shape above when "wrong" at i ends
// a line that the phrase opens, or -1, -1.
func wrongHeading(d *doc, i int) (int, int) {
	v := i - 1
	if d.tok(v) == "been" || d.tok(v) == "done" && d.tok(v-1) == "have" {
		v--
	}
	if !wrongVerbs[d.tok(v)] {
		return -1, -1
	}
	p := v - 1
	if d.tok(p) == "have" || d.tok(p) == "had" {
		p--
	}
	if w := d.tok(p); w != "we" && w != "i" {
		return -1, -1
	}
	q := p - 1
	if w := d.tok(q); w != "what" && w != "where" || !d.same(q, i) {
		return -1, -1
	}
	_, hi := lineAround(d.text, d.toks[q].start)
	if lineLead(d, q) != "" || strings.Trim(d.text[d.toks[i].end:hi], " \t*_:.") != "" {
		return -1, -1
	}
	return q, i + 1
}
