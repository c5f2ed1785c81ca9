package phrasing

import "strings"

// The care the writer or the team left out, and the grammar around it:
// "we had not yet prioritised", "we did not properly take into account",
// "did not have the contract audited", "Also failed to verify ...",
// "Failure to follow the runbook led to ...", "our team lacked
// experience", a subject behind a perfect auxiliary or a relative pronoun.

// careVerbAhead reports whether a step of care follows a negation at k,
// past "yet", "even" or a manner adverb: "we had not yet prioritised",
// "we did not properly take into account".
func careVerbAhead(d *doc, k int) bool {
	if t := d.tok(k); t == "yet" || t == "even" {
		k++
	}
	k = skipManner(d, k)
	switch w := d.tok(k); w {
	case "prioritise", "prioritize", "prioritised", "prioritized":
		return true
	case "take":
		return d.tok(k+1) == "into" && d.tok(k+2) == "account"
	case "ask", "tell", "warn", "consult":
		return true // "we didn't ask partners to provision capacity"
	case "notice", "foresee", "spot":
		// "we did not notice the full disk until morning": a signal missed,
		// judged unless the sentence gives what hid it (reasonGiven).
		// "We didn't notice any difference" reports a test's result.
		return d.tok(k+1) != "any" || d.tok(k+2) == "of"
	case "been":
		return careGerund(d, k+1) // "I had not been checking the inbox"
	case "wait":
		return d.tok(k+1) == "for" // "we didn't wait for the canary"
	case "learn":
		return d.tok(k+1) == "from" // "we didn't learn from the last outage"; not "learn about"
	case "do":
		// "we didn't do our due diligence", "did not do enough testing"
		for e := k + 1; e < k+4 && d.same(k, e); e++ {
			switch d.toks[e].word {
			case "diligence", "homework", "testing", "checks", "review", "research", "qa", "tests", "verification",
				"validation", "vetting", "audit":
				return true
			}
		}
		return false
	default:
		return diligenceVerbs[baseOf(w)] && !isParticiple(w) || w == "tested" || w == "checked" ||
			w == "verified" || w == "reviewed" || w == "considered" ||
			guardSet(d, k) && !missIntended(d, k) // "we never enabled log rotation"; "as planned" meant it
	}
}

// hadCareDone are the steps of care that "had not" says were left out:
// "we had not yet prioritised", "the on-call hadn't checked the queue".
var hadCareDone = set("tested", "checked", "double-checked", "verified", "reviewed", "validated",
	"monitored", "documented", "prioritised", "prioritized", "escalated", "communicated",
	"announced", "vetted", "audited", "rehearsed", "staged", "tracked", "followed", "read",
	"rotated", "renewed", "patched", "revoked", "upgraded", "enforced", "drilled")

// hadCare reports whether a step of care follows "had not" at k.
func hadCare(d *doc, k int) bool {
	if t := d.tok(k); t == "yet" || t == "even" || t == "ever" {
		k++
	}
	k = skipManner(d, k)
	if d.tok(k) == "done" && d.same(k, k+2) {
		n := k + 1
		if d.tok(n) == "any" || d.tok(n) == "much" || d.tok(n) == "enough" {
			n++
		}
		if careLeftNouns[d.tok(n)] || strings.HasSuffix(d.tok(n), "-testing") {
			return true // "we hadn't done any load-testing"
		}
	}
	if d.tok(k) == "been" && careGerund(d, k+1) {
		return true // "we hadn't been patching the old hosts"
	}
	return hadCareDone[d.tok(k)] || d.tok(k) == "written" && d.tok(k+1) == "down" || // "we hadn't written down the steps"
		guardSet(d, k) // "we hadn't set a statement timeout"
}

// tookCharge reports "took ownership", "took action", "took it seriously"
// at k: what nobody did. "None of them took effect" is about changes.
func tookCharge(d *doc, k int) bool {
	if d.tok(k) != "took" && d.tok(k) != "taken" {
		return false
	}
	switch d.tok(k + 1) {
	case "ownership", "action", "responsibility", "notice", "charge", "care", "it", "the", "a",
		"any", "steps", "over":
		switch d.tok(k + 2) {
		case "effect", "place", "blame", "fall", "hit":
			return false // "nobody took the blame" is not a step left undone
		}
		return true
	}
	return false
}

// competence is what a team or a person is said to lack when they are
// judged rather than their tools: "lacked experience".
var competence = set("experience", "expertise", "knowledge", "skills", "skill", "understanding",
	"discipline", "rigor", "rigour", "competence", "judgment", "judgement", "diligence",
	"professionalism", "awareness", "familiarity")

// subjectStartOf returns the first token of the person who is the subject
// of the verb at v (selfOrPerson has said there is one).
func subjectStartOf(c *Checker, d *doc, v int) int {
	s := subjectBefore(d, v)
	if t := d.tok(s); t == "and" || t == "but" {
		s = c.clauseSubject(d, v)
	}
	if st, _ := c.personEndingAt(d, s); st >= 0 {
		return st
	}
	return v
}

// failureCare are steps of care whose "failure to" is a judgement when
// said of what happened: "Failure to follow the runbook led to the
// outage".
var failureCare = set("follow", "test", "check", "verify", "review", "notify", "escalate",
	"communicate", "update", "monitor", "validate", "document", "inform", "consider", "act",
	"respond", "read", "heed", "plan", "prepare", "rotate", "patch", "apply")

// failureToCare finds a clause-opening "Failure to follow the runbook"
// that says what happened ("led to the outage", or the whole item of a
// list); "failure to renew results in a 403" states a rule. It returns
// the span or -1.
func failureToCare(d *doc, i int) (int, int) {
	if !d.toks[i].clause || d.tok(i+1) != "to" || !failureCare[d.tok(i+2)] || !d.same(i, i+2) {
		return -1, -1
	}
	for e := i + 3; e < i+12; e++ {
		if e >= len(d.toks) || !d.same(i, e) {
			return i, i + 3 // the whole item: "Failure to follow the runbook."
		}
		w := d.toks[e].word
		if isParticiple(w) && (w == "led" || w == "caused" || w == "resulted" || w == "meant" ||
			w == "contributed" || w == "allowed" || w == "delayed" || w == "prolonged") || w == "was" {
			return i, i + 3
		}
		if presentVerb(w) || w == "results" || w == "leads" || w == "causes" || w == "means" ||
			w == "will" || w == "can" || w == "may" {
			return -1, -1
		}
	}
	return -1, -1
}

// clauseOpens reports whether token k opens its clause, or follows a word
// that opens one ("because nobody had read it"), rather than ending a
// relative clause ("documents no one had read").
func clauseOpens(d *doc, k int) bool {
	if d.toks[k].clause || k == 0 || !d.same(k-1, k) {
		return true
	}
	switch d.toks[k-1].word {
	case "because", "since", "as", "and", "but", "so", "that", "when", "while", "yet", "though",
		"although", "until", "unless", "if":
		return true
	}
	return false
}

// causativeCare reports "have the contract audited" at k: a step of care
// someone was to have done, left out.
func causativeCare(d *doc, k int) bool {
	for e := k + 2; e < k+6 && d.same(k, e); e++ {
		if carePassives[d.toks[e].word] || d.toks[e].word == "reviewed" || d.toks[e].word == "tested" {
			return true
		}
		if d.toks[e].comma {
			return false
		}
	}
	return false
}

// subjectPast moves from the word before a failure verb to its subject
// past a perfect auxiliary ("a team member had misconfigured the
// balancer", "Bob has ignored") and a relative pronoun after a person ("an
// engineer who forgot a semicolon"). It returns j unchanged otherwise.
func (c *Checker) subjectPast(d *doc, j int) int {
	if j < 0 {
		return j
	}
	switch d.toks[j].word {
	case "had", "has", "have", "'d":
		if s := subjectBefore(d, j); s >= 0 && d.tok(s) != "who" && d.tok(s) != "that" {
			return s
		}
		return j // "people who have never followed the steps": a group, described
	}
	if w := d.tok(j); (w == "who" || w == "that") && j > 1 && d.same(j-2, j) {
		// "an engineer who forgot a semicolon"; not "people who ...".
		p := j - 1
		if _, kind := c.personEndingAt(d, p); (kind == namedPerson || kind == rolePerson) &&
			!isPlural(d.toks[p].word) && (npStart[d.tok(p-1)] || kind == namedPerson) {
			return p
		}
	}
	return j
}

// inIfClause reports whether token i sits in a clause opened by "if" or
// "unless": "if Bob hadn't checked the logs, we would never have found
// it" credits Bob.
func inIfClause(d *doc, i int) bool {
	for k := i - 1; k >= max(0, i-8) && d.same(k, i); k-- {
		if w := d.toks[k].word; w == "if" || w == "unless" {
			return true
		}
		if d.toks[k].clause {
			return false
		}
	}
	return false
}

// causativeStatement turns "have the contract audited before launch" (the
// words from k) into "The contract was not audited before launch", or
// returns "" when no step of care follows the object.
func causativeStatement(d *doc, k, limit int) (stmt, question string) {
	for p := k + 1; p < min(limit, k+5); p++ {
		w := d.toks[p].word
		if !carePassives[w] && w != "reviewed" && w != "tested" && !setupDone[w] {
			continue
		}
		np := trimPunct(d.span(k, p))
		be := "was"
		if isPlural(d.toks[p-1].word) {
			be = "were"
		}
		tail := trimPunct(d.span(p+1, limit))
		return capitalize(joinWords(np+" "+be+" not "+w, tail)),
			"What made having " + lowerFirst(np) + " " + w + " hard at the time?"
	}
	return "", ""
}

// elidedCare finds a sentence that goes on from the writer's last one with
// no subject, "Also failed to verify that the errors mentioned AndroidX",
// and returns the end of the failure or -1. A bare "Failed to verify
// certificate" is a log line, so a linking word must open it.
func elidedCare(d *doc, i int) int {
	first := d.sentOf(i).first
	if i != first+1 || d.toks[i].word != "failed" || d.tok(i+1) != "to" || !d.same(i, i+2) {
		return -1
	}
	switch d.toks[first].word {
	case "also", "then", "and", "but", "again", "additionally":
	default:
		return -1
	}
	if !diligenceVerbs[d.tok(i+2)] {
		return -1
	}
	return i + 3
}

// careGerund reports a step of care as a gerund at k, in the same clause as
// the word before it: "checking", "patching", "monitoring".
func careGerund(d *doc, k int) bool {
	if !d.same(k-1, k) {
		return false
	}
	g := d.tok(k)
	if diligenceGerunds[g] != "" {
		return true
	}
	b := ingBase(g)
	return b != "" && hadCareDone[participle(b)]
}

// signalVerbs are what a signal asks of people: missing one is told with
// what hid it, unlike a step of care left out.
var signalVerbs = set("catch", "notice", "foresee", "spot", "see", "detect", "anticipate", "realize",
	"realise", "recognize", "recognise")

// signalMissed reports whether the act at k (after manner words) is a
// signal caught or seen rather than a step taken.
func signalMissed(d *doc, k int) bool {
	if t := d.tok(k); t == "yet" || t == "even" {
		k++
	}
	return signalVerbs[baseOf(d.tok(skipManner(d, k)))]
}
