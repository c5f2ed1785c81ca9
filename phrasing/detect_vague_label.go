package phrasing

import "strings"

// Where a vague area is not the writer's whole word on it: the label of a
// list item whose text names the step ("Enhanced testing - regression
// tests for the logout path will run on every build"), an inquiry into the
// incident ("improving our understanding of this event"), and a gap said
// to have been hard on the readers ("the lack of updates was hard on
// you"), which LABELLING.md reads as regret for the outcome.

// areaExplained reports whether the area at i is excused by one of the
// shapes above.
func areaExplained(d *doc, i int) bool {
	return areaLabelsStep(d, i) || areaIsInquiry(d, i) || gapHardOnReaders(d, i)
}

// areaLabelsStep reports whether the area at i ends a label opening its
// line, and a dash or colon brings at least five words on the same line.
func areaLabelsStep(d *doc, i int) bool {
	k := i + 1
	if k >= len(d.toks) || lineBreakBetween(d, i, k) {
		return false
	}
	if !labelBreak(d.text[d.toks[i].end:d.toks[k].start]) {
		return false
	}
	s := d.text
	_, hi := lineAround(s, d.toks[i].start)
	if len(strings.Fields(lineLead(d, i))) > 3 {
		return false // the area closes a sentence, not a short label
	}
	if len(strings.Fields(s[d.toks[k].start:hi])) < 5 {
		return false
	}
	// The text after the label is a sentence about the step ("regression
	// tests will be added"), not more of the label ("a watchtower to spot
	// trouble").
	for j := k; j < len(d.toks) && d.toks[j].start < hi; j++ {
		if finiteVerbs[d.toks[j].word] {
			return true
		}
	}
	return false
}

// inquiryTopics after "understanding of" make the area the incident.
var inquiryTopics = set("event", "incident", "outage", "details", "what", "why", "how",
	"failure", "disruption", "issue")

// areaIsInquiry reports "improving our understanding of the details of
// this event": the understanding sought is of the incident itself.
func areaIsInquiry(d *doc, i int) bool {
	if d.tok(i) != "understanding" || d.tok(i+1) != "of" {
		return false
	}
	for j := i + 2; j < i+6 && d.same(i, j); j++ {
		if inquiryTopics[d.tok(j)] {
			return true
		}
	}
	return false
}

// hardWords say what a gap cost the readers.
var hardWords = set("hard", "difficult", "frustrating", "painful", "stressful", "upsetting",
	"disruptive")

// gapHardOnReaders reports "the lack of communication was particularly
// hard on you": the gap named for what it cost the readers.
func gapHardOnReaders(d *doc, i int) bool {
	v := i + 1
	if w := d.tok(v); w != "was" && w != "were" && w != "has" {
		return false
	}
	j := v + 1
	if d.tok(j) == "been" {
		j++
	}
	for ; j < v+4 && (verdictAdverbs[d.tok(j)] || d.tok(j) == "particularly" || d.tok(j) == "very" ||
		d.tok(j) == "so" || d.tok(j) == "especially"); j++ {
	}
	if !hardWords[d.tok(j)] || !d.same(i, j) {
		return false
	}
	if p := d.tok(j + 1); p == "on" || p == "for" {
		switch d.tok(j + 2) {
		case "you", "customers", "users", "clients", "everyone", "many", "our":
			return true
		}
	}
	return false
}
