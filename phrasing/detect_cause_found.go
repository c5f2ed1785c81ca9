package phrasing

// One cause claimed through a finding or a last word: "the investigation
// identified the cause to be a faulty disk", "we determined the cause to
// be a stale record", "Ultimately, this issue was caused by a gap in our
// procedure". The verdict is the definite "the cause" as the object of a
// finding verb with "to be", or "ultimately" opening a clause whose verb is
// "caused by": both leave no room for the other conditions. A hedge ("we
// believe the cause to be"), a share ("caused in part by") and a cause
// still sought stay accounts.

// findingVerbs state a cause as found.
var findingVerbs = set("identified", "determined", "found", "confirmed", "established",
	"proved", "proven", "shown", "concluded", "deemed")

// traceVerbs follow a cause back to one place: "traced the cause to".
var traceVerbs = set("traced", "tracked", "narrowed", "pinned", "trace", "narrow", "pin")

// tracedCause returns where "traced the cause to", "narrow down the cause
// to" starts when "cause" is at i, or -1. "The root cause" is the
// root-cause rule's.
func tracedCause(d *doc, i int) int {
	k := i - 1
	if d.tok(k) != "the" || d.tok(i+1) != "to" {
		return -1
	}
	v := k - 1
	if d.tok(v) == "down" {
		v--
	}
	if !traceVerbs[d.tok(v)] || !d.same(v, i+2) || d.toks[v].quoted {
		return -1
	}
	return v
}

// tracedCauseOf returns where "narrowed the cause of the outage on
// Friday to" starts when "cause" is at i, or -1: the cause's "of" phrase
// stands between the cause and "to", within a dozen words.
func tracedCauseOf(d *doc, i int) int {
	if d.tok(i+1) != "of" || d.tok(i-1) != "the" {
		return -1
	}
	v := i - 2
	if d.tok(v) == "down" {
		v--
	}
	if !traceVerbs[d.tok(v)] || !d.same(v, i) || d.toks[v].quoted {
		return -1
	}
	for j := i + 2; j < i+14 && d.same(i, j); j++ {
		switch d.toks[j].word {
		case "to":
			if severalCauses[d.tok(j+1)] || d.tok(j+1) == "a" && claimPlural[d.tok(j+2)] {
				return -1 // "narrowed the cause of it down to two services"
			}
			return v
		case "and", "but", "because", "which", "while", "so":
			return -1
		}
	}
	return -1
}

// severalCauses after "to" leave the cause several.
var severalCauses = set("two", "three", "four", "several", "multiple", "some", "various")

// revealVerbs show a cause as found: "the logs revealed the cause: ...".
var revealVerbs = set("revealed", "showed", "uncovered", "pinpointed", "exposed", "surfaced",
	"isolated", "located")

// causeFound returns the span of a cause claimed at i ("cause" or
// "ultimately"), or -1, and the words to put there.
func causeFound(d *doc, i int) (a, e int, stmt string) {
	switch d.toks[i].word {
	case "cause":
		if d.tok(i-1) == "the" && (findingVerbs[d.tok(i-2)] || revealVerbs[d.tok(i-2)]) && d.same(i-2, i) &&
			colonAfter(d, i) && !d.toks[i-2].quoted {
			// "the review revealed the cause: a stale lock": the colon
			// names one cause as what was found.
			v := &d.toks[i-2]
			return i - 2, i + 1, d.text[v.start:v.end] + " one contributing factor"
		}
		if a, e := causeNamedAs(d, i); a >= 0 {
			// "identified the switch as the cause of the outage" becomes
			// "identified the switch as one contributing factor to the outage".
			stmt = d.span(a, i-1) + " one contributing factor"
			if d.tok(i+1) == "of" {
				stmt += " to"
				if e > i+2 {
					stmt += " " + d.span(i+2, e)
				}
				e = max(e, i+2)
			}
			return a, e, stmt
		}
		if v := tracedCause(d, i); v >= 0 {
			// "we traced the cause to a bad cable": one cause, found.
			return v, i + 2, d.span(v, i-1) + " one contributing factor to"
		}
		if v := tracedCauseOf(d, i); v >= 0 {
			// "we narrowed the cause of the outage on Friday to a switch"
			return v, i + 1, d.span(v, i-1) + " one contributing factor"
		}
		if d.tok(i-1) != "the" || !findingVerbs[d.tok(i-2)] || d.tok(i+1) != "to" || d.tok(i+2) != "be" ||
			!d.same(i-2, i+3) {
			return -1, -1, ""
		}
		// The span opens on the verb: "identified the cause" alone is the
		// investigation's search, which context leaves alone.
		v := &d.toks[i-2]
		return i - 2, i + 3, d.text[v.start:v.end] + " one contributing factor as"
	case "ultimately":
		if b := d.tok(i - 1); (b == "was" || b == "were") && d.tok(i+1) == "caused" && d.tok(i+2) == "by" && d.same(i-1, i+2) {
			return i - 1, i + 3, b + " caused in part by" // "the outage was ultimately caused by"
		}
		if !d.toks[i].clause && !sentenceStart(d, i) {
			return -1, -1, ""
		}
		for k := i + 1; k < i+12 && d.same(i, k+1); k++ {
			w := d.toks[k].word
			if d.toks[k].clause && k > i+1 || clauseWords[w] && w != "as" || w == "that" || w == "who" {
				return -1, -1, ""
			}
			if w == "caused" && d.tok(k+1) == "by" && (d.tok(k-1) == "was" || d.tok(k-1) == "were") {
				stmt = d.text[d.toks[i+1].start:d.toks[k].start] + "caused in part by"
				if d.toks[i].cap {
					stmt = capitalize(stmt)
				}
				return i, k + 2, stmt
			}
		}
	}
	return -1, -1, ""
}

// foundBy reports "the investigation identified ..." at j: an
// investigation that has found something is no hedge.
func foundBy(d *doc, j int) bool {
	return d.toks[j].word == "investigation" && (findingVerbs[d.tok(j+1)] || revealVerbs[d.tok(j+1)]) && d.same(j, j+1)
}

// happenVerbs tell what the incident did: "the reason it happened".
var happenVerbs = set("happened", "occurred", "failed", "broke", "crashed", "arose", "stopped")

// reasonHappened reads "reason (why|that) it|this|that happened" after
// "reason" at i and returns the index after the verb, or -1.
func reasonHappened(d *doc, i int) int {
	if d.toks[i].word != "reason" {
		return -1
	}
	k := i + 1
	if w := d.tok(k); w == "why" || w == "that" && (d.tok(k+1) == "it" || d.tok(k+1) == "this") {
		k++
	}
	if w := d.tok(k); w != "it" && w != "this" && w != "that" {
		return -1
	}
	if !happenVerbs[d.tok(k+1)] || !d.same(i, k+1) {
		return -1
	}
	return k + 2
}

// causeNamedAs finds one cause named as found at "cause" (i): "a bad
// switch was identified as the cause", "we identified the switch as the
// cause of the outage", "the requests were declared the cause", "we
// determined the cause of the problem was a bad switch". It returns the
// span from the finding verb through "cause", or -1.
func causeNamedAs(d *doc, i int) (int, int) {
	if d.tok(i-1) != "the" || d.toks[i].quoted {
		return -1, -1
	}
	switch p := d.tok(i - 2); {
	case p == "as":
		// the finding verb a few words before "as"
		for j := i - 3; j >= max(0, i-9) && d.same(j, i); j-- {
			if findingVerbs[d.tok(j)] || d.tok(j) == "declared" || d.tok(j) == "named" {
				if findingHedged(d, j) {
					return -1, -1
				}
				return j, i + 1
			}
			if d.toks[j].comma || clauseWords[d.tok(j)] {
				break
			}
		}
	case (p == "declared" || p == "named" || p == "deemed") && beForms[d.tok(i-3)] && d.same(i-3, i):
		if !findingHedged(d, i-2) {
			return i - 2, i + 1
		}
	case findingVerbs[p] && d.tok(i+1) == "of" && d.same(i-2, i+1):
		// "determined the cause of the problem was X"
		for k := i + 2; k <= i+5 && d.same(i, k); k++ {
			if w := d.tok(k); w == "was" || w == "is" {
				if !findingHedged(d, i-2) {
					return i - 2, k + 1
				}
				break
			}
		}
	}
	return -1, -1
}

// causeHedges before a finding verb make the cause a belief or a guess.
var causeHedges = set("believe", "believed", "think", "thought", "suspect", "suspected", "likely",
	"probably", "possibly", "may", "might", "could", "tentatively", "preliminarily", "initially",
	"not", "yet")

// findingHedged reports a hedge at most three words before the finding verb j.
func findingHedged(d *doc, j int) bool {
	for k := j - 1; k >= max(0, j-3) && d.same(k, j); k-- {
		if causeHedges[d.tok(k)] {
			return true
		}
	}
	return false
}
