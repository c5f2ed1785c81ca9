package phrasing

import "strings"

// A step of care said to have been left out, when the one who left it is
// the writer, the team or hidden by a passive: "we focused on the CDN
// without verifying the origin", "the update was deployed without first
// being tested", "Deployed without review". unsafe-action covers a named
// person or a role doing a risky thing; this covers the rest. A process
// described in the present ("docs changes are merged without review"), a
// requirement ("nothing may be deployed without being tested"), a system
// as the subject ("the job ran without checking the lock") and what a tool
// lets people do ("we can now deploy without waiting") are not.

// careGerunds are steps of care a person takes: leaving one out judges
// them.
var careGerunds = set("verifying", "checking", "double-checking", "testing", "reviewing",
	"confirming", "validating", "consulting", "asking", "telling", "notifying", "informing",
	"waiting", "reading", "looking", "considering", "thinking", "analysing", "analyzing",
	"investigating", "understanding", "coordinating", "announcing", "warning", "backing",
	"rehearsing", "staging", "questioning", "escalating", "communicating", "measuring",
	"benchmarking", "auditing", "inspecting", "examining", "evaluating", "planning")

// careLeftNouns are steps of care named as nouns: "without review",
// "without much thought".
var careLeftNouns = set("review", "reviews", "testing", "tests", "test", "analysis",
	"investigation", "verification", "validation", "thought", "consideration", "approval",
	"approvals", "sign-off", "signoff", "backup", "backups", "checks", "check", "coordination",
	"warning", "notice", "planning", "rehearsal", "canary", "dry-run", "care", "caution", "qa",
	"diligence", "oversight", "supervision", "audit", "audits", "auditing", "plan", "plans",
	"discussion", "consultation", "eyes")

// carePassives after "without being" are steps of care: "without first
// being tested".
var carePassives = set("tested", "reviewed", "checked", "verified", "validated", "approved",
	"staged", "canaried", "audited", "inspected", "examined", "double-checked", "rehearsed",
	"announced", "communicated", "backed", "vetted", "evaluated", "benchmarked")

// careLeftMods may come between "without" and the step left out.
var careLeftMods = set("a", "an", "any", "first", "proper", "properly", "thorough", "thoroughly",
	"careful", "carefully", "much", "further", "enough", "sufficient", "adequate", "prior",
	"even", "ever", "actually", "really", "second", "peer", "code", "real", "fully", "formal",
	"more", "additional", "some", "explicit", "written", "manual", "load", "unit", "integration",
	"smoke", "regression", "security", "performance", "end-to-end")

// notPastAux before a verb make it a process, a rule or a possibility
// rather than something that happened.
var notPastAux = set("is", "are", "be", "being", "can", "could", "will", "would", "should",
	"must", "may", "might", "gets", "get", "cannot", "can't", "won't", "to", "shall", "never",
	"don't", "doesn't", "not", "able", "allowed")

// toVerbs before "to" govern the verb that went without: "we had to
// deploy without testing" was forced, and "decided to" is a choice weighed.
var toVerbs = set("had", "decided", "chose", "wanted", "needed", "tried", "opted", "agreed",
	"planned", "intended", "used", "began", "started", "continued", "got", "seemed", "appeared",
	"happened", "attempted", "asked", "told", "allowed", "forced", "required", "expected")

// designVerbs before an infinitive give a system a behaviour: "we
// modified the worker to drop messages without waiting".
var designVerbs = set("modified", "changed", "updated", "configured", "adjusted", "built",
	"designed", "rewrote", "rewritten", "reworked", "tuned", "set", "patched", "altered", "made")

// pastAux before a participle make a passive that happened: "was deployed".
var pastAux = set("was", "were", "got", "been")

// detectCareSkipped flags a step of care left out by the writer, the team
// or a hidden agent, and a thing let lapse.
func detectCareSkipped(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || !d.same(i, i+1) {
		return
	}
	if w := d.toks[i].word; w == "let" || w == "allowed" {
		if a, b := c.letLapse(d, i); a >= 0 {
			c.careFinding(d, r, a, b, out)
			lapsedRewrite(d, &(*out)[len(*out)-1], a, i, b)
		}
		return
	}
	k := i + 1
	if d.toks[i].word == "with" {
		// "went out with no review" is "without review"
		if d.tok(k) != "no" || !d.same(i, k+1) {
			return
		}
		k++
	}
	for n := 0; n < 3 && careLeftMods[d.tok(k)] && d.same(i, k+1); n++ {
		k++
	}
	if k = doneStep(d, i, k); k < 0 {
		return
	}
	w := d.toks[k].word
	anyone := false
	if someoneWords[w] && careGerunds[d.tok(k+1)] && d.same(i, k+1) {
		anyone, k = true, k+1 // "went out without anyone reviewing it"
		w = d.toks[k].word
	}
	switch {
	case w == "being" && carePassives[d.tok(k+1)] && d.same(i, k+1):
		k++
	case w == "running" || w == "executing":
		// "without running the test suite"
		found := false
		for e := k + 1; e < k+4 && d.same(i, e); e++ {
			switch d.toks[e].word {
			case "tests", "test", "suite", "ci", "checks", "linter", "lint", "dry-run", "canary",
				"locally", "staging", "first", "beforehand":
				found, k = true, e
			}
			if found {
				break
			}
		}
		if !found {
			return
		}
	case careGerunds[w]:
		if w == "backing" && d.tok(k+1) != "up" || w == "looking" && d.tok(k+1) != "at" && d.tok(k+1) != "into" {
			return
		}
	case capacityLeft(d, k):
		// "without setting aside enough resources"
	case careLeftNouns[w]:
		if w == "warning" || w == "notice" {
			if d.tok(k-1) != "any" && d.tok(k-1) != "a" && d.tok(k-1) != "prior" && d.tok(k-1) != "enough" {
				return // "without warning" as a plain account of what happened
			}
		}
	default:
		return
	}
	end := k + 1
	if reasonAfter(d, end) {
		return // "we deployed without a canary because the canary stage was broken"
	}
	// The verb the step of care belongs to, back in the same clause.
	purpose := false // an infinitive stands between: "changed the worker to drop messages without waiting"
	for v := i - 1; v >= 0 && v >= i-10 && d.same(v, i); v-- {
		vw := d.toks[v].word
		if vw == "to" && v+1 < i {
			purpose = true
		}
		if purpose && designVerbs[vw] {
			return // the behaviour a change gave the system, not a step someone left out
		}
		if d.toks[v].comma {
			return
		}
		if vw == "without" {
			if p := d.tok(i - 1); (p == "and" || p == "or") && v < i-2 {
				continue // "shipped it without a kill switch and without load testing"
			}
			return
		}
		if judgedVerbs[vw] {
			return // "has been proved not worth it without a clear plan": a judgement, not an act
		}
		if !isParticiple(vw) && irregularPast[vw] == "" || d.tok(v+1) == "to" && toVerbs[vw] {
			if d.toks[v].clause {
				return
			}
			continue
		}
		b := v - 1
		for b >= 0 && d.same(b, v) && adverbLike(&d.toks[b]) && !d.toks[b+1].clause {
			b--
		}
		aux := ""
		if b >= 0 && d.same(b, v) && !d.toks[b+1].clause {
			aux = d.toks[b].word
		}
		switch {
		case notPastAux[aux] || aux == "had" && d.tok(b-1) == "if":
			return
		case pastAux[aux]:
			// "The update was deployed without first being tested": the
			// passive hides whoever left the step out.
			a := b
			if s := subjectBefore(d, b); s >= 0 {
				if st, _ := c.personEndingAt(d, s); st >= 0 {
					a = st
				}
			}
			c.careFinding(d, r, a, end, out)
			if aux != "been" && sentenceStart(d, passiveSubject(d, b)) {
				// "The update was deployed without being tested." -> "The
				// update could be deployed without being tested.": the
				// gap is the system's.
				f := &(*out)[len(*out)-1]
				c.swap(d, f, b, b+1, "could be")
				s := passiveSubject(d, b)
				f.Suggestion = capitalize(strings.TrimSpace(d.text[d.toks[s].start:d.toks[b].start] +
					"could be " + d.text[d.toks[b+1].start:d.toks[end-1].end]))
			}
			return
		case d.toks[v].clause || aux == "":
			// "Deployed without review." as an item in a list of what
			// went wrong.
			c.careFinding(d, r, v, end, out)
			return
		}
		start, kind, s := c.subjectOf(d, v)
		if s < 0 {
			return
		}
		if anyone {
			kind = selfPerson
			if start < 0 {
				start = v
			}
		}
		switch kind {
		case selfPerson:
		case namedPerson, rolePerson:
			if riskyVerbs[vw] && safeguards[w] {
				return // unsafe-action's own shape
			}
		default:
			return // "the job ran without checking the lock"
		}
		if d.toks[s].word == "you" {
			return // advice to readers
		}
		c.careFinding(d, r, start, end, out)
		return
	}
}

// judgedVerbs weigh a thing rather than do it.
var judgedVerbs = set("proved", "proven", "shown", "deemed", "found", "considered", "judged",
	"seemed", "seen", "thought", "believed")

// someoneWords before a step of care make anyone its subject: "without
// anyone reviewing it" says nobody took the step, whatever the verb's
// subject.
var someoneWords = set("anyone", "anybody", "someone", "somebody")

// careFinding adds a care-skipped finding over tokens [a, b) with its
// question for the room.
func (c *Checker) careFinding(d *doc, r *rule, a, b int, out *[]Finding) {
	f := c.finding(d, r, a, b)
	f.Question = "What made this step easy to skip at the time, and what would have asked for it?"
	*out = append(*out, f)
}

// lapseVerbs are what a thing does when nobody looks after it: "we let the
// certificate expire".
var lapseVerbs = set("expire", "lapse", "slip", "fill", "rot", "drift", "languish", "accumulate",
	"pile", "run", "go", "fall", "sit", "linger")

// lapseAfter completes the lapse verbs that need a word after them: "run
// out", "go stale", "fall behind".
var lapseAfter = map[string]string{"run": "out", "go": "stale unpatched unnoticed unanswered unmonitored",
	"fall": "behind through", "sit": "unanswered unpatched unreviewed", "pile": "up", "fill": "up"}

// letLapse finds "we let the certificate expire", "the team allowed the
// backlog to pile up": the writer, the team or a person letting a thing
// lapse. It returns the span or -1.
func (c *Checker) letLapse(d *doc, i int) (int, int) {
	k := i + 1
	if d.toks[i].word == "allowed" && (d.tok(i-1) == "was" || d.tok(i-1) == "were" || d.tok(i-1) == "be") {
		// "the certificate was allowed to expire" hides who let it; "the
		// job was allowed to run" is the design.
		if d.tok(i-1) != "be" && d.tok(i+1) == "to" && neglectVerbs[d.tok(i+2)] && d.same(i, i+2) &&
			!deliberate(d, i) && !questionSentence(d, i) {
			return passiveSubject(d, i-1), i + 3
		}
		return -1, -1
	}
	for n := 0; n < 4 && d.same(i, k) && !lapseVerbs[d.tok(k)]; n++ {
		if d.toks[k].comma {
			return -1, -1
		}
		k++
	}
	if d.toks[i].word == "allowed" {
		if d.tok(k-1) != "to" {
			return -1, -1
		}
	} else if d.tok(k-1) == "to" {
		return -1, -1
	}
	v := d.tok(k)
	if !lapseVerbs[v] || k == i+1 || !d.same(i, k) || d.toks[i].word == "allowed" && !neglectVerbs[v] {
		return -1, -1
	}
	if deliberate(d, i) {
		return -1, -1 // "we let the budget run out before paging, by design"
	}
	end := k + 1
	if want, ok := lapseAfter[v]; ok {
		n := d.tok(k + 1)
		hit := false
		for _, w := range strings.Fields(want) {
			hit = hit || n == w
		}
		if !hit || !d.same(i, k+1) {
			return -1, -1
		}
		end = k + 2
	}
	start, kind, s := c.subjectOf(d, i)
	if !isSomeone(kind) || d.tok(s) == "you" {
		return -1, -1
	}
	return start, end
}

// openers start a clause before its subject: "After a small update was
// deployed ...".
var openers = set("after", "when", "once", "since", "because", "as", "while", "if", "before",
	"and", "but", "so", "then", "although", "though", "until")

// passiveSubject returns the first token of the subject of the passive
// whose auxiliary is at b: the words back to the start of the clause,
// past any opening conjunction.
func passiveSubject(d *doc, b int) int {
	s := b
	for s > 0 && s > b-8 && d.same(s-1, b) && !d.toks[s].clause {
		s--
	}
	for s < b && openers[d.toks[s].word] {
		s++
	}
	return s
}

// neglectVerbs are the lapses "allowed ... to" still judges: "allowed the
// certificate to expire"; "allowed the retries to run out" is often the
// design.
var neglectVerbs = set("expire", "lapse", "rot", "languish", "pile", "drift", "accumulate")

// deliberate reports whether the sentence holding i says the thing was
// meant: "by design", "on purpose", "intentionally".
func deliberate(d *doc, i int) bool {
	sent := d.sentOf(i)
	for k := max(sent.first, i-maxClause); k < min(sent.last, i+maxClause); k++ {
		switch d.toks[k].word {
		case "design", "purpose", "intentionally", "deliberately", "intended", "planned", "expected":
			return true
		}
	}
	return false
}

// wipeVerbs destroy what they touch.
var wipeVerbs = set("deleted", "dropped", "wiped", "truncated", "overwrote", "overwritten",
	"nuked", "destroyed", "erased", "purged", "removed", "corrupted")

// juniorWiped finds "the intern deleted the production database": a junior
// role destroying something in production, which points at them as
// "ran a DELETE against production" does. It returns the span or -1.
func (c *Checker) juniorWiped(d *doc, i int) (int, int) {
	if d.tok(i-1) != "the" && d.tok(i-1) != "our" || !d.same(i-1, i+1) {
		return -1, -1
	}
	v := i - 2
	if !wipeVerbs[d.tok(v)] || !d.same(v, i) {
		return -1, -1
	}
	start, kind, j := c.subjectOf(d, v)
	if kind != rolePerson || !juniorSpan(d, start, j) {
		return -1, -1
	}
	return start, i + 2
}

// reasonAfter reports whether a reason follows token k in its sentence,
// within a few words: "merged without review because the bot marks
// config-only changes as trivial". The reason is the system's, and the
// sentence is an account of it.
func reasonAfter(d *doc, k int) bool {
	for e := k; e < k+8 && d.same(k-1, e) && e < len(d.toks); e++ {
		switch d.toks[e].word {
		case "because", "since", "due", "as":
			return d.toks[e].word != "as" || d.tok(e+1) == "the" || d.tok(e+1) == "it"
		}
	}
	return false
}
