package phrasing

import "strings"

// More context read from real postmortems (rounds one to four): shapes in
// which the flagged words do not judge anyone. Every scan here looks at a
// bounded window around the finding, so a long paragraph with many findings
// stays linear.

// ctxWindow bounds how far a context check looks from the finding.
const ctxWindow = 16

// causeStatus after "root cause" makes it a milestone or the thing worked
// on: "Root cause identified: 14:03", "until the root cause is fixed".
var causeStatus = set("identified", "found", "determined", "confirmed", "located", "isolated",
	"unknown", "fixed", "addressed", "resolved", "understood", "discovered", "remains")

// causeEnd returns the token after "root cause" (or after "root-cause") at k.
func causeEnd(d *doc, k int) int {
	if d.tok(k) == "root" && (d.tok(k+1) == "cause" || d.tok(k+1) == "causes") {
		return k + 2
	}
	return k + 1
}

// clockOnLine reports whether the line holding token k has a clock time
// ("14:03", "8:12 AM") within 120 bytes of the mention.
func clockOnLine(d *doc, k int) bool {
	a, b := d.toks[k].start, d.toks[k].end
	lo, hi := max(0, a-120), min(len(d.text), b+120)
	for i := a - 1; i >= lo; i-- {
		if d.text[i] == '\n' {
			lo = i + 1
			break
		}
	}
	for i := b; i < hi; i++ {
		if d.text[i] == '\n' {
			hi = i
			break
		}
	}
	for i := lo + 1; i+2 < hi; i++ {
		if d.text[i] == ':' && isDigit(d.text[i-1]) && isDigit(d.text[i+1]) && isDigit(d.text[i+2]) {
			return true
		}
	}
	return false
}

// lineBreakBetween reports whether a newline separates tokens a and b.
func lineBreakBetween(d *doc, a, b int) bool {
	for i := d.toks[a].end; i < d.toks[b].start; i++ {
		if d.text[i] == '\n' {
			return true
		}
	}
	return false
}

// remediationContext reports whether a never-again phrase at token k is a
// lesson told to readers or a hedge rather than a promise: "learn from our
// mistakes so it doesn't happen again", "I can never be sure it won't
// happen again", "what can be done to prevent it from happening again",
// "we hope it won't happen again", "we will do our best to make sure".
func remediationContext(d *doc, k int) bool {
	// Only the clause that holds the phrase: "the lessons we learned, and
	// the steps we're taking to ensure it never occurs again" stays.
	from := k
	for from > 0 && from > k-ctxWindow && d.same(from-1, k) && !d.toks[from].clause {
		from--
	}
	for j := from; j < k; j++ {
		switch d.toks[j].word {
		case "learn", "learned", "learnt", "learning":
			return true
		case "hope", "hopefully", "hoping", "best", "try", "trying", "aim", "strive", "reduce",
			"minimise", "minimize", "unlikely", "likely", "chance", "odds":
			return true // a hope or an effort, not a promise: "we will do our best to"
		case "sure", "certain", "guarantee", "promise":
			for i := max(from, j-3); i < j; i++ {
				switch d.toks[i].word {
				case "never", "not", "can't", "cannot", "no", "can":
					return true
				}
			}
		case "what":
			if n := d.tok(j + 1); (n == "can" || n == "could") && d.same(j, j+1) {
				return true
			}
		}
	}
	return false
}

// punitiveContext reports whether a punishment word is denied or said of
// employers in general: "I am not going to fire the developer", "some
// organisations will fire an employee for this".
func punitiveContext(d *doc, k int) bool {
	sent := d.sentOf(k)
	for j := k - 1; j >= sent.first && j >= k-6; j-- {
		switch d.toks[j].word {
		case "not", "never", "won't", "wouldn't", "don't", "didn't", "no", "nobody", "nobody's",
			"some", "many", "most", "other":
			return true
		}
		if d.toks[j].clause {
			break
		}
	}
	return false
}

// genericYou reports whether the clause holding token k is a conditional
// about "you" in general ("if you made a stupid mistake, so did I"), not an
// accusation. "If you had checked ..." is a counterfactual and stays.
func genericYou(d *doc, k int) bool {
	j := k
	for j > 0 && j > k-ctxWindow && d.same(j-1, k) && !d.toks[j].clause {
		j--
	}
	w := d.tok(j)
	if w != "if" && w != "when" && w != "whenever" {
		return false
	}
	return d.tok(j+1) == "you" && d.tok(j+2) != "had" && d.tok(j+2) != "hadn't"
}

// embeddedQuestion reports whether the words at token k sit in an indirect
// question: "how it could have been prevented" names a section of the
// write-up, it does not judge.
func embeddedQuestion(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "how", "whether":
			return true
		}
	}
	return false
}

// moreContext applies the checks above to finding f starting at token k.
func moreContext(d *doc, k int, f *Finding) bool {
	switch f.Rule {
	case "root-cause":
		return !rootCauseClaim(d, k, causeEnd(d, k)) || asFarAs(d, k) || causeMilestone(d, k)
	case "single-cause":
		return singleCauseContext(d, k, f) || causeLinkedOnly(d, f) || rankedAmongOthers(d, k, f)
	case "cause-claim":
		return rankedAmongOthers(d, k, f)
	case "absolute-remediation":
		return remediationContext(d, k)
	case "punitive":
		return punitiveContext(d, k)
	case "avoidable":
		return embeddedQuestion(d, k)
	case "blame-labels":
		return genericYou(d, k) || labelOfThing(d, k) || outsideAsRule(d, k)
	case "person-failure":
		return genericYou(d, k) || expectationAhead(d, k)
	case "vague-action":
		return pastIntent(d, k)
	case "should-have":
		return hedgedQuestion(d, k) || capabilityContext(d, k, f) || invitedView(d, k)
	}
	return false
}

// labelOfThing reports whether a conduct label is said of a thing in the
// passive or as a possibility: "the configuration got messed up", "a
// possible botched restore".
func labelOfThing(d *doc, k int) bool {
	if d.tok(k) == "messed" && d.same(k-1, k) {
		switch d.tok(k - 1) {
		case "got", "get", "gets", "getting", "was", "were", "been", "is", "be":
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "possible", "possibly", "potential", "potentially", "partial":
			return true
		}
	}
	return false
}

// expectationVerbs in the present after "does not" state an expectation
// about what comes next, not a failure: "@kim does not anticipate this
// will need a rollback".
var expectationVerbs = set("anticipate", "expect", "think", "believe", "foresee")

func expectationAhead(d *doc, k int) bool {
	for j := k + 1; j < k+5 && d.same(k, j); j++ {
		if (d.tok(j) == "not" || d.tok(j) == "doesn't" || d.tok(j) == "don't") && expectationVerbs[d.tok(j+1)] {
			p := d.tok(j - 1)
			return p == "does" || p == "do" || d.tok(j) != "not"
		}
	}
	return false
}

// intentVerbs before "to be careful" make it a past intent or an outcome
// hoped for, not a call to be more careful: "we wanted to be cautious".
var intentVerbs = set("wanted", "tried", "decided", "chose", "meant", "aimed", "intended",
	"help", "helps", "helped")

func pastIntent(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k); j-- {
		if intentVerbs[d.toks[j].word] {
			return true
		}
	}
	return false
}

// hedgedQuestion reports whether a counterfactual sits in a question the
// writer is unsure of: "I think we should have seen these, but I am not
// sure?" asks the room; it does not judge.
func hedgedQuestion(d *doc, k int) bool {
	sent := d.sentOf(k)
	if !sent.question {
		return false
	}
	for j := max(sent.first, k-ctxWindow); j < min(sent.last, k+ctxWindow); j++ {
		switch d.toks[j].word {
		case "think", "sure", "maybe", "perhaps", "wonder", "unsure":
			return true
		}
	}
	return false
}

// linkWords after "is" or "was" only relate a cause to an area: "the
// underlying cause is related to spam scanning" is a hedge, not a claim.
var linkWords = set("related", "linked", "connected", "tied")

// causeLinkedOnly reports whether the cause named at f is only said to be
// related to something.
func causeLinkedOnly(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if e < 0 {
		return false
	}
	v := e + 1
	if b := d.tok(v); b != "is" && b != "was" && b != "seems" && b != "appears" {
		return false
	}
	if d.tok(v+1) == "to" && d.tok(v+2) == "be" {
		v += 2
	}
	return linkWords[d.tok(v+1)] && d.tok(v+2) == "to" && d.same(e, v+2)
}

// causeRanks rank one cause among others.
var causeRanks = set("primary", "main", "initial", "first", "principal", "chief", "biggest")

// othersWindow bounds how far after a ranked cause the others are looked
// for: the rest of its line and the next.
const othersWindow = 400

// rankedAmongOthers reports whether a cause ranked as primary or main at
// f has the other causes listed beside it ("Primary cause: the queue
// filled. Contributing factors: ..."), which makes it one of several.
// Alone, "the primary cause was X" claims one cause and stays.
func rankedAmongOthers(d *doc, k int, f *Finding) bool {
	ranked := false
	for j := k; j < len(d.toks) && d.toks[j].start < f.Offset+f.Length; j++ {
		if causeRanks[d.toks[j].word] {
			ranked = true
		}
	}
	if !ranked {
		return false
	}
	end := f.Offset + f.Length
	limit := min(len(d.text), end+othersWindow)
	lines := 0
	for i := end; i < limit; i++ {
		if d.text[i] == '\n' {
			if lines++; lines > 2 {
				limit = i
				break
			}
		}
	}
	rest := strings.ToLower(d.text[end:limit])
	for _, w := range []string{"contributing factor", "secondary cause", "other causes", "second cause",
		"other factors", "contributing cause", "also contributed"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// outsideAsRule reports whether "outside the standard process" at k is a
// rule for what comes ("requests outside the standard process are
// reviewed"), not a past step taken outside it: no past verb stands
// before it in the sentence.
func outsideAsRule(d *doc, k int) bool {
	if d.tok(k) != "outside" {
		return false
	}
	for j := k - 1; j >= 0 && j > k-12 && d.same(j, k); j-- {
		if w := d.tok(j); w == "was" || w == "were" || w == "had" || isParticiple(w) || irregularPast[w] != "" {
			return false
		}
	}
	return true
}
