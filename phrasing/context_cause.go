package phrasing

import "strings"

// Helpers the cause rules share: a label with a cause after it on its line
// ("## Root cause: expired certificate"), a heading that makes the claim
// in a sentence, a hedge that opens the sentence ("as far as we can
// tell"), and the nouns "root cause" modifies when it names a kind of work.

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

// singleCauseContext reads "the real cause", "the underlying cause" at k
// by the grammar that reads "root cause": quiet unless the sentence claims
// it as the one cause (rootCauseClaim). "The culprit was" and "solely due
// to" are claims by their own words; only a hedge leaves them.
func singleCauseContext(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1) + 1
	for j := k; j < e && j < len(d.toks); j++ {
		switch d.toks[j].word {
		case "cause", "causes":
			return j == k || !rootCauseClaim(d, j-1, j+1) || asFarAs(d, k)
		case "culprit":
			return asFarAs(d, k)
		}
	}
	return asFarAs(d, k)
}
