package phrasing

// Counterfactuals about care with no person in them: the passive ("this
// could have been caught by a basic unit test", "it could have been
// addressed earlier"), the inverted or "if" conditional in the passive
// ("had the app been tested", "if the change had been reviewed") and the
// reduced conditional ("could have mitigated it if addressed sooner"). The
// passive hides whoever did not catch or do it; the judgement is the same
// as "we should have caught it". A system's expected behaviour ("the
// certificate should have been renewed by certbot"), an outcome ("it could
// have been found by an attacker") and a guard the sentence names ("with a
// canary, this could have been caught earlier") are not.

// careDone are participles of steps of care, detection and remedy: their
// absence is what a counterfactual about people laments.
var careDone = set("caught", "detected", "spotted", "noticed", "found", "identified", "flagged",
	"tested", "reviewed", "checked", "verified", "validated", "audited", "staged", "rehearsed",
	"monitored", "escalated", "communicated", "announced", "acknowledged", "addressed", "fixed",
	"patched", "resolved", "mitigated", "handled", "recognized", "recognised", "investigated",
	"considered", "planned", "documented", "read", "renewed", "rotated", "applied", "updated",
	"upgraded", "prioritized", "prioritised", "raised", "reported", "questioned", "double-checked",
	"canaried", "proofread", "examined", "inspected", "analyzed", "analysed", "followed", "heeded",
	"vetted")

// careNouns after "by", "with" or "in" name a step of care people take:
// "caught in code review", "found with a basic test".
var careNouns = set("review", "reviews", "code-review", "reviewer", "reviewers", "testing", "test",
	"tests", "qa", "audit", "analysis", "check", "checks", "checking", "staging", "thought",
	"care", "attention", "diligence", "look", "glance", "inspection", "scrutiny", "validation",
	"verification", "lint", "linter", "diff", "rehearsal", "dry-run", "canary", "planning")

// humanCareNouns are steps only people take: "caught in the review" is a
// judgement even with "the", while "caught by the nightly tests" names a
// guard the team has.
var humanCareNouns = set("review", "reviews", "code", "code-review", "reviewer", "reviewers", "qa",
	"audit", "audits", "auditing",
	"staging", "testing", "thought", "care", "attention", "diligence", "scrutiny", "planning")

// careMods make the missing step sound small or ordinary: "a basic test",
// "any review", "more thought".
var careMods = set("basic", "simple", "quick", "single", "trivial", "any", "proper", "better",
	"more", "thorough", "careful", "closer", "cursory", "little", "extra", "additional", "some",
	"decent", "rudimentary", "elementary", "minimal", "sanity", "unit", "manual", "second")

// timingWords after the participle judge the speed: "addressed earlier".
var timingWords = set("earlier", "sooner", "faster", "quicker", "beforehand", "before", "early")

// carefulWords after a reduced conditional make it about care: "if tested
// properly".
var carefulWords = set("properly", "thoroughly", "carefully", "correctly", "first", "adequately")

// passiveModals open a passive counterfactual.
var passiveModals = set("could", "could've", "might", "might've", "should", "should've", "coulda",
	"shoulda", "may")

func passiveCFTriggers() []string {
	out := []string{"had", "if"}
	for w := range passiveModals {
		out = append(out, w)
	}
	return out
}

func detectPassiveCF(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || embeddedQuestion(d, i) {
		return
	}
	a, b := -1, -1
	switch d.toks[i].word {
	case "had":
		a, b = c.hadBeenCare(d, i)
	case "if":
		a, b = c.ifCare(d, i)
	default:
		if a, b = c.modalBeenCare(d, i); a < 0 {
			a, b = c.shouldNeverHave(d, i)
		}
		if a < 0 {
			if a, b = c.mightSooner(d, i); a >= 0 {
				f := c.finding(d, r, a, b)
				f.Message = "A counterfactual about how soon we might have noticed judges the past with what we know now."
				f.Question = "What made the signal hard to notice sooner at the time?"
				*out = append(*out, f)
				return
			}
		}
	}
	if a < 0 {
		return
	}
	f := c.finding(d, r, a, b)
	f.Question = "What would have caught this earlier, and what made it hard to have in place at the time?"
	*out = append(*out, f)
}

// modalBeenCare finds "could [not] have [adverb] been [adverb] caught" with
// something after it that makes it a judgement of care (a timing word, a
// small or human step of care, a conditional about care), returning the
// span or -1.
func (c *Checker) modalBeenCare(d *doc, i int) (int, int) {
	k := i + 1
	w := d.toks[i].word
	easy := false
	if w == "could" || w == "might" || w == "should" || w == "may" {
		if t := d.tok(k); t == "not" || t == "never" {
			k++
		}
		for n := 0; n < 2 && (adverbs[d.tok(k)] || d.tok(k) == "easily"); n++ {
			easy = easy || d.tok(k) == "easily"
			k++ // "might also have been", "could easily have been"
		}
		if d.tok(k) != "have" && d.tok(k) != "'ve" {
			return -1, -1
		}
		k++
	}
	for n := 0; n < 2 && (adverbs[d.tok(k)] || d.tok(k) == "easily"); n++ {
		easy = easy || d.tok(k) == "easily"
		k++
	}
	if d.tok(k) != "been" {
		return -1, -1
	}
	k++
	for n := 0; n < 2 && (adverbs[d.tok(k)] || d.tok(k) == "easily"); n++ {
		easy = easy || d.tok(k) == "easily"
		k++
	}
	p := k
	if !d.same(i, p) || !careDone[d.toks[p].word] || openQuestionNear(d, i) || guardNamed(d, i) {
		return -1, -1
	}
	if (w == "should" || w == "should've" || w == "shoulda") && caughtWords[d.toks[p].word] {
		return -1, -1 // should-have's own shape
	}
	if w == "may" && !easy {
		return -1, -1 // "it may have been caught by the retry" is a guess about the system
	}
	if s := subjectBefore(d, i); s >= 0 {
		if _, kind := c.personEndingAt(d, s); kind != notPerson && kind != weakPerson {
			return -1, -1 // "we could have been told sooner": not a judgement of us
		}
	}
	if !easy && !careSignal(d, p) {
		return -1, -1
	}
	return i, p + 1
}

// careSignal reports whether the words after the participle at p make the
// counterfactual a judgement of care: "earlier", "by a basic unit test",
// "in code review", "by putting more thought into", "had the app been
// tested".
func careSignal(d *doc, p int) bool {
	k := p + 1
	if !d.same(p, k) {
		return false
	}
	for n := 0; n < 3 && lateMods[d.tok(k)] && d.same(p, k+1); n++ {
		k++ // "much earlier", "a lot sooner"
	}
	t := d.toks[k].word
	switch t {
	case "earlier", "sooner", "faster", "quicker", "beforehand", "before", "early":
		return true
	case "in":
		if d.tok(k+1) == "time" {
			return true
		}
		return careAfter(d, k+1, true)
	case "during", "at":
		return careAfter(d, k+1, true)
	case "by", "with", "through":
		if g := d.tok(k + 1); len(g) > 4 && g[len(g)-3:] == "ing" && d.same(k, k+1) && !careNouns[g] {
			return true // "by putting more thought into", "by adding a test"
		}
		return careAfter(d, k+1, false)
	}
	// A conditional about care later in the sentence: "earlier had the app
	// been tested", "if anyone had read the diff".
	return careConditional(d, k)
}

// careAfter reports whether the noun phrase from k names a step of care as
// missing: a small or ordinary one ("a basic unit test", "any review"), or
// one only people take ("the review"). "The nightly tests" is a guard the
// team has, not a step left out.
func careAfter(d *doc, k int, place bool) bool {
	if !d.same(k-1, k) {
		return false
	}
	the := false
	switch d.tok(k) {
	case "the", "our", "its", "their", "this", "that", "his", "her":
		the = true
		k++
	case "a", "an":
		k++
	}
	small := false
	for e := k; e < k+4 && d.same(k-1, e); e++ {
		w := d.toks[e].word
		small = small || careMods[w] && !the
		if careNouns[w] && (small || !the || humanCareNouns[w]) && (small || !place || humanCareNouns[w]) {
			return true
		}
		if d.toks[e].comma || npStop[w] {
			break
		}
	}
	return false
}

// careConditional reports whether a conditional about a step of care
// follows k in its sentence, within a few words: "had the app been
// tested", "if the change had been reviewed", "had anyone read it".
func careConditional(d *doc, k int) bool {
	last := min(d.sentOf(k).last, k+6)
	for j := k; j < last; j++ {
		if w := d.toks[j].word; w != "had" && w != "if" {
			continue
		}
		for e := j + 1; e < min(d.sentOf(k).last, j+6); e++ {
			if careDone[d.toks[e].word] {
				return true
			}
		}
		return false
	}
	return false
}

// guardNamed reports whether the sentence names the guard that would have
// caught it before the modal at i: "With a canary, this could have been
// caught earlier". Naming the guard is the blameless way to say it.
// A clause that opens with "so" gives the condition that delayed it: "the
// alert went to a subset of the team, so it could have been noticed
// earlier".
func guardNamed(d *doc, i int) bool {
	sent := d.sentOf(i)
	for j := max(sent.first, i-maxClause); j < i; j++ {
		switch d.toks[j].word {
		case "with", "using", "given", "so":
			if d.toks[j].clause {
				return true
			}
		}
	}
	return false
}

// askVerbs before "if" make it an indirect question: "we asked if the
// change had been reviewed".
var askVerbs = set("ask", "asked", "asking", "check", "checked", "checking", "wonder", "wondered",
	"know", "knew", "see", "saw", "sure", "unsure", "clear", "unclear", "verify", "verified",
	"confirm", "confirmed", "determine", "tell", "told", "find", "found", "discuss", "review")

// hadBeenCare finds the inverted passive conditional "had the app been
// tested", "had it not been reviewed", returning the span or -1. A person
// ("had Bob been paged") is not judged: being paged is not care.
func (c *Checker) hadBeenCare(d *doc, i int) (int, int) {
	n := d.tok(i + 1)
	if !d.same(i, i+1) || n == "been" || n == "not" || n == "never" || n == "to" || isParticiple(n) ||
		!npStart[n] && n != "it" && n != "this" && !d.toks[i].clause {
		return -1, -1
	}
	if i > 0 && d.same(i-1, i) && !d.toks[i].clause && !timingWords[d.tok(i-1)] &&
		!modalBefore(d, i) {
		return -1, -1 // not inverted: "the app had been tested" is a fact
	}
	for k := i + 2; k < i+7 && d.same(i, k); k++ {
		w := d.toks[k].word
		if d.toks[k-1].comma || w == "had" || finiteVerbs[w] && w != "been" {
			return -1, -1
		}
		if w != "been" {
			continue
		}
		if _, kind := c.personEndingAt(d, k-1); kind != notPerson && kind != weakPerson {
			return -1, -1
		}
		p := k + 1
		if d.tok(p) == "properly" || d.tok(p) == "first" || d.tok(p) == "thoroughly" {
			p++
		}
		if !careDone[d.tok(p)] || !d.same(i, p) {
			return -1, -1
		}
		return i, p + 1
	}
	return -1, -1
}

// modalBefore reports whether "would|could have" comes earlier in the
// sentence: "it could have been addressed earlier had the app been tested".
func modalBefore(d *doc, i int) bool {
	for j := i - 1; j >= max(d.sentOf(i).first, i-maxClause); j-- {
		if w := d.toks[j].word; (w == "would" || w == "could" || w == "might") && d.tok(j+1) == "have" {
			return true
		}
	}
	return false
}

// ifCare finds "if the change had been reviewed" and the reduced "if
// addressed sooner" in a counterfactual, returning the span or -1.
func (c *Checker) ifCare(d *doc, i int) (int, int) {
	for j := i - 1; j >= max(0, i-3) && d.same(j, i); j-- {
		if askVerbs[d.toks[j].word] {
			return -1, -1
		}
	}
	k := i + 1
	if d.tok(k) == "only" {
		return -1, -1 // "if only" is its own rule
	}
	// The reduced form: "if addressed sooner", "if caught earlier".
	if careDone[d.tok(k)] && d.same(i, k+1) {
		e := k + 1
		for n := 0; n < 3 && lateMods[d.tok(e)] && d.same(i, e+1); n++ {
			e++
		}
		if !timingWords[d.tok(e)] && !carefulWords[d.tok(e)] && !(d.tok(e) == "in" && d.tok(e+1) == "time") {
			return -1, -1
		}
		if !counterfactualNear(d, i) {
			return -1, -1
		}
		return i, e + 1
	}
	// "if the migration had been tested"
	for e := k; e < k+6 && d.same(i, e); e++ {
		w := d.toks[e].word
		if w == "had" {
			if e == k {
				return -1, -1
			}
			if _, kind := c.personEndingAt(d, e-1); kind != notPerson && kind != weakPerson {
				return -1, -1
			}
			p := e + 1
			if d.tok(p) == "not" {
				p++
			}
			if d.tok(p) != "been" {
				return -1, -1
			}
			p++
			if d.tok(p) == "properly" || d.tok(p) == "first" || d.tok(p) == "thoroughly" {
				p++
			}
			if !careDone[d.tok(p)] || !d.same(i, p) {
				return -1, -1
			}
			return i, p + 1
		}
		if d.toks[e].comma || finiteVerbs[w] {
			return -1, -1
		}
	}
	return -1, -1
}

// counterfactualNear reports whether "would|could|might have" sits in the
// sentence holding i, within a clause or two.
func counterfactualNear(d *doc, i int) bool {
	sent := d.sentOf(i)
	for j := max(sent.first, i-maxClause); j < min(sent.last, i+maxClause); j++ {
		switch d.toks[j].word {
		case "would", "could", "might", "wouldn't", "couldn't":
			if t := d.tok(j + 1); t == "have" || t == "not" && d.tok(j+2) == "have" {
				return true
			}
		case "would've", "could've", "might've":
			return true
		}
	}
	return false
}

// escapeVerbs say a change got past the people meant to stop it: "this
// should never have made it to production".
var escapeVerbs = set("made", "reached", "slipped", "landed", "got", "gotten", "gone", "escaped",
	"passed", "hit")

// approvedActs are what people do to let a change through: "this should
// not have been approved". "The pod should not have been evicted" is a
// system's behaviour.
var approvedActs = set("approved", "merged", "shipped", "released", "pushed", "deployed",
	"signed", "promoted", "accepted", "greenlit", "greenlighted", "rubber-stamped", "allowed")

// shouldNeverHave finds "this should never have made it to production" and
// "the change should not have been approved", with a thing or nothing as
// the subject, returning the span or -1.
func (c *Checker) shouldNeverHave(d *doc, i int) (int, int) {
	if w := d.toks[i].word; w != "should" {
		return -1, -1
	}
	k := i + 1
	if t := d.tok(k); t != "not" && t != "never" {
		return -1, -1
	}
	k++
	if d.tok(k) == "ever" {
		k++
	}
	if d.tok(k) != "have" || !d.same(i, k+1) || openQuestionNear(d, i) {
		return -1, -1
	}
	k++
	if s := subjectBefore(d, i); s >= 0 {
		if _, kind := c.personEndingAt(d, s); kind != notPerson && kind != weakPerson {
			return -1, -1 // should-have's own
		}
	}
	p := d.toks[k].word
	switch {
	case escapeVerbs[p]:
		n := d.tok(k + 1)
		if p == "made" && n != "it" || p != "made" && p != "reached" && p != "hit" &&
			n != "to" && n != "into" && n != "through" && n != "past" && n != "out" && n != "live" {
			return -1, -1
		}
		if p == "passed" && n != "through" {
			return -1, -1 // "the tests should not have passed" is the suite's behaviour
		}
		return i, k + 2
	case p == "been" && approvedActs[d.tok(k+1)] && d.same(i, k+1):
		if d.tok(k+2) == "by" && d.same(i, k+3) {
			if _, kind := c.personEndingAt(d, k+3); kind == notPerson {
				return -1, -1 // "allowed by the firewall"
			}
		}
		if d.tok(k+1) == "allowed" && d.tok(k+2) != "to" {
			return -1, -1
		}
		return i, k + 2
	}
	return -1, -1
}

// openQuestionNear is openQuestion within a clause or two of i, so a long
// paragraph with no full stops costs the same per finding as a note.
func openQuestionNear(d *doc, i int) bool {
	for k := max(d.sentOf(i).first, i-maxClause); k < i; k++ {
		switch d.toks[k].word {
		case "whether", "discuss", "decide", "consider", "ask", "if":
			return true
		}
	}
	return false
}

// mightSooner finds "we might have noticed sooner", "Bob might have caught
// it earlier": the writer, the team or a person, a step of care, and a
// timing word. "Bob might have restarted it" is a guess about what
// happened, not a judgement. It returns the span or -1.
func (c *Checker) mightSooner(d *doc, i int) (int, int) {
	k := i + 1
	switch d.toks[i].word {
	case "might":
		if d.tok(k) != "have" {
			return -1, -1
		}
		k++
	case "might've":
	default:
		return -1, -1
	}
	if !careDone[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	s := subjectBefore(d, i)
	if s < 0 {
		return -1, -1
	}
	start, kind := c.personEndingAt(d, s)
	if kind != selfPerson && kind != namedPerson && kind != rolePerson {
		return -1, -1
	}
	for e := k + 1; e < k+5 && d.same(i, e); e++ {
		if timingWords[d.toks[e].word] && d.toks[e].word != "before" {
			return start, e + 1
		}
		if d.toks[e].comma {
			break
		}
	}
	return -1, -1
}
