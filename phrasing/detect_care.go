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

// passiveCFTriggers anchor the passive-counterfactual detector.
func passiveCFTriggers() []string {
	out := []string{"had", "if"}
	for w := range passiveModals {
		out = append(out, w)
	}
	return out
}

// detectPassiveCF flags the counterfactuals about care described above.
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
	if _, kind, _ := c.subjectOf(d, i); kind != notPerson && kind != weakPerson {
		return -1, -1 // "we could have been told sooner": not a judgement of us
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
