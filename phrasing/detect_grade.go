package phrasing

// Decisions and designs graded with hindsight, in the shapes real reviews
// of other teams' incidents use: "it was incredibly risky to allow
// arbitrary calls", "it was reckless to deploy on a Friday", "the correct
// way to compute the balance would have been to ...", "the RAID set was
// very poorly designed by Jacob". A risk weighed at the time ("it was too
// risky to fail over, so we waited") and advice in the present ("it is
// risky to restart the primary at peak") are not judgements of the past.

// riskAdjs grade a decision as risky. With "to" and a verb after a past
// "was" they judge the choice made.
var riskAdjs = set("risky", "dangerous", "unsafe", "reckless", "irresponsible", "unwise",
	"foolish", "careless", "negligent", "naive", "short-sighted", "shortsighted", "ill-advised",
	"inadvisable", "imprudent", "hazardous", "sloppy", "lazy", "stupid", "dumb", "crazy", "insane")

// conductAdjs judge conduct even without an intensifier: only a choice
// can be reckless; a risk weighed at the time is "risky".
var conductAdjs = set("reckless", "irresponsible", "unwise", "foolish", "careless", "negligent",
	"naive", "short-sighted", "shortsighted", "ill-advised", "inadvisable", "imprudent", "sloppy",
	"lazy", "stupid", "dumb", "crazy", "insane")

// intensifiers before a risk word make it a verdict: "incredibly risky".
var intensifiers = set("extremely", "incredibly", "very", "really", "highly", "hugely",
	"insanely", "wildly", "clearly", "obviously", "super", "dangerously", "unbelievably",
	"needlessly", "unnecessarily", "massively", "terribly", "exceptionally", "extraordinarily",
	"absurdly", "ridiculously", "utterly", "downright", "frankly", "particularly", "truly",
	"inherently", "fundamentally", "absolutely", "completely")

// wayNouns name a way of doing something that a grade can judge: "the
// correct way would have been".
var wayNouns = set("way", "fix", "solution", "course", "path", "design", "plan", "strategy",
	"method", "practice")

// gradeTriggers are the words graded-decision gains for the shapes above.
func gradeTriggers() []string {
	out := make([]string, 0, len(riskAdjs)+len(wayNouns)+3)
	out = append(out, "why", "risk", "gamble", "overkill")
	for w := range riskAdjs {
		out = append(out, w)
	}
	for w := range wayNouns {
		out = append(out, w)
	}
	return out
}

// detectGradedMore handles the shapes above for the graded-decision rule,
// reporting whether the word at i was one of its own.
func detectGradedMore(c *Checker, d *doc, i int, r *rule, out *[]Finding) bool {
	w := d.toks[i].word
	a, b := deniedRight(d, i)
	switch {
	case a >= 0:
	case w == "overkill":
		a, b = overkillJudged(d, i)
	case w == "why":
		a, b = c.puzzledWhy(d, i)
	case riskAdjs[w]:
		if a, b = riskyChoice(d, i); a < 0 {
			a, b = decisionJudged(d, i)
		}
	case w == "risk" || w == "gamble":
		a, b = riskTaken(d, i)
	case decisionNouns[w] && badCalls[d.tok(i-2)] && !badCalls[d.tok(i-1)] && !goodCalls[d.tok(i-1)]:
		a, b = qualifiedBadCall(d, i)
		if a < 0 {
			return false
		}
	case wayNouns[w] || w == "approach" || w == "option" || w == "choice":
		a, b = gradedWay(d, i)
		if !wayNouns[w] && a < 0 {
			return false // graded-decision's own shapes for these
		}
	default:
		return false
	}
	if a >= 0 && !questionSentence(d, i) {
		f := c.finding(d, r, a, b)
		f.Question = "What made this look like the right choice at the time, and what would have shown the risk?"
		*out = append(*out, f)
	}
	return true
}

// riskyChoice finds "it was incredibly risky to allow ..." and "it was
// reckless to deploy ...", returning the span or -1.
func riskyChoice(d *doc, i int) (int, int) {
	if d.tok(i+1) != "to" || !d.same(i, i+2) {
		return -1, -1
	}
	if n := d.tok(i + 2); n == "the" || n == "a" || n == "an" || n == "our" || n == "us" ||
		n == "users" || n == "anyone" || n == "everyone" || n == "them" {
		return -1, -1 // "dangerous to the users": who is at risk, not a choice
	}
	k := i - 1
	intense := false
	for n := 0; n < 2 && intensifiers[d.tok(k)] && d.same(k, i); n++ {
		intense = true
		k--
	}
	if d.tok(k) == "too" || d.tok(k) == "so" || d.tok(k) == "not" || d.tok(k) == "less" ||
		d.tok(k) == "more" {
		return -1, -1 // "too risky to fail over": a risk weighed at the time
	}
	if be := d.tok(k); be != "was" && be != "were" || !d.same(k, i) {
		return -1, -1
	}
	if !intense && !conductAdjs[d.toks[i].word] {
		return -1, -1
	}
	// What was weighed at the time is followed by what was done about it:
	// "it was too risky to restart, so we waited".
	end := clauseEnd(d, i)
	if end < d.sentOf(i).last && (d.tok(end) == "so" || d.tok(end) == "and" && d.tok(end+1) == "so") {
		return -1, -1
	}
	a := k
	if s := k - 1; s >= 0 && d.same(s, k) && (d.tok(s) == "it" || d.tok(s) == "this" || d.tok(s) == "that") {
		a = s
	}
	return a, i + 3
}

// gradedWay finds "the correct way to calculate this would have been" and
// "the right fix would have been": a grade, a way, an optional infinitive,
// then "would have been". It returns the span or -1.
func gradedWay(d *doc, i int) (int, int) {
	adj := d.tok(i - 1)
	if !goodCalls[adj] && !badCalls[adj] || !d.same(i-1, i) {
		return -1, -1
	}
	a := i - 1
	if t := d.tok(a - 1); (t == "the" || t == "a" || t == "an") && d.same(a-1, i) {
		a--
	}
	k := i + 1
	if d.tok(k) == "to" || d.tok(k) == "for" {
		// "the correct way to calculate this number would have been"
		for e := k + 1; e < k+9 && d.same(i, e); e++ {
			if d.toks[e-1].comma {
				return -1, -1
			}
			if d.toks[e].word == "would" || d.toks[e].word == "would've" {
				k = e
				break
			}
		}
	}
	if t := d.tok(k); t != "would" && t != "would've" || !d.same(i, k) {
		return -1, -1
	}
	be := wouldBeen(d, k)
	if be < 0 || wouldBefore(d, be) != k || !d.same(i, be) {
		return -1, -1
	}
	return a, be + 1
}

// decisionNouns name a choice someone made: "the approach to oracles was
// naive", "a terrible design decision".
var decisionNouns = set("idea", "approach", "call", "choice", "decision", "move", "option",
	"design", "plan", "strategy")

// qualifiedBadCall finds "was a terrible design decision": a bad grade, one
// word naming the kind of choice, and a past "was". It returns the span or
// -1.
func qualifiedBadCall(d *doc, i int) (int, int) {
	m := d.tok(i - 1)
	if m == "" || npStop[m] || determiners[m] || !d.same(i-2, i) {
		return -1, -1
	}
	k := i - 3
	if t := d.tok(k); t == "a" || t == "an" || t == "the" {
		k--
	}
	if t := d.tok(k); t != "was" && t != "were" || !d.same(k, i) {
		return -1, -1
	}
	return k, i + 1
}

// decisionJudged finds "the protocol's approach to oracles was naive",
// "their decision to skip the audit was reckless": a choice as the subject
// and a conduct grade after a past "was". A risk word needs an
// intensifier: "the approach was risky, so we staged it" weighs a risk.
func decisionJudged(d *doc, i int) (int, int) {
	k := i - 1
	intense := false
	for n := 0; n < 2 && intensifiers[d.tok(k)] && d.same(k, i); n++ {
		intense = true
		k--
	}
	if be := d.tok(k); be != "was" && be != "were" || !d.same(k, i) {
		return -1, -1
	}
	if !intense && !conductAdjs[d.toks[i].word] {
		return -1, -1
	}
	for h := k - 1; h >= max(0, k-8) && d.same(h, k); h-- {
		if d.toks[h].comma {
			return -1, -1
		}
		if !decisionNouns[d.toks[h].word] {
			if d.toks[h].clause {
				return -1, -1
			}
			continue
		}
		if n := d.tok(h + 1); h+1 != k && n != "to" && n != "of" && n != "for" && n != "on" &&
			n != "that" && n != "which" && !subjectPronouns[n] && !selfPronouns[n] {
			return -1, -1 // "the approach they chose was naive" keeps its relative clause
		}
		a := h
		for a > 0 && d.same(a-1, h) && (npStart[d.tok(a-1)] || possessive(d.tok(a-1))) {
			a--
		}
		return a, i + 1
	}
	return -1, -1
}

// puzzledVerbs after a negation make a why-clause a verdict on someone's
// choice: "I don't understand why they allowed it".
var puzzledVerbs = set("understand", "see", "fathom", "comprehend", "imagine")

// puzzledWhy finds "I don't understand why they whitelisted the proxy",
// "we can't fathom why anyone would deploy on a Friday": the writer
// puzzled at a person's or another team's choice. "We don't understand why
// the cache evicted the key" is an open question about a system. It
// returns the span or -1.
func (c *Checker) puzzledWhy(d *doc, i int) (int, int) {
	v := i - 1
	if !puzzledVerbs[d.tok(v)] || !d.same(v, i) {
		return -1, -1
	}
	n := v - 1
	if t := d.tok(n); t == "still" || t == "really" || t == "just" {
		n--
	}
	switch d.tok(n) {
	case "don't", "can't", "cannot", "couldn't", "didn't":
	case "not":
		if t := d.tok(n - 1); t != "do" && t != "can" && t != "could" {
			return -1, -1
		}
		n--
	default:
		return -1, -1
	}
	s := n - 1
	if t := d.tok(s); t == "still" || t == "really" || t == "just" || t == "honestly" {
		s--
	}
	if t := d.tok(s); t != "i" && t != "we" || !d.same(s, i) {
		return -1, -1
	}
	k := i + 1
	if !d.same(i, k) {
		return -1, -1
	}
	switch t := &d.toks[k]; {
	case t.word == "they" || t.word == "he" || t.word == "she" || anyone[t.word] || t.word == "anybody" ||
		t.handle || c.isName(t):
	default:
		if e := c.personStartingAt(d, k); e < 0 {
			return -1, -1
		}
	}
	return s, k + 1
}

// bigRisk grades a risk taken: "a huge risk", "an unnecessary risk".
var bigRisk = set("huge", "big", "massive", "major", "serious", "unnecessary", "needless",
	"obvious", "clear", "enormous", "significant", "unacceptable", "reckless", "stupid", "dumb")

// riskTaken finds "their decision to use a single admin key was a huge
// risk": a choice as the subject, graded as a risk after a past "was". It
// returns the span or -1.
func riskTaken(d *doc, i int) (int, int) {
	if !bigRisk[d.tok(i-1)] {
		return -1, -1
	}
	k := i - 2
	if t := d.tok(k); t != "a" && t != "an" {
		return -1, -1
	}
	k--
	for n := 0; n < 2 && intensifiers[d.tok(k)]; n++ {
		k--
	}
	if t := d.tok(k); t != "was" && t != "were" || !d.same(k, i) {
		return -1, -1
	}
	if end := clauseEnd(d, i); end < d.sentOf(i).last && (d.tok(end) == "so" || d.tok(end) == "but") {
		return -1, -1 // "the plan was a big risk, so we rehearsed it": weighed at the time
	}
	for h := k - 1; h >= max(0, k-8) && d.same(h, k); h-- {
		if d.toks[h].comma {
			return -1, -1
		}
		if decisionNouns[d.toks[h].word] {
			a := h
			for a > 0 && d.same(a-1, h) && (npStart[d.tok(a-1)] || possessive(d.tok(a-1))) {
				a--
			}
			return a, i + 1
		}
		if d.toks[h].clause {
			return -1, -1
		}
	}
	return -1, -1
}
