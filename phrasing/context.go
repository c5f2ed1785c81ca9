package phrasing

import (
	"sort"
	"strings"
)

// Context that turns a match into something else: a quotation of someone
// else's words, a heading, a timeline milestone, or a hedged or
// investigative mention of a root cause ("a likely root cause may be",
// "we ran the 5 whys to get at the root cause"). The words are the same as
// in a claim; what they do in the document is not.

// hedges anywhere in a sentence make a root-cause mention a hypothesis or a
// question rather than a claim that one cause explains the incident.
var hedges = set("likely", "unlikely", "probably", "probable", "possibly", "possible",
	"potential", "potentially", "maybe", "perhaps", "may", "might", "could", "believe",
	"believed", "suspect", "suspected", "suspicion", "seems", "seem", "seemed", "appears",
	"appear", "appeared", "assuming", "assume", "if", "whether", "unknown", "unclear",
	"unconfirmed", "pending", "hypothesis", "theory", "candidate", "candidates", "still",
	"think", "thought", "guess", "suggests", "suggest", "investigation", "investigating",
	"investigate", "unsure", "not", "no", "without", "preliminary", "initial", "initially",
	"tentative", "tentatively", "understanding", "working", "points", "pointing", "indicates",
	"suggesting", "apparent", "apparently", "hypothesised", "hypothesized")

// hardTo before "to", ahead of the mention, says the cause cannot be
// given: "it's hard to give an exact root cause".
var hardTo = set("hard", "difficult", "impossible", "tricky", "tough")

// searchVerbs just before "root cause" make it the object of the
// investigation: "identify the root cause", "get at the root cause", "pin
// down the root cause".
var searchVerbs = set("identify", "identified", "identifying", "identifies", "find",
	"finding", "determine", "determined", "determines", "determining", "get", "getting",
	"understand", "understanding", "search", "searching", "dig", "digging", "trace", "tracing",
	"establish", "establishing", "investigate", "investigating", "seek", "seeking", "pin",
	"pinning", "discover", "discovering", "uncover", "uncovering", "diagnose", "diagnosing",
	"locate", "locating", "isolate", "isolated", "analyse", "analyze", "discuss",
	"discussing", "hunt", "hunting", "at", "for", "into", "whys", "down")

// causeFillers may stand between a search verb and the mention: "find the
// real root cause".
var causeFillers = set("the", "a", "an", "its", "their", "our", "this", "that", "real",
	"actual", "true", "underlying", "ultimate", "single", "one", "sole", "primary")

// tokenAt returns the index of the token holding byte offset off.
func tokenAt(d *doc, off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > off })
}

// inContext reports whether finding f, starting at token k, is context
// rather than the author's own blameful wording.
func inContext(d *doc, k int, f *Finding) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	if t.quoted {
		return true // someone else's words, quoted: the author cannot rewrite them
	}
	if moreContext(d, k, f) || ruleShapeContext(d, k, f) || proseContext(d, k, f) || templatePrompt(d, k) {
		return true
	}
	switch f.Category {
	case CatRootCause:
		if attributed(d, k) || t.line == timelineLine || bracketed(d, k, f) {
			return true
		}
		// "Root cause" is read by its own grammar (rootCauseClaim), which
		// already leaves headings without a cause and hedges alone.
		return f.Rule != "root-cause" && (t.line == headingLine && !labelledCause(d, causeEnd(d, k)) &&
			!claimAfter(d, causeEnd(d, k)) || hedgedCause(d, k))
	case CatLabel:
		// A label whose own word is a link's text is a mention; "violates
		// the [principle of ...]" still judges the act before the link.
		return t.line == headingLine || inBrackets(d, k) || attributed(d, k)
	case CatVague:
		return t.line == headingLine || bracketed(d, k, f) || outcomeDone(d, k, f)
	case CatHindsight:
		return t.line == headingLine || bracketed(d, k, f) || plainOnly(d, k, f)
	}
	return false
}

// hedgedCause reports whether the root-cause mention at token k is hedged
// or names the thing being looked for.
func hedgedCause(d *doc, k int) bool {
	// The clause holding the mention, and the next one when it is a label
	// ("Root causes: probably the storage driver").
	sent := d.sentOf(k)
	from := k
	for from > max(sent.first, k-12) && !d.toks[from].clause {
		from--
	}
	to := k + 1
	for to < min(sent.last, k+16) && !d.toks[to].clause {
		to++
	}
	if to < sent.last && to > 0 && d.text[d.toks[to-1].end] == ':' {
		for to++; to < min(sent.last, k+24) && !d.toks[to].clause; to++ {
		}
	}
	for j := from; j < to; j++ {
		if hedges[d.toks[j].word] && !foundBy(d, j) || j < k && hardTo[d.toks[j].word] && d.tok(j+1) == "to" {
			return true
		}
	}
	for j := k - 1; j >= sent.first; j-- {
		w := d.toks[j].word
		if searchVerbs[w] {
			return true
		}
		if !causeFillers[w] && w != "root" {
			return false
		}
	}
	return false
}

// nobodyFinding reports whether f opens with "nobody", "no one" or "none".
func nobodyFinding(d *doc, f Finding) bool {
	w := d.lower[f.Offset:min(f.Offset+f.Length, len(d.lower))]
	return strings.HasPrefix(w, "nobody") || strings.HasPrefix(w, "no one") ||
		strings.HasPrefix(w, "no-one") || strings.HasPrefix(w, "none")
}
