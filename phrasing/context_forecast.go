package phrasing

import "strings"

// A never-again with no verb of securing ahead of it in its sentence ("the
// bug does not occur again on this version", "this would not happen
// again") forecasts or reports; it commits no one to a remedy. The rule's
// clearest case is a promise or demand to secure the outcome ("ensure it
// never happens again", "make sure this doesn't recur", "this must not
// happen again"), and only that is flagged. A sentence with the writer in
// it ("we patched it and it cannot happen again"), a purpose "so", or a vow
// in "will" or "never" ("this will never happen again") stays a promise.
// This narrows the rule to its grammar (what governs the never-again)
// rather than listing wordings.

// securingWords make the never-again something someone undertakes.
var securingWords = set("ensure", "ensures", "ensuring", "ensured", "sure", "guarantee",
	"guarantees", "guaranteeing", "guaranteed", "prevent", "prevents", "preventing", "stop",
	"stops", "stopping", "keep", "keeps", "keeping", "avoid", "avoiding", "promise", "promised",
	"promises", "commit", "committed", "committing", "vow", "vowed", "pledge", "pledged", "insure",
	"assure", "assured", "always", "must", "mustn't", "shall", "let", "allow", "allowed")

// listItem reports whether token k's line opens with a list marker.
func listItem(d *doc, k int) bool {
	a, _ := lineAround(d.text, d.toks[k].start)
	line := strings.TrimLeft(d.text[a:], " \t>")
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "+ ") {
		return true
	}
	digits := strings.TrimLeft(line, "0123456789")
	return len(digits) < len(line) && (strings.HasPrefix(digits, ".") || strings.HasPrefix(digits, ")"))
}

// vowWords make a never-again a vow ("this will never happen again") or
// a purpose ("so it never recurs").
var vowWords = set("will", "won't", "wo", "never", "so", "'ll")

// forecastOnly reports whether the never-again finding f at token k is a
// forecast: no securing word, no writer and no purpose "so" ahead of it
// (or inside it) in its sentence, and no "will" or "never" vow in it.
func forecastOnly(d *doc, k int, f *Finding) bool {
	if listItem(d, k) {
		return false // an item may finish a lead-in: "we will make certain that: 1. ..."
	}
	s := d.sentOf(k)
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := s.first; j <= e && j < s.last; j++ {
		if w := d.toks[j].word; securingWords[w] || firstPersons[w] || vowWords[w] {
			return false // secured, the writer's own, a vow or a purpose
		}
	}
	return true
}
