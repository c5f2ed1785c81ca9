package phrasing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "Root cause" as the name of a section or a field rather than a claim:
// a short line or table cell with no sentence in it ("3. Root cause",
// "Root Cause and Resolution", "| Root cause | Owner |", "- **Root
// causes**"), or the words used as a modifier ("root cause assumptions").
// "Root cause: the deploy script" names a cause after the label and stays a
// claim, in a heading too.

// claimVerbs on the same short line make it a sentence that names the
// cause: "Root cause was the pool", "The cause lies in the driver".
var claimVerbs = set("is", "was", "were", "are", "be", "been", "being", "lies", "lay", "lie",
	"came", "comes", "stems", "stemmed", "turned", "ended", "seems", "seemed", "appears",
	"remains", "boils", "boiled", "traced", "traces", "caused")

// causeModified lists nouns that "root cause" modifies when it names a kind
// of work, not a cause: "incorrect root cause assumptions", "the root cause
// section", "a root cause hypothesis".
var causeModified = set("assumption", "assumptions", "hypothesis", "hypotheses", "theory",
	"theories", "investigation", "investigations", "hunt", "search", "work", "section",
	"sections", "summary", "statement", "statements", "category", "categories", "field",
	"fields", "column", "columns", "template", "templates", "review", "reviews", "discussion",
	"discussions", "doc", "docs", "document", "documents", "report", "reports", "writeup",
	"write-up", "process", "method", "methods", "methodology", "technique", "techniques",
	"tool", "tools", "tooling", "mindset", "thinking", "culture", "candidates", "candidate",
	"label", "labels", "tag", "tags", "meeting", "session", "sessions", "exercise", "workshop",
	"ticket", "tickets", "tracking", "details", "detail", "description", "descriptions",
	"fix", "fixes", "patch", "patches")

// labelledCause reports whether a cause follows "root cause" and a colon
// or a dash on its line: "## Root cause: expired certificate" claims one
// cause, in a heading too.
func labelledCause(d *doc, e int) bool {
	if e >= len(d.toks) || !d.toks[e-1].comma || lineBreakBetween(d, e-1, e) {
		return false
	}
	gap := d.text[d.toks[e-1].end:d.toks[e].start]
	return strings.ContainsAny(gap, ":-") || strings.Contains(gap, "—") || strings.Contains(gap, "–")
}

// causeListed before "root cause" makes it a part of a write-up named, or a
// cause judged wrong: "the report covers the root cause, the timeline and
// ...", "time spent on an incorrect root cause".
var causeListed = set("including", "include", "includes", "included", "cover", "covers",
	"covered", "covering", "outline", "outlines", "outlined", "outlining", "list", "lists",
	"listing", "summarise", "summarize", "summarises", "summarizes", "summarising",
	"summarizing", "incorrect", "mistaken", "misidentified", "misdiagnosed", "supposed",
	"presumed", "suspected", "apparent", "alleged", "explains", "explained", "describes",
	"described", "documents", "documented", "discusses", "discussed", "on", "about", "regarding")

// causeKnown after "the root cause is|was|became" is the state of the
// work when it ends the clause: "once the root cause was clear, ...",
// "Root cause: TBD". With more after it, it names the cause.
var causeKnown = set("clear", "known", "tbd", "tbc", "undetermined", "unidentified")

// causeNamed reports whether the root-cause mention at tokens [k, e) names
// a section, a field or a kind of work rather than claiming a cause.
func causeNamed(d *doc, k, e int) bool {
	if e < len(d.toks) && d.same(e-1, e) && !d.toks[e-1].comma && causeModified[d.toks[e].word] {
		return true
	}
	if known(d, e) || causeSought(d, k, e) || asFarAs(d, k) {
		return true
	}
	if !labelledCause(d, e) {
		for j := k - 1; j >= 0 && j >= k-4 && d.same(j, k); j-- {
			w := d.toks[j].word
			if causeListed[w] {
				return true
			}
			if !causeFillers[w] {
				break
			}
		}
	}
	return causeHeading(d, k, e)
}

// known reports whether the words from e say the cause is known or still
// to be found rather than what it is: "the root cause was clear, so",
// "Root cause: TBD", "Root cause: to be determined".
func known(d *doc, e int) bool {
	j := e
	switch d.tok(j) {
	case "is", "was", "became":
		j++
	}
	if !d.same(e-1, j) {
		return false
	}
	if d.tok(j) == "to" && d.tok(j+1) == "be" && causeStatus[d.tok(j+2)] {
		return !d.same(j+2, j+3) || d.toks[j+2].comma
	}
	if !causeKnown[d.tok(j)] {
		return false
	}
	// The word ends its clause: "Root cause: clear ownership was missing"
	// names a cause.
	return !d.same(j, j+1) || d.toks[j].comma && !labelledCause(d, j+1)
}

// causeHeading reports whether the mention sits in a short line or table
// cell that has no sentence in it: at most eight words, no verb that
// states the cause, no full stop or question mark at its end, and nothing
// after the mention but a joining word ("and", "&"), a Title Case
// continuation ("Root Cause Summary") or nothing at all.
func causeHeading(d *doc, k, e int) bool {
	if labelledCause(d, e) {
		return false // "Root cause — pool exhaustion"
	}
	s := d.text
	lo, hi := d.toks[k].start, d.toks[e-1].end
	for lo > 0 && s[lo-1] != '\n' && s[lo-1] != '|' {
		if lo--; d.toks[k].start-lo > maxHeading {
			return false
		}
	}
	for hi < len(s) && s[hi] != '\n' && s[hi] != '|' {
		if hi++; hi-d.toks[e-1].end > maxHeading {
			return false
		}
	}
	if hi < len(s) && s[hi] == '|' {
		// A table row's label cell with the cause in the next cell: "|
		// Root cause | the pool size |". A header row is a heading line.
		cell := s[hi+1 : min(len(s), hi+1+maxHeading)]
		if nl := strings.IndexAny(cell, "|\n"); nl >= 0 {
			cell = cell[:nl]
		}
		if strings.IndexFunc(cell, unicode.IsLetter) >= 0 && keyValueRow(s, lo, hi) {
			return false
		}
	}
	// The text after the mention, without markup: "**:", " and Resolution".
	after := strings.TrimSpace(strings.TrimRight(s[d.toks[e-1].end:hi], " \t\r*_`:"))
	after = strings.TrimLeft(after, "*_`")
	if t := strings.TrimRight(strings.TrimSpace(s[lo:hi]), " \t\r*_`"); t != "" {
		if c := t[len(t)-1]; c == '.' || c == '?' || c == '!' || c == ';' || c == ',' {
			return false
		}
	}
	if rest, ok := strings.CutPrefix(after, ":"); ok && strings.TrimSpace(rest) != "" {
		return false // "Root cause: the deploy script"
	}
	words := 0
	for j := k - 1; j >= 0 && d.toks[j].start >= lo; j-- {
		if words++; words > 8 || claimVerbs[d.toks[j].word] {
			return false
		}
	}
	joined, titled := false, true
	for j := e; j < len(d.toks) && d.toks[j].end <= hi; j++ {
		if words++; words > 8 || claimVerbs[d.toks[j].word] {
			return false
		}
		joined = joined || j == e && joinWord(d.toks[j].word)
		titled = titled && (d.toks[j].cap || minorWords[d.toks[j].word])
	}
	if after != "" && !joined && !titled {
		// "root cause bad config push": a note naming the cause.
		first, _ := utf8.DecodeRuneInString(after)
		return !unicode.IsLetter(first) && !unicode.IsDigit(first)
	}
	return true
}

// keyValueRow reports whether the table row around [lo, hi) has two cells,
// a field and its value ("| Root cause | the pool size |"), rather than a
// row of data in several columns.
func keyValueRow(s string, lo, hi int) bool {
	a, b := lo, hi
	for a > 0 && s[a-1] != '\n' && lo-a < maxHeading {
		a--
	}
	for b < len(s) && s[b] != '\n' && b-hi < maxHeading {
		b++
	}
	cells := 0
	for _, c := range strings.Split(strings.Trim(strings.TrimSpace(s[a:b]), "|"), "|") {
		if strings.TrimSpace(c) != "" {
			cells++
		}
	}
	return cells <= 2
}

// joinWord reports whether w joins a section name to the next one: "Root
// cause and resolution", "Root cause & fix".
func joinWord(w string) bool {
	switch w {
	case "and", "or", "vs", "plus", "with":
		return true
	}
	return false
}

// reachVerbs before "the root cause" with nothing named after it make it
// the goal reached: "after some digging, we found the root cause", "once we
// knew the root cause, ...", "we'll share the root cause". "We found the
// root cause in the load balancer" names a place and stays.
var reachVerbs = set("find", "found", "finding", "finds", "know", "knew", "knowing", "known",
	"share", "shared", "sharing", "publish", "published", "uncover", "uncovered", "discover",
	"discovered", "confirm", "confirmed", "nail", "nailed", "spot", "spotted", "reach",
	"reached", "reaching", "trace", "traced", "tracing", "learn", "learned", "learnt", "have",
	"had", "got", "post", "posted")

// reachEnds may follow the goal reached: a time, or the next clause.
var reachEnds = set("within", "over", "after", "before", "quickly", "soon", "eventually",
	"today", "yesterday", "once", "and", "then", "yet", "later", "late", "fast", "until", "by")

// workNouns before "of the root cause" make it the object of the work:
// "further analysis of the root cause is ongoing".
var workOf = set("analysis", "investigation", "understanding", "discussion", "explanation",
	"description", "details", "summary", "identification", "discovery", "determination",
	"review", "search", "hunt", "study", "examination", "diagnosis", "writeup", "write-up")

// listVerbs before a list that holds "the root cause" make it a part of the
// write-up: "this document describes the impact, the timeline and the root
// cause".
var listVerbs = set("covers", "cover", "covered", "describes", "describe", "described",
	"includes", "include", "included", "including", "explains", "explain", "share", "shares",
	"outlines", "outline", "lists", "summarises", "summarizes", "documents", "discusses",
	"discuss", "details", "detail", "contains", "walks", "fill", "write", "complete", "parts",
	"sections", "headings")

// docVerbs after "the root cause will|was" make it the work on the cause:
// "the root cause will be covered in a follow-up post".
var docVerbs = set("covered", "shared", "published", "explained", "described", "documented",
	"discussed", "investigated", "analysed", "analyzed", "tracked", "followed", "posted")

// causeSought reports whether the mention at [k, e) is a goal reached, a
// thing to be written about, or an indirect question, with no cause named.
func causeSought(d *doc, k, e int) bool {
	if labelledCause(d, e) {
		return false
	}
	ended := e >= len(d.toks) || !d.same(e-1, e) || d.toks[e-1].comma || reachEnds[d.tok(e)]
	j := k - 1
	for j >= 0 && j >= k-4 && d.same(j, k) && causeFillers[d.toks[j].word] && d.toks[j].word != "that" {
		j--
	}
	if j >= 0 && d.same(j, k) && d.toks[j].comma &&
		(d.toks[e-1].comma || d.tok(e) == "and" || d.tok(e) == "or") {
		return true // one item of a list: "what happened, the root cause, and what we changed"
	}
	if j >= 0 && d.same(j, k) {
		w := d.toks[j].word
		switch {
		case reachVerbs[w] && (ended || d.toks[j].clause && strings.HasSuffix(w, "ing")):
			return true // "Knowing the root cause helped us write a test"
		case w == "to" && ended:
			for i := j - 1; i >= 0 && i >= j-4 && d.same(i, j); i-- {
				if v := d.toks[i].word; v == "traced" || v == "trace" || v == "tracing" || v == "led" {
					return true
				}
			}
		case w == "of" && workOf[d.tok(j-1)] && d.same(j-1, j):
			return true
		case w == "what" && (d.tok(e) == "was" || d.tok(e) == "is") && (!d.same(e, e+1) || d.toks[e].comma):
			return true // "find out what the root cause was"
		}
	}
	if foundThen(d, e) {
		return true
	}
	switch d.tok(e) {
	case "will", "would", "'ll", "shall":
		return d.same(e-1, e)
	case "is", "was", "has", "are":
		n := e + 1
		if d.tok(n) == "been" || d.tok(n) == "be" || d.tok(n) == "being" {
			n++
		}
		if d.same(e, n) && docVerbs[d.tok(n)] && d.tok(n+1) != "as" && d.tok(n+1) != "to" {
			return true
		}
	}
	// A list of the write-up's parts after a verb of writing, with no verb
	// after the mention in its clause.
	for i := k - 1; i >= 0 && i >= k-12 && d.same(i, k); i-- {
		if claimVerbs[d.toks[i].word] {
			return false // "confirming that the update is the root cause"
		}
		if listVerbs[d.toks[i].word] {
			for x := e; x < len(d.toks) && x < e+8 && d.same(e, x) && !d.toks[x].clause; x++ {
				if claimVerbs[d.toks[x].word] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// claimAfter reports whether a verb that states the cause follows the
// mention on its line: "## The root cause was a stale DNS record" is a
// heading that makes the claim.
func claimAfter(d *doc, e int) bool {
	for j := e; j < len(d.toks) && j < e+4 && d.same(e-1, j) && !lineBreakBetween(d, e-1, j); j++ {
		if claimVerbs[d.toks[j].word] {
			return true
		}
	}
	return false
}

// asFarAs reports whether the sentence around the mention at k hedges it:
// "as far as we can tell, the root cause is ...", "to our knowledge, ...".
func asFarAs(d *doc, k int) bool {
	sent := d.sentOf(k)
	for j := max(sent.first, k-ctxWindow); j+2 < min(sent.last, k+ctxWindow); j++ {
		w := d.toks[j].word
		if w == "as" && d.tok(j+1) == "far" && d.tok(j+2) == "as" ||
			w == "to" && d.tok(j+1) == "our" && d.tok(j+2) == "knowledge" ||
			w == "what" && d.tok(j+1) == "we" && (d.tok(j+2) == "can" || d.tok(j+2) == "know") {
			return true
		}
	}
	return false
}

// foundThen reports whether "the root cause was identified" (or found,
// confirmed, determined) from e is a milestone with nothing named: "the
// root cause was identified and mitigated at 14:32 UTC". "Identified as X"
// and "identified in X" name the cause and stay.
func foundThen(d *doc, e int) bool {
	j := e
	switch d.tok(j) {
	case "was", "is", "has", "had":
		j++
	default:
		return false
	}
	if d.tok(j) == "been" {
		j++
	}
	if !d.same(e, j) || !causeStatus[d.tok(j)] {
		return false
	}
	n := j + 1
	if n >= len(d.toks) || !d.same(j, n) || d.toks[j].comma {
		return true
	}
	w := d.toks[n].word
	if w == "at" {
		t := d.tok(n + 1)
		return t != "" && isDigit(t[0]) // "at 14:32", not "at the storage layer"
	}
	return reachEnds[w] && w != "by"
}

// singleCauseContext reads "the real cause", "the underlying cause", "the
// culprit was" at k the way rootCauseContext reads "root cause": the
// object of the work, a section's name, a hedge.
func singleCauseContext(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1) + 1
	for j := k; j < e && j < len(d.toks); j++ {
		if w := d.toks[j].word; w == "cause" || w == "causes" || w == "culprit" {
			e = j + 1
			break
		}
	}
	return causeWork[d.tok(k-1)] && d.same(k-1, k) || causeNamed(d, k, e) || asFarAs(d, k)
}
