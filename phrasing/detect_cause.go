package phrasing

import "strings"

// One cause claimed without the word "root": "The cause of the outage was
// an expired key", "The main cause was the full disk", "A missing index
// was the cause", and a label with a cause after it ("Cause: the balancer
// kept a drained node", "Root causes: a firmware bug"). Like "the root
// cause was", it frames the incident so the other conditions disappear. A
// hedge ("a likely cause"), one cause of several ("one of the causes",
// "contributing causes included"), the cause as the thing looked for ("to
// find the cause", "the cause is still unknown", "Cause: under
// investigation"), the cause of one symptom in a debugging story ("this is
// the cause of the hub failing"), and "cause" as a verb are not.

func init() { detectorNames["cause-claim"] = true }

// causeMods before "cause" grade it as the one that matters. In a
// sentence, the single-cause rule already reads "the real|sole|underlying
// ... cause"; mainMods are the ones it leaves to this detector.
var causeMods = set("main", "chief", "principal", "biggest", "only", "sole", "single", "real",
	"actual", "true", "underlying", "ultimate", "primary", "fundamental", "core", "technical",
	"overall", "original", "exact")

var mainMods = set("main", "chief", "principal", "biggest", "only", "core", "overall", "exact",
	"immediate", "direct", "proximate", "key", "major")

// incidentNouns after "the cause of" make the cause the incident's, not a
// symptom's: "the cause of the outage", not "the cause of the 4XX
// responses".
var incidentNouns = set("outage", "outages", "incident", "incidents", "downtime", "disruption",
	"disruptions", "failure", "failures", "issue", "issues", "problem", "problems", "event",
	"degradation", "interruption", "interruptions", "breakage", "crash", "crashes", "this",
	"it", "all", "everything", "loss", "slowdown", "unavailability", "breach", "exploit",
	"hack", "attack", "compromise", "postmortem", "post-mortem", "emergency")

// causeClaims link "the cause" to what it was.
var causeClaims = set("was", "is", "lay", "lies", "came", "comes", "stemmed", "stems", "proved",
	"turned", "boiled", "boils")

// causeOpen after the claim leaves it open or plural: "the cause was not
// obvious", "the cause was twofold", "the cause is under investigation".
var causeOpen = set("not", "never", "unknown", "unclear", "still", "twofold", "two-fold",
	"threefold", "multiple", "several", "many", "complex", "both", "undetermined",
	"uncertain", "hard", "difficult", "obvious", "clear", "tbd", "tbc", "pending", "under",
	"being", "yet", "likely", "probably", "possibly", "believed", "thought", "suspected",
	"n/a", "none", "see", "below", "above", "todo", "investigating", "unconfirmed", "also",
	"only", "partly", "partially", "combination", "mix", "mixture", "unrelated")

func detectCauseClaim(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) {
		return
	}
	if a, e, stmt := causeFound(d, i); a >= 0 {
		f := c.finding(d, r, a, e)
		causeRewrite(d, &f, a, e, stmt)
		*out = append(*out, f)
		return
	}
	if w := d.toks[i].word; w == "down" || w == "traced" || w == "traces" || w == "bottom" || problemNouns[w] {
		var a, e int
		switch {
		case w == "bottom":
			a, e = bottomOf(d, i)
		case problemNouns[w]:
			a, e = coreProblem(d, i)
		default:
			a, e = cameDownTo(d, i)
		}
		if a >= 0 {
			f := c.finding(d, r, a, e)
			f.Question = "What other conditions had to line up for this to happen?"
			if w == "bottom" || problemNouns[w] {
				coreRewrite(d, &f, a, e)
			}
			*out = append(*out, f)
		}
		return
	}
	happened := reasonHappened(d, i)
	if d.toks[i].word == "reason" {
		// "The reason for the outage was X" names the incident; "the
		// reason it happened was that X" names it by what it did.
		if d.tok(i+1) != "for" && d.tok(i+1) != "behind" && happened < 0 {
			return
		}
	} else if a, ok := causeLabel(d, i); ok {
		f := c.finding(d, r, a, i+1)
		rep := "contributing factor"
		if d.toks[i].word == "causes" {
			rep += "s"
		}
		if d.toks[a].cap {
			rep = capitalize(rep)
		}
		e := i + 1
		if d.tok(e) == "of" && !d.toks[i].comma {
			rep, e = rep+" in", e+1 // "Contributing factor in the outage: ..."
		}
		causeRewrite(d, &f, a, e, rep)
		*out = append(*out, f)
		return
	}
	if d.toks[i].word == "causes" {
		return
	}
	a := i - 1
	// "the primary reason for the outage": "reason" has no phrase rule,
	// so every grade of it is read here.
	for a >= 0 && d.same(a, i) && (mainMods[d.tok(a)] || d.toks[i].word == "reason" && causeMods[d.tok(a)]) {
		a--
	}
	if d.tok(a) != "the" || !d.same(a, i) {
		return
	}
	e, ok := causeOf(d, i+1)
	if happened > 0 {
		e, ok = happened, true
	}
	if !ok {
		return
	}
	rep := "one contributing factor"
	if d.tok(e-1) == "of" || d.tok(e-1) == "for" || d.tok(e-1) == "behind" {
		rep += " in"
	}
	switch {
	case causeSubject(d, a):
		// "The cause of the outage was an expired key."
		v := causeVerbAt(d, e)
		if v < 0 || !causeNamedAfter(d, v) {
			return
		}
		f := c.finding(d, r, a, v+1)
		if d.toks[a].cap {
			rep = capitalize(rep)
		}
		causeRewrite(d, &f, a, e, rep)
		*out = append(*out, f)
	case causeObject(d, a, e):
		// "A missing index was the cause of the outage."
		f := c.finding(d, r, a, e)
		causeRewrite(d, &f, a, e, rep)
		*out = append(*out, f)
	}
}

// causeOf reads an optional "of the outage" after "cause" at k and returns
// the index after "of" (or k when there is none): the cause must be the
// incident's. ok is false when the cause is a symptom's.
func causeOf(d *doc, k int) (int, bool) {
	switch d.tok(k) {
	case "of", "for", "behind":
	default:
		return k, true
	}
	if !d.same(k-1, k) || d.toks[k-1].comma {
		return k, true
	}
	for j := k + 1; j < k+7 && d.same(k, j); j++ {
		if incidentNouns[d.toks[j].word] {
			return k + 1, true
		}
		if causeClaims[d.toks[j].word] || d.toks[j].comma {
			break
		}
	}
	return k, false
}

// causeVerbAt finds the claim verb of "the cause [of the outage] was"
// within a few words after e, or -1.
func causeVerbAt(d *doc, e int) int {
	for j := e; j < e+8 && d.same(e-1, j); j++ {
		if causeClaims[d.toks[j].word] {
			return j
		}
		if d.toks[j].comma || clauseWords[d.toks[j].word] || j > e && d.toks[j].clause {
			return -1
		}
	}
	return -1
}

// causeSubject reports whether "the" at a opens its clause: "The cause
// ...", "In the end, the cause ...".
func causeSubject(d *doc, a int) bool {
	return d.toks[a].clause || sentenceStart(d, a)
}

// causeObject reports whether "the cause" at [a, e) is the complement of
// "was" and ends the sentence or names the incident: "X was the cause.",
// "X was the cause of the outage". "X was not the cause", "this is the
// cause of the hub failing" and "X was also the cause" are not claims.
func causeObject(d *doc, a, e int) bool {
	v := a - 1
	if w := d.tok(v); w != "was" && w != "is" && w != "been" || !d.same(v, a) {
		return false
	}
	if d.tok(v) == "been" {
		// "The vendor has been the cause of two outages": the perfect
		// claims it as firmly as "was".
		if w := d.tok(v - 1); w != "has" && w != "have" && w != "had" || !d.same(v-1, v) {
			return false
		}
		v--
	}
	// The subject opens the clause a few words back; a relative clause or
	// a pointer back in a debugging story ("this node was indeed the
	// cause") is not a claim about the incident.
	for s := v - 1; s >= 0 && s >= v-6 && d.same(s, v); s-- {
		switch d.toks[s].word {
		case "what", "which", "that", "this", "these", "those", "it", "whether", "if":
			return false
		}
		if d.toks[s].clause {
			break
		}
	}
	last := d.sentOf(a).last
	if d.tok(e-1) == "of" || d.tok(e-1) == "for" || d.tok(e-1) == "behind" {
		// The incident noun phrase must end the sentence or the clause, or
		// a time may follow it: "the cause of the outage on Tuesday".
		for j := e; j < min(last, e+6); j++ {
			if incidentNouns[d.toks[j].word] && incidentTimes[d.tok(j+1)] && d.same(j, j+1) && !d.toks[j].comma {
				return true
			}
			if d.toks[j].comma {
				return incidentNouns[d.toks[j].word]
			}
		}
		return last <= e+6 && incidentNouns[d.toks[last-1].word]
	}
	return e == last || d.toks[e-1].comma && !strings.ContainsRune(d.text[d.toks[e-1].end:min(len(d.text), d.toks[e-1].end+2)], ':')
}

// incidentTimes may open a time after the incident a cause is claimed for:
// "the cause of the outage on Tuesday", "of several outages since March".
var incidentTimes = set("since", "on", "during", "last", "this", "yesterday", "today", "in", "at",
	"over", "earlier", "between")

// causeLabel reports whether "cause" or "causes" at i is a label at the
// start of its line with a cause after it on the same line ("Cause: the
// balancer ...", "- **Root causes**: a firmware bug"), returning the
// label's first word. "Root cause:" itself is the root-cause rule's.
func causeLabel(d *doc, i int) (int, bool) {
	a := i
	for a > 0 && d.same(a-1, i) && (causeMods[d.tok(a-1)] || mainMods[d.tok(a-1)] || d.tok(a-1) == "root") && !d.toks[a-1].comma {
		a--
	}
	if d.tok(a) == "root" && d.toks[i].word == "cause" {
		return -1, false
	}
	if n := d.tok(i + 1); !d.toks[i].comma && (n == "of" || n == "for") && d.same(i, i+1) {
		// "Cause of the outage: the pool ran dry"
		l := i + 2
		for l < i+6 && d.same(i, l) && !d.toks[l].comma {
			l++
		}
		if !d.same(i, l) || !d.toks[l].comma || !incidentNouns[d.toks[l].word] {
			return -1, false
		}
		i = l
	}
	if !d.toks[i].comma || i+1 >= len(d.toks) {
		return -1, false
	}
	gap := d.text[d.toks[i].end:d.toks[i+1].start]
	if !labelBreak(gap) || strings.Contains(gap, "\n") {
		return -1, false
	}
	// Only markup may come before the label on its line.
	lo := max(0, d.toks[a].start-64) // markup before a label is short
	for p := d.toks[a].start - 1; p >= 0 && d.text[p] != '\n'; p-- {
		if p < lo {
			return -1, false
		}
		if !strings.ContainsRune(" \t-*+#>|_", rune(d.text[p])) && !isDigit(d.text[p]) && d.text[p] != '.' {
			return -1, false
		}
	}
	// The cause after it, with no word in its first few that leaves it open.
	n := 0
	for j := i + 1; j < len(d.toks) && j < i+4 && !lineBreakBetween(d, i, j); j++ {
		if causeOpen[d.toks[j].word] && d.toks[j].word != "a" && d.toks[j].word != "the" || hedges[d.toks[j].word] {
			return -1, false
		}
		n++
	}
	if n >= 1 && causeStillSought(d, i+1) {
		return -1, false // "Cause: high load, and we are analysing the cause"
	}
	return a, n >= 1
}

// causeNamedAfter reports whether the words after the claim verb at v name
// the cause: "was an expired key", "was found to be the pool", "turned out
// to be"; not "was not obvious", "was twofold", "was quickly identified".
func causeNamedAfter(d *doc, v int) bool {
	k := v + 1
	for k < v+3 && d.same(v, k) && adverbLike(&d.toks[k]) {
		k++
	}
	w := d.tok(k)
	if !d.same(v, k) || causeOpen[w] || hedges[w] || causeCharacter[w] && !colonAfter(d, k) {
		return false
	}
	if w == "a" && (d.tok(k+1) == "combination" || d.tok(k+1) == "mix" || d.tok(k+1) == "mixture") {
		return false
	}
	if isParticiple(w) && d.toks[v].word == "was" || d.toks[v].word == "is" && isParticiple(w) {
		// "was found to be X", "was traced to X"; "was identified and
		// fixed" reports the investigation.
		n := d.tok(k + 1)
		return d.same(k, k+1) && (n == "to" || n == "as" || n == "in")
	}
	return true
}

// causeRewrite replaces tokens [a, e) with rep, a contributing factor
// instead of the cause.
func causeRewrite(d *doc, f *Finding, a, e int, rep string) {
	f.Question = "What other conditions had to line up for this to happen?"
	st, end := d.toks[a].start, d.toks[e-1].end
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, end-st
	// The suggestion is the statement tab puts in the note.
	sent := d.sentOf(a)
	f.Suggestion = strings.TrimSpace(d.text[sent.start:st] + rep + d.text[end:sent.end])
}

// cameDownTo finds "it all came down to a missing index", "the outage
// boiled down to one push" and "the outage was traced back to a single
// push" at token i ("down" or "traced"), returning the span or -1. Numbers
// ("latency came down to 200 ms") and several things ("came down to two
// things") are not one cause.
func cameDownTo(d *doc, i int) (int, int) {
	k := i + 1
	v := i
	if d.toks[i].word == "traced" || d.toks[i].word == "traces" {
		if d.tok(k) == "back" {
			k++
		}
		if d.tok(k) != "to" || d.tok(k+1) != "a" && d.tok(k+1) != "one" || d.tok(k+2) != "single" && d.tok(k+1) != "one" {
			return -1, -1
		}
		if d.tok(k+1) == "a" {
			k++
		}
		if d.toks[i].word == "traces" {
			return causeStarted(d, i), k + 2 // "everything traces back to one push"
		}
		return causeStarted(d, i-1), k + 2
	}
	switch d.tok(i - 1) {
	case "came", "comes", "come", "boiled", "boils", "boil":
		v = i - 1
	default:
		return -1, -1
	}
	if d.tok(k) != "to" || !d.same(i, k+1) {
		return -1, -1
	}
	switch d.tok(k + 1) {
	case "a", "an", "one", "the", "human", "our", "their", "just", "simply", "only":
		if d.tok(k+2) == "wire" || d.tok(k+2) == "same" {
			return -1, -1 // "came down to the wire"
		}
	default:
		return -1, -1
	}
	a := causeStarted(d, v)
	if a < 0 {
		return -1, -1
	}
	return a, k + 1
}

// causeStarted returns the first token of the subject before the verb at
// v when it is the incident or all of it ("it all", "everything", "the
// outage"), or -1.
func causeStarted(d *doc, v int) int {
	j := v - 1
	if w := d.tok(j); w == "was" || w == "is" || w == "all" || w == "ultimately" || w == "really" {
		j-- // "was traced", "it all came down", "ultimately came down"
	}
	switch w := d.tok(j); {
	case !d.same(j, v):
		return -1
	case w == "it" || w == "everything" || w == "this" || w == "that":
		return j
	case incidentNouns[w]:
		for a := j - 1; a >= j-3 && d.same(a, j); a-- {
			if d.toks[a].clause || npStart[d.tok(a)] {
				return a
			}
		}
		return j
	}
	return -1
}
