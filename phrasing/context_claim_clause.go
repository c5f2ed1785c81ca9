package phrasing

// Where "the root cause" can be the subject of a claim without opening its
// sentence: after a verb that reports a clause ("Kim says the root cause
// was ..."), after a short opener with no comma ("In the end the root
// cause was ..."), and not after a hedge or a condition in its clause.

// hedgedBefore reports whether a hedge or a condition comes before the
// mention at a in its clause: "we believe the root cause was", "if the
// root cause is", "a likely root cause".
func hedgedBefore(d *doc, a int) bool {
	for j := a - 1; j >= 0 && j >= a-ctxWindow && d.same(j, a) && !d.toks[j].comma; j-- {
		w := d.toks[j].word
		if w != "not" && w != "no" && w != "investigation" && (hedges[w] || w == "whether" || w == "what") {
			return true
		}
		if d.toks[j].clause {
			break
		}
	}
	return false
}

// sayVerbs take a whole clause as their object, with "that" left out:
// "Kim says the root cause was the proxy", "we found the root cause was
// the vendor", "this explains why the root cause was the retry policy",
// "it turned out the root cause was the backup". A
// verb that takes "the root cause" itself as its object ("to fix the root
// cause is our priority") is not among them.
var sayVerbs = set("say", "says", "said", "found", "find", "finds", "confirmed", "confirm",
	"confirms", "agree", "agreed", "agrees", "showed", "show", "shows", "shown", "learned", "learnt",
	"learn", "know", "knew", "knows", "realised", "realized", "noticed", "discovered",
	"determined", "concluded", "conclude", "established", "revealed", "reveals", "verified",
	"proved", "argue", "argued", "argues", "claim", "claimed", "claims", "stated", "states",
	"reported", "reports", "wrote", "writes", "why", "means", "meant", "saw", "see", "sees",
	"decided", "explained", "out")

// clauseOpensAt reports whether "the root cause" at a may be the subject
// of a clause that does not open a sentence: after a linking word ("and
// the root cause was", "we found that the root cause was") or a verb of
// saying or finding with "that" left out, not negated ("we can't say the
// root cause was ..." leaves it open).
func clauseOpensAt(d *doc, a int) bool {
	p := a - 1
	if !d.same(p, a) {
		return false
	}
	w := d.toks[p].word
	if claimLinks[w] {
		return true
	}
	if !sayVerbs[w] {
		return false
	}
	for j := p - 1; j >= 0 && j >= p-4 && d.same(j, p) && !d.toks[j].comma; j-- {
		switch d.toks[j].word {
		case "not", "never", "can't", "cannot", "don't", "didn't", "doesn't", "couldn't", "won't", "no":
			return false
		}
	}
	return true
}

// causeOpeners start a short phrase of time or place before the subject, with
// no comma: "In the end the root cause was ...", "After all that the root
// cause was ...".
var causeOpeners = set("in", "at", "after", "by", "on", "from", "for", "with", "all", "looking")

// afterOpener reports whether "the root cause" at a follows a short
// opening phrase that starts its sentence: up to four words, no verb of
// its own.
func afterOpener(d *doc, a int) bool {
	first := d.sentOf(a).first
	if a-first > 4 || a == first || !causeOpeners[d.toks[first].word] {
		return false
	}
	for j := first + 1; j < a; j++ {
		if linkVerb(d.toks[j].word) || sayVerbs[d.toks[j].word] || isParticiple(d.toks[j].word) {
			return false
		}
	}
	return true
}
