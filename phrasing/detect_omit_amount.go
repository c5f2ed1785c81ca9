package phrasing

import "strings"

// Care given in too small an amount, with no one named: "little thought
// was given to the rollback", "not enough attention was paid to the
// warnings", "too little time was spent on testing", "only minimal testing
// was done"; a review place as the one that missed ("code review missed
// the off-by-one", "the bug slipped past review"); and work that lacked a
// quality ("our runbooks lacked detail"). A suite of tests that did not
// catch a bug is a system's result, and a thing that lacked a named part
// ("the pipeline lacked a lint step") names the gap.

// careAmounts are care people give: a small amount of them judges the care.
var careAmounts = set("thought", "attention", "testing", "review", "care", "consideration",
	"time", "effort", "planning", "analysis", "investigation", "verification", "validation",
	"checking", "scrutiny", "diligence", "emphasis", "priority", "focus", "tests", "reviews")

// genericAmounts are care only when what they went to is care: "time
// spent on testing", not "time spent in the queue".
var genericAmounts = set("time", "effort", "priority", "emphasis", "focus")

// careAfterGiven reports whether the words after the participle at i name
// care or an act: "on testing", "to the review", "on reviewing it".
func careAfterGiven(d *doc, i int) bool {
	if t := d.tok(i + 1); t != "on" && t != "to" && t != "into" || !d.same(i, i+1) {
		return false
	}
	for e := i + 2; e < i+5 && d.same(i, e); e++ {
		if w := d.toks[e].word; careAmounts[w] && !genericAmounts[w] || gerundLike(w) {
			return true
		}
	}
	return false
}

// givenVerbs are how care is given in the passive.
var givenVerbs = set("given", "paid", "done", "spent", "devoted", "put", "performed", "conducted",
	"dedicated", "invested", "placed")

// smallAmounts before a kind of care say too little of it was given.
var smallAmounts = set("little", "minimal", "insufficient", "inadequate", "limited", "scant",
	"cursory")

// littleCareGiven finds "little thought was given to the rollback" at i (the
// participle), returning the span or -1. The present ("no validation is
// performed") describes what code does.
func littleCareGiven(d *doc, i int) (int, int) {
	a := i - 1
	if t := d.tok(a); t != "was" && t != "were" || !d.same(a, i) {
		return -1, -1
	}
	n := a - 1
	for n > a-3 && d.same(n, a) && !careAmounts[d.tok(n)] {
		n-- // "little time and effort", "minimal manual testing"
	}
	if !careAmounts[d.tok(n)] || !d.same(n, a) {
		return -1, -1
	}
	w := d.toks[i].word
	if w == "spent" && d.tok(n) != "time" && d.tok(n) != "effort" {
		return -1, -1
	}
	if genericAmounts[d.tok(n)] && !careAfterGiven(d, i) {
		return -1, -1 // "little time was spent in the queue" is the job's
	}
	// The amount: "little", "not enough", "too little", "no" (for what is
	// not a plan passive-miss reads), "only minimal", "very little".
	q := n - 1
	if !d.same(q, n) {
		return -1, -1
	}
	s := q
	switch t := d.tok(q); {
	case smallAmounts[t]:
		for s > 0 && d.same(s-1, q) && (d.tok(s-1) == "too" || d.tok(s-1) == "very" ||
			d.tok(s-1) == "only" || d.tok(s-1) == "so") {
			s--
		}
	case t == "enough" && d.tok(q-1) == "not" && d.same(q-1, q):
		s = q - 1
	case t == "no" && !planNouns[d.tok(n)]:
	case t == "barely" || t == "hardly":
		return -1, -1
	default:
		if d.tok(q) == "any" && (d.tok(q-1) == "barely" || d.tok(q-1) == "hardly") {
			s = q - 1
			break
		}
		return -1, -1
	}
	if !d.toks[s].clause && !sentenceStart(d, s) && !clauseWords[d.tok(s-1)] {
		return -1, -1 // "a job where little time was spent" describes
	}
	if missHypothetical(d, s, a) || deliberate(d, i) {
		return -1, -1
	}
	return s, i + 1
}

// reviewSubjects are where people catch problems; as the subject of a
// miss they stand for the people: "code review missed the off-by-one".
var reviewSubjects = set("review", "reviews", "code-review", "qa", "reviewers", "reviewer",
	"audit", "auditors", "vetting")

// slippedPast finds "the bug slipped past code review", "it slipped
// through the cracks" at i ("slipped"), returning the span or -1.
func slippedPast(d *doc, i int) (int, int) {
	p := i + 1
	if t := d.tok(p); t != "through" && t != "past" && t != "by" || !d.same(i, p) {
		return -1, -1
	}
	for e := p + 1; e < p+4 && d.same(i, e); e++ {
		if w := d.toks[e].word; reviewSubjects[w] || w == "cracks" || w == "testing" || slipGuards[w] {
			return i, e + 1
		}
	}
	return -1, -1
}

// lackedQualities are what work lacks when it is graded: "lacked detail".
var lackedQualities = set("detail", "depth", "rigor", "rigour", "clarity", "thoroughness", "care",
	"polish", "structure", "consistency", "discipline", "coherence", "accuracy", "precision")

// workLacked finds "our runbooks lacked detail" at i ("lacked"), the
// subject being work, returning the span or -1.
func workLacked(d *doc, i int) (int, int) {
	k := i + 1
	if t := d.tok(k); t == "any" || t == "sufficient" || t == "enough" || t == "real" || t == "the" {
		k++
	}
	if !lackedQualities[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	s := workSubject(d, i)
	if s < 0 {
		return -1, -1
	}
	return s, k + 1
}

// reviewMissedIt reports whether the failure verb at i has a review place
// as its subject: "code review missed the off-by-one", "our review process
// did not catch the typo". It returns the subject's first token or -1.
func reviewMissedIt(d *doc, i int) int {
	j := subjectBefore(d, i)
	if j < 0 {
		return -1
	}
	h := j
	if t := d.tok(h); t == "process" || t == "step" || t == "stage" {
		h-- // "our review process"
	}
	if !reviewSubjects[d.tok(h)] || !d.same(h, i) {
		return -1
	}
	s := h
	for s > 0 && d.same(s-1, h) && s > h-3 && !d.toks[s].clause && !d.toks[s-1].comma {
		s--
	}
	return s
}

// catchVerbs are what a review is for: "our review process did not catch
// the typo".
var catchVerbs = set("catch", "notice", "spot", "flag", "find", "detect", "question")

// littleCareRewrite turns "Little thought was given to the rollback." into
// "The rollback got little thought.", and "Not enough attention was paid
// to the warnings." into "The warnings did not get enough attention.": the
// work, not the people who gave it, is the subject. a is the amount's
// first token and i the participle.
func littleCareRewrite(d *doc, f *Finding, a, i int) {
	if d.tok(i+1) != "to" || !d.same(i, i+2) {
		return
	}
	limit := d.sentOf(i).last
	e, _ := objectNP(d, i+2, limit)
	if e < 0 {
		return
	}
	care := strings.ToLower(trimPunct(d.span(a, i-1))) // "little thought", "not enough attention"
	verb := "got " + care
	if rest, ok := strings.CutPrefix(care, "not "); ok {
		verb = "did not get " + rest
	}
	np := trimPunct(d.span(i+2, e))
	setRewrite(d, f, a, limit, capitalize(joinWords(np+" "+verb, trimPunct(d.span(e, limit)))), f.Question)
}
