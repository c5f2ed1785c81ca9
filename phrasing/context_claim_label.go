package phrasing

import "strings"

// The other shapes of a root-cause claim: a label with a cause after it on
// its line ("Root cause: X", "| Root cause | X |", a plain-text page's
// run-in heading), a scribe's terse note ("root cause bad config push"),
// the cause found in a named place, "the same root cause" shown again, and
// a form's question answered on its own line. Each reads one line or one
// sentence around the mention.

// noteNamesCause reports whether a scribe's terse note "root cause bad
// config push" names the cause right after the words: a lower-case line
// that goes on with more words and no verb of its own, not a joining word
// or a status ("root cause and fix", "root cause unknown").
func noteNamesCause(d *doc, e int) bool {
	if e+1 >= len(d.toks) || !d.same(e-1, e+1) || lineBreakBetween(d, e-1, e+1) {
		return false
	}
	w := d.toks[e].word
	return !joinWord(w) && !claimOpen[w] && !causeStatus[w] && !causeModified[w] && !linkVerb(w) &&
		!noteStops[w] && !claimFound[w]
}

// noteStops after "root cause" in a note go on with a phrase about it, not
// the cause: "root cause of the delay", "root cause if any".
var noteStops = set("of", "at", "in", "on", "for", "to", "into", "about", "with", "from", "by",
	"behind", "if", "whether", "until", "once", "when", "before", "after", "unless", "what",
	"how", "where", "who", "which", "as", "still", "not")

// placeVerbs find the cause somewhere: "we found the root cause in the
// load balancer", "we traced the root cause to the retry loop".
var placeVerbs = set("found", "find", "finds", "located", "traced", "pinpointed", "isolated",
	"identified", "narrowed", "narrow", "trace")

// notPlaces after "in" are a time or where the evidence was, not where the
// cause lies: "found the root cause in minutes", "in the logs".
var notPlaces = set("minutes", "hours", "days", "time", "end", "meantime", "process", "course",
	"logs", "log", "past", "morning", "afternoon", "evening", "night", "record", "under", "less",
	"about", "around", "half", "one", "two", "three", "our", "their", "parallel", "production",
	"prod", "staging", "question")

// foundIn reports whether "the root cause" at [a, e) is found in a place
// the sentence names: "We found the root cause in the load balancer".
func foundIn(d *doc, a, e int) bool {
	v := a - 1
	if d.tok(v) == "down" {
		v-- // "narrowed down the root cause to"
	}
	if !d.same(v, a) || !placeVerbs[d.tok(v)] || !d.same(e-1, e+1) || d.toks[e-1].comma {
		return false
	}
	if d.tok(e) == "of" {
		// "identified the root cause of the issue in a bad deployment": the
		// place comes after what the cause is of.
		j := e + 1
		for j < e+5 && d.same(e, j) && !d.toks[j-1].comma && d.tok(j) != "in" && d.tok(j) != "to" {
			j++
		}
		if j == e+5 || !d.same(e, j+1) || d.toks[j-1].comma {
			return false
		}
		e = j
	}
	if p := d.tok(e); p != "in" && p != "to" {
		return false
	}
	for j := e + 1; j < e+4 && d.same(e, j); j++ {
		w := d.toks[j].word
		if notPlaces[w] || isDigit(w[0]) {
			return false
		}
		if w != "the" && w != "a" && w != "an" && w != "its" {
			return true
		}
	}
	return false
}

// labelSections name a second section a cause label shares: "Root cause
// and mitigation: X".
var labelSections = set("fix", "fixes", "mitigation", "mitigations", "resolution", "remediation",
	"solution", "response", "recovery", "impact", "workaround")

// labelHedges before a cause label make its cause a guess: "Preliminary
// root cause: X", "Suspected root cause: X".
var labelHedges = set("preliminary", "suspected", "likely", "possible", "potential", "probable",
	"initial", "tentative", "presumed", "working")

// causeLabelled reports whether the mention at [a, e) opens its line as a
// label with a cause after it: "Root cause: the pool ran dry", "- **Root
// Causes** — a firmware bug", "Root cause of the outage: X", "| Root cause
// | the cache TTL |", or a plain-text page's run-in heading "Root Cause The
// outage occurred because ...". A prose sentence that names the root cause
// and a colon ("this led us to the root cause of the slowness: a full
// disk") labels it too. A milestone in a list of events ("Root cause
// identified: X" among other events) does not.
func causeLabelled(d *doc, a, e int) bool {
	s := d.text
	lo, _ := lineAround(s, d.toks[a].start)
	atStart := lineLead(d, a) == ""
	if a > 0 && labelHedges[d.tok(a-1)] && !lineBreakBetween(d, a-1, a) {
		return false // "Preliminary root cause: ..." is still a guess
	}
	l := e
	if (d.tok(l) == "of" || d.tok(l) == "for") && !d.toks[e-1].comma {
		// "Root cause of the outage: X"; "Root cause: For billing
		// reasons, ..." is the label and its cause.
		for l++; l < e+6 && d.same(e, l) && !d.toks[l-1].comma; l++ {
		}
		l--
		if !d.toks[l].comma {
			return false
		}
		l++
	} else if atStart && joinWord(d.tok(l)) && labelSections[d.tok(l+1)] && d.toks[l+1].comma &&
		!d.toks[e-1].comma {
		l += 2 // "Root cause and mitigation: X" labels the cause first
	} else if atStart && a == e-2 && milestoneWords[d.tok(l)] && d.same(e, l) {
		// "Root cause identified: X" or "Root cause identified, fix
		// drafted." alone says one cause was found; among other events it
		// is a milestone.
		return !milestoneOpensLine(d, a)
	}
	if atStart && a == e-2 && !d.toks[a].cap && !d.toks[e-1].comma && noteNamesCause(d, e) {
		return true
	}
	last := l - 1
	if l >= len(d.toks) || lineBreakBetween(d, last, l) {
		return false
	}
	gap := s[d.toks[last].end:d.toks[l].start]
	switch {
	case strings.ContainsRune(gap, ':') || strings.Contains(gap, "—") || strings.Contains(gap, "–"):
	case atStart && strings.Contains(gap, " - "):
	case atStart && strings.HasPrefix(gap, "?"):
		// "The root cause? A stale lease." asks and answers at once.
	case atStart && strings.ContainsRune(gap, '|'):
		// "| Root cause | the cache TTL |": a field and its value, not a
		// table's header row.
		_, b := lineAround(s, d.toks[a].start)
		if d.toks[a].line == headingLine || !keyValueRow(s, lo, b) {
			return false
		}
	case atStart && runInHeading(d, a, e):
		return true
	default:
		return false
	}
	if !atStart && !strings.ContainsRune(gap, ':') {
		return false
	}
	w := d.toks[l].word
	if w == "n" && d.tok(l+1) == "a" {
		return false // "Root cause: N/A"
	}
	if claimOpen[w] && (!claimKnown[w] || knownEnds(d, l)) || w == "a" && claimPlural[d.tok(l+1)] ||
		w == "to" && d.tok(l+1) == "be" || causeStillSought(d, l) {
		return false
	}
	return !hedgedComplement(d, l)
}

// seekingWords say a cause is still being looked for: "Cause: high load,
// we are analysing the cause", "Root cause: under investigation".
var seekingWords = set("investigating", "investigation", "analyzing", "analysing", "determining",
	"unknown", "undetermined", "unclear", "tbd", "tbc", "pending")

// causeStillSought reports whether the label's text from l, to the end of
// its sentence, says the cause is not yet known.
func causeStillSought(d *doc, l int) bool {
	for j := l; j < l+25 && d.same(l, j); j++ {
		if seekingWords[d.toks[j].word] {
			return true
		}
	}
	return false
}

// runInHeading reports whether "Root Cause" at [a, e) is a plain-text
// page's heading run into its paragraph: the label in Title Case, then a
// capitalised sentence of at least six words ending in a full stop.
func runInHeading(d *doc, a, e int) bool {
	if !d.toks[a].cap || !d.toks[e-1].cap || e >= len(d.toks) || !d.toks[e].cap || d.toks[e-1].comma {
		return false
	}
	switch d.toks[e].word {
	case "analysis", "and", "summary", "hypothesis", "hypotheses", "statement", "details", "report",
		"identified", "found", "discovery", "investigation":
		return false
	}
	_, b := lineAround(d.text, d.toks[a].start)
	n := 0
	for j := e; j < len(d.toks) && d.toks[j].end <= b; j++ {
		n++
	}
	line := strings.TrimRight(d.text[d.toks[a].start:b], " \t\r")
	return n >= 6 && strings.HasSuffix(line, ".")
}

// colonAfter reports whether a colon follows token n with more words on
// its line.
func colonAfter(d *doc, n int) bool {
	if !d.toks[n].comma || n+1 >= len(d.toks) || lineBreakBetween(d, n, n+1) {
		return false
	}
	return strings.ContainsRune(d.text[d.toks[n].end:d.toks[n+1].start], ':')
}

// answeredOnLine reports whether the question holding k asks what the
// root cause was and the writer answers it on the same line: "What was
// the root cause? The retry storm." A form's question alone on its line
// is a heading for the answer below, and stays quiet.
func answeredOnLine(d *doc, k int) bool {
	s := d.sentOf(k)
	if !s.question || s.last >= len(d.toks) || lineBreakBetween(d, s.last-1, s.last) {
		return false
	}
	switch d.toks[s.first].word {
	case "what", "what's", "which":
	default:
		if s.last-s.first > 4 || d.tok(s.last-1) != "cause" {
			return false // "The root cause? A stale lease." asks nothing else
		}
	}
	next := d.sentOf(s.last)
	w := d.toks[next.first].word
	if claimOpen[w] || w == "a" && claimPlural[d.tok(next.first+1)] {
		return false // "What was the root cause? Several small problems ..."
	}
	return !next.question && next.last-next.first >= 2
}

// sameVerbs take "the same root cause" as their object to say one cause
// was behind both: "the second outage showed the exact same root cause".
// After a preposition it is a general remark ("symptoms from the same root
// cause").
var sameVerbs = set("showed", "shows", "show", "had", "has", "have", "revealed", "reveals",
	"confirmed", "confirms", "exposed", "exposes")

// sameShown reports whether "the (exact) same root cause", with "same" at
// j, is the object of a verb that shows it.
func sameShown(d *doc, j int) bool {
	if w := d.tok(j - 1); w == "exact" || w == "very" {
		j--
	}
	if d.tok(j-1) != "the" || !d.same(j-2, j) || hedgedBefore(d, j-1) {
		return false
	}
	return sameVerbs[d.tok(j-2)]
}

// causeMilestone reports whether "root cause" with a status word after it
// is a milestone on a line with a clock time: "Root cause identified
// 14:03", "- root cause found, rollback at 10:42".
func causeMilestone(d *doc, k int) bool {
	e := causeEnd(d, k)
	return causeStatus[d.tok(e)] && d.same(k, e) && clockOnLine(d, k)
}

// milestoneWords after a bare "Root cause" at the start of a line report it
// found: "Root cause identified: X".
var milestoneWords = set("identified", "found", "determined", "confirmed", "located", "isolated",
	"discovered", "detected", "pinpointed", "established")
