package phrasing

import (
	"strings"
)

// Context for a never-again told as a goal the team had, in the past: a
// list item under "we had to ensure that", with the guards set out after
// it ("4. this would not happen again"). The modal is the past "would",
// and the list's lead-in says what the team set out to do.

// goalLeads in the lead-in of a list make its items goals set in the past.
var goalLeads = []string{"had to ", "needed to ", "wanted to ", "goal was", "goals were", "aimed to ",
	"set out to "}

// pastGoalItem reports whether the never-again at k is a list item in the
// past "would" whose list's lead-in states a goal the team had. "We promise
// this will not happen again" stays, and so does a list item in "will".
func pastGoalItem(d *doc, k int) bool {
	past := false
	for j := k; j >= 0 && j >= k-8 && (j == k || !lineBreakBetween(d, j, j+1)); j-- {
		switch d.toks[j].word {
		case "would", "wouldn't", "could", "couldn't":
			past = true
		case "will", "won't", "must", "shall", "promise", "guarantee":
			return false
		}
	}
	if !past {
		return false
	}
	a, _ := lineAround(d.text, d.toks[k].start)
	if !isListStart(strings.TrimLeft(d.text[a:d.toks[k].start], " \t")) {
		return false
	}
	// Back over the list's items, at most a few lines, to its lead-in.
	for n := 0; n < 8 && a > 1; n++ {
		b := a - 1
		a, _ = lineAround(d.text, b-1)
		if b-1 < a {
			a = b
		}
		line := strings.TrimSpace(d.lower[a:b])
		if line == "" || isListStart(line) {
			continue
		}
		for _, g := range goalLeads {
			if strings.Contains(line, g) {
				return true
			}
		}
		return false
	}
	return false
}
