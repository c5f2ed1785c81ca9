package phrasing

// "Root cause" flags only where the sentence claims one: the root cause is
// the subject of a linking verb with a cause after it ("The root cause was
// a stale lease", "the underlying root cause of the outage turned out to
// be the pool", "The root cause was identified as X"), the complement of
// one ("A stale lease was the root cause", "X was determined to be the
// root cause"), or a label with a cause after it on its line ("Root cause:
// X", "| Root cause | X |"). Everything else the words do in real
// postmortems (a heading, a topic, a modifier, the object of the work, a
// list of sections, a milestone, an open question) makes no claim, so the
// rule stays quiet by default instead of listing each of those uses.

// claimDets make "root cause" definite: one cause, the one.
var claimDets = set("the", "our", "its", "their", "this", "that", "his", "her", "my", "whose")

// claimMods may grade the cause between the determiner and "root cause":
// "the actual root cause", "the primary technical root cause".
var claimMods = set("actual", "real", "true", "primary", "main", "ultimate", "underlying",
	"exact", "final", "fundamental", "core", "technical", "immediate", "direct", "principal",
	"chief", "single", "sole", "only", "overall", "key", "biggest", "major", "specific",
	"definitive", "confirmed", "identified", "original")

// claimLinks join a subject clause to "the root cause ... was": "and the
// root cause was", "though the root cause is", "we found that the root
// cause was". A time or a condition ("once", "until", "if", "whether",
// "what") makes the clause about the work or a question instead.
var claimLinks = set("and", "but", "so", "because", "since", "though", "although", "that",
	"while", "whereas", "ultimately", "eventually", "finally", "really", "actually", "indeed")

// claimOpen right after the linking verb leaves the cause open, plural or
// not named: "the root cause is still unknown", "the root causes were
// multifaceted", "the root cause was clear once ...".
var claimOpen = set("not", "never", "unknown", "unclear", "still", "yet", "under", "being",
	"tbd", "tbc", "pending", "undetermined", "uncertain", "unidentified", "unconfirmed",
	"multiple", "several", "many", "various", "numerous", "multifaceted", "multi-faceted",
	"complex", "twofold", "two-fold", "threefold", "clear", "known", "obvious", "hard",
	"difficult", "different", "elsewhere", "n/a", "none", "see", "below", "above", "todo",
	"investigating", "also", "partly", "partially", "likely", "probably", "possibly",
	"perhaps", "maybe", "believed", "thought", "suspected", "presumed", "assumed", "outside",
	"beyond", "somewhere", "among", "amongst")

// claimPlural after "a" leaves the cause several: "the root cause was a
// combination of factors".
var claimPlural = set("combination", "mix", "mixture", "number", "series", "few", "couple",
	"handful", "set", "variety", "confluence")

// claimFound after "was|has been" names the cause when "as", "to", "in"
// follow: "was identified as", "was traced to", "was found in the driver".
var claimFound = set("identified", "determined", "found", "confirmed", "established", "traced",
	"shown", "proven", "proved", "located", "pinpointed", "narrowed", "isolated", "tracked",
	"deemed", "understood", "discovered", "diagnosed", "attributed", "linked", "tied", "known")

// claimAdverbs may stand inside the verb group: "was ultimately", "is
// simply".
var claimAdverbs = set("ultimately", "actually", "indeed", "finally", "eventually", "really",
	"simply", "just", "clearly", "now", "then", "certainly", "definitely", "here", "there",
	"essentially", "basically", "fundamentally", "quickly", "later", "soon")

// rootCauseClaim reports whether the mention of a cause at tokens [k, e)
// ("root cause", "the real cause") is claimed as the one cause.
func rootCauseClaim(d *doc, k, e int) bool {
	if e > len(d.toks) || k < 0 {
		return false
	}
	a := k
	for a > 0 && d.same(a-1, k) && !d.toks[a-1].comma && claimMods[d.toks[a-1].word] {
		a--
	}
	definite := a > 0 && d.same(a-1, k) && !d.toks[a-1].comma && claimDets[d.toks[a-1].word]
	if definite {
		a--
	} else if a > 0 && d.same(a-1, k) && !d.toks[a-1].comma {
		switch d.toks[a-1].word {
		case "a", "an", "one", "another", "any", "some", "no", "each", "every":
			return false // one cause of several, or none
		}
	}
	if causeLabelled(d, a, e) {
		return true
	}
	if questionSentence(d, k) {
		return answeredOnLine(d, k)
	}
	if hedgedBefore(d, a) {
		return false
	}
	if d.tok(k-1) == "same" && d.same(k-1, k) {
		return sameShown(d, k-1)
	}
	bare := a == k
	return causeIsSubject(d, a, e, bare) || causeIsComplement(d, a, e, definite) || definite && foundIn(d, a, e)
}

// causeIsSubject reports whether the mention at [a, e) opens its clause and
// a linking verb names the cause after it: "The root cause (of the outage)
// was X", "the root cause came from X", "the root cause was identified as
// X". bare is true when no determiner comes before "root cause": then only
// a clause start will do ("Root cause was the pool").
func causeIsSubject(d *doc, a, e int, bare bool) bool {
	if !(d.toks[a].clause || sentenceStart(d, a) || afterOpener(d, a)) && (bare || !clauseOpensAt(d, a)) {
		return false
	}
	v := e
	for v < e+2 && d.same(e, v) && !d.toks[v-1].comma && (d.tok(v) == "here" || d.tok(v) == "there") {
		v++ // "The root cause here is ..."
	}
	if d.toks[e-1].comma {
		// "The root cause, in short, was the retry storm."
		// "The root cause, we think, was ..." hedges it.
		for v = e; v < e+4 && d.same(e, v) && !d.toks[v].comma; v++ {
			if hedges[d.toks[v].word] {
				return false
			}
		}
		if !d.same(e, v) || !d.toks[v].comma || hedges[d.toks[v].word] {
			return false
		}
		v++
	}
	if d.tok(v) == "of" || d.tok(v) == "for" || d.tok(v) == "behind" {
		// "the root cause of this incident was": the verb within a few words.
		for v++; d.same(e, v) && !linkVerb(d.toks[v].word); v++ {
			if v >= e+10 || d.toks[v-1].comma || d.toks[v].word == "and" && d.tok(v+1) == "the" {
				return false
			}
		}
		if !d.same(e, v) || d.toks[v-1].comma {
			return false
		}
	}
	if !d.same(e-1, v) || !linkVerb(d.toks[v].word) {
		return false
	}
	return namedAfterLink(d, v)
}

// linkVerb reports whether w may link "the root cause" to what it was.
func linkVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "'s", "has", "have", "had", "lies", "lay", "lie", "came", "comes",
		"stems", "stemmed", "boils", "boiled", "turned", "turns", "proved", "proves", "ended",
		"ends", "traces", "remains", "remained":
		return true
	}
	return false
}

// namedAfterLink reports whether the verb group at v names the cause after
// it: "was a stale lease", "was identified as the pool", "turned out to be
// X", "lies in the driver", "came from the retry loop". "Was not", "is
// still unknown", "was identified and fixed", "remains unknown" do not.
func namedAfterLink(d *doc, v int) bool {
	w := d.toks[v].word
	n := v + 1
	skip := func() {
		for n < v+4 && d.same(v, n) && claimAdverbs[d.tok(n)] && !d.toks[n-1].comma {
			n++
		}
	}
	skip()
	switch w {
	case "lies", "lay", "lie":
		if d.tok(n) != "in" && d.tok(n) != "with" {
			return false
		}
		n++
	case "came", "comes", "stems", "stemmed":
		switch {
		case d.tok(n) == "from":
			n++
		case d.tok(n) == "down" && d.tok(n+1) == "to":
			n += 2
		default:
			return false
		}
	case "boils", "boiled":
		if d.tok(n) != "down" || d.tok(n+1) != "to" {
			return false
		}
		n += 2
	case "turned", "turns", "proved", "proves", "ended", "ends":
		for _, p := range []string{"out", "up", "to", "be", "being"} {
			if d.tok(n) == p {
				n++
			}
		}
		if n == v+1 {
			return false // "the root cause proved elusive"
		}
	case "traces":
		if d.tok(n) == "back" {
			n++
		}
		if d.tok(n) != "to" {
			return false
		}
		n++
	case "has", "have", "had":
		if d.tok(n) != "been" {
			return false
		}
		n++
		skip()
		if !claimFound[d.tok(n)] {
			return false
		}
		fallthrough
	case "is", "was", "are", "were", "'s", "remains", "remained":
		if claimKnown[d.tok(n)] && colonAfter(d, n) {
			return !hedgedComplement(d, n+1) // "The root cause was known: the pool."
		}
		if (w == "remains" || w == "remained") && !claimFound[d.tok(n)] {
			return false // "the root cause remains unknown"
		}
		if claimFound[d.tok(n)] {
			// "was identified as X", "was traced (back) to X", "was found
			// in the driver"; "was identified and fixed" is the work.
			n++
			if d.tok(n) == "back" {
				n++
			}
			switch d.tok(n) {
			case "as", "to", "in", "with", "within":
			default:
				return false
			}
			if d.tok(n) == "to" && d.tok(n+1) == "be" {
				n++
			}
			n++
		}
	}
	if !d.same(v, n) || n >= len(d.toks) {
		return false
	}
	c := d.toks[n].word
	if claimKnown[c] && colonAfter(d, n) {
		return !hedgedComplement(d, n+1) // "The root cause is clear: the pool was too small."
	}
	if claimKnown[c] && !knownEnds(d, n) {
		return true // "the root cause was clear ownership gaps"
	}
	if claimOpen[c] || hedges[c] && c != "investigation" || (c == "one" || c == "another") && d.tok(n+1) == "of" {
		return false
	}
	if causeCharacter[c] && !colonAfter(d, n) {
		return false // "the cause was unusual enough to explain": what kind of cause, not which
	}
	if isParticiple(c) && (w == "is" || w == "was" || w == "are" || w == "were") && causeWorkedOn(d, n) {
		return false
	}
	return !hedgedComplement(d, n)
}

// causeCharacter say what kind of cause it was without naming it.
var causeCharacter = set("unusual", "subtle", "interesting", "surprising", "rare", "obscure",
	"novel", "tricky", "curious", "odd", "strange", "mundane", "unexpected", "nontrivial",
	"non-trivial", "complicated", "uncommon", "unique", "esoteric")

// hedgedComplement reports whether the first clause of the cause named
// from n hedges it: "Root cause: probably the storage driver", "the root
// cause was most likely a leak".
func hedgedComplement(d *doc, n int) bool {
	for j := n; j < n+8 && d.same(n, j); j++ {
		switch w := d.toks[j].word; w {
		case "likely", "probably", "possibly", "perhaps", "maybe", "suspected", "potentially",
			"might", "may", "unclear", "unknown", "unconfirmed", "tbd", "pending", "undetermined":
			return true
		}
		if d.toks[j].comma || j > n && d.toks[j].clause {
			break
		}
	}
	return false
}

// causeIsComplement reports whether the mention at [a, e) completes a
// linking verb: "A stale lease was the root cause", "X was determined to be
// the root cause", "confirming that the update is the root cause", "X was
// identified as the root cause". The subject may not be a question word or
// a pointer into an open question, and the verb may not be negated.
func causeIsComplement(d *doc, a, e int, definite bool) bool {
	if !definite && d.tok(a-1) != "as" {
		return false
	}
	j := a - 1
	for j >= 0 && d.same(j, a) && claimAdverbs[d.toks[j].word] && !d.toks[j].comma {
		j--
	}
	if !d.same(j, a) || d.toks[j].comma {
		return false
	}
	switch w := d.toks[j].word; w {
	case "is", "was", "are", "were", "'s", "be", "been", "being":
		if d.tok(j-1) == "to" && d.same(j-1, a) {
			// "was determined to be the root cause"; "seems to be" hedges.
			if !claimFound[d.tok(j-2)] && d.tok(j-2) != "out" && d.tok(j-2) != "proved" {
				return false
			}
		}
	case "as":
		if !claimFound[d.tok(j-1)] && d.tok(j-1) != "out" || !d.same(j-1, a) {
			return false // "such as the root cause"
		}
	default:
		return false
	}
	// The subject, from the start of its clause: not negated, not a
	// question word.
	for s := j - 1; s >= 0 && s >= j-ctxWindow && d.same(s, a); s-- {
		switch d.toks[s].word {
		case "not", "never", "isn't", "wasn't", "aren't", "weren't", "what", "whether", "if", "nor",
			"neither", "no":
			return false
		}
		if d.toks[s].clause || d.toks[s].word == "that" || d.toks[s].word == "which" || d.toks[s].comma {
			break
		}
	}
	return true
}

// workEnds after a participle make it the state of the work on the cause:
// "was fixed by the patch", "was addressed and deployed", "was found
// quickly".
var workEnds = set("and", "or", "but", "by", "at", "on", "after", "before", "within", "quickly",
	"soon", "later", "yet", "now", "when", "once", "during", "today", "yesterday", "until",
	"in", "for", "through", "over", "via", "early", "late", "fast", "immediately", "promptly")

// causeWorkedOn reports whether the participle at n says what was done to the
// cause rather than describing it: "the root cause was fixed", "was
// mitigated at 14:02". A participle before a noun is an adjective that
// names the cause: "the root cause was scheduled maintenance".
func causeWorkedOn(d *doc, n int) bool {
	return d.toks[n].comma || !d.same(n, n+1) || workEnds[d.tok(n+1)]
}

// claimKnown say how well the cause is known; alone they name no cause,
// but before a noun or a colon they do: "Root cause: clear ownership was
// missing", "The root cause is clear: the pool was too small".
var claimKnown = set("clear", "known", "obvious", "hard", "difficult", "different", "simple")

// knownEnds reports whether the word at n ends what is said of the cause:
// "the root cause was clear, so", "was clear from the logs", "was hard to
// find".
func knownEnds(d *doc, n int) bool {
	if d.toks[n].comma || !d.same(n, n+1) {
		return true
	}
	switch d.tok(n + 1) {
	case "to", "from", "by", "at", "now", "yet", "but", "and", "or", "in", "on", "once", "after",
		"when", "because", "since", "enough", "for", "until", "only", "then", "so", "with":
		return true
	}
	return false
}
