package phrasing

import "strings"

// People named as the agent of a failure when they are not the grammatical
// subject next to the verb: a passive with an agent ("the table was
// dropped by the intern"), a person's work as the subject ("Sam's change
// broke checkout"), and a subject that opens its clause several words
// before the failure ("During the cutover, @kim edited the balancer by
// hand, and did not update the template").

// lyNouns end in -ly but are nouns or verbs, not manner adverbs, so they
// are never skipped on the way back to a subject.
var lyNouns = set("supply", "family", "assembly", "reply", "rally", "anomaly", "ally", "fly",
	"belly", "jelly", "monopoly", "apply", "multiply", "rely", "comply", "imply", "early",
	"daily", "weekly", "monthly", "hourly", "nightly", "yearly", "quarterly", "italy", "july",
	"butterfly", "dragonfly", "firefly", "bully", "holly", "lily", "melly", "sally", "molly")

// adverbLike reports whether the token is an adverb that may sit between a
// subject and its verb: a listed one, or a lower-case manner adverb in -ly
// ("Bob manually applies", "@kim carelessly ran"). A capital rules out
// names such as Emily.
func adverbLike(t *token) bool {
	w := t.word
	return adverbs[w] || !t.cap && len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// clauseSubject finds the subject of a failure verb joined by "and" or
// "but" to an earlier verb of the same sentence: "@kim changed the
// balancer by hand, and did not update the template", "Other people saw
// the issue but did not respond". The subject is a named person or a role
// that opens the sentence or a clause (after an opening adverbial or a
// parenthesis), or the writer anywhere, followed, past any adverbs, by a
// verb. The nearest
// such subject before the verb wins. It returns the subject's last token,
// or -1.
func (c *Checker) clauseSubject(d *doc, i int) int {
	p := d.tok(i - 1)
	if p == "then" && d.same(i-2, i) && (d.tok(i-2) == "and" || d.tok(i-2) == "but" || d.toks[i-2].comma) {
		p = "and" // "upgraded the primary, then did not upgrade the replicas"
	}
	if p != "and" && p != "but" || !d.same(i-1, i) {
		return -1
	}
	sent := d.sentOf(i)
	best := -1
	for j := max(sent.first, i-maxClause); j < i-1; j++ {
		d.steps++
		start, kind := c.personEndingAt(d, j)
		switch kind {
		case namedPerson, rolePerson:
			if start != sent.first && !d.toks[start].clause {
				continue
			}
		case selfPerson:
			// "a problem we knew was coming, but did not keep an eye on
			// it": the writer may open a relative clause; only care left
			// out counts against a self subject, as with any other.
		default:
			continue
		}
		if d.toks[j].comma || d.toks[j+1].clause {
			continue
		}
		k := j + 1
		for k < i-1 && d.same(j, k) && adverbLike(&d.toks[k]) {
			k++
		}
		if s := d.tok(k); isParticiple(s) || irregularPast[s] != "" || presentVerb(s) {
			best = j
		}
	}
	return best
}

// appositiveSubject finds a person named before a parenthetical that sits
// between subject and verb: "Bob, the on-call that night, did not
// escalate", "The DBA (new to the team) forgot to pause replication". The
// word before the verb closes the parenthetical; the subject is the word
// before the parenthetical opened, and must open the sentence or a
// clause. It returns the subject's last token, or -1.
func (c *Checker) appositiveSubject(d *doc, i int) int {
	if i < 2 || !d.same(i-1, i) || !d.toks[i-1].comma {
		return -1
	}
	first := d.sentOf(i).first
	for j := i - 2; j >= max(first, i-10); j-- {
		if !d.toks[j].comma {
			continue
		}
		start, kind := c.personEndingAt(d, j)
		if kind == notPerson {
			// "The maintainer of the old service, who had since moved
			// teams, did not rotate the keys"
			if s := c.roleBeforePP(d, j); s >= 0 {
				start, kind = s, rolePerson
			}
		}
		if kind != namedPerson && kind != rolePerson && kind != selfPerson || start != first && !d.toks[start].clause {
			return -1
		}
		return j
	}
	return -1
}

// damaged are participles that blame when a person is their agent: "was
// dropped by the intern", "was broken by Bob's change".
var damaged = set("caused", "broken", "deleted", "dropped", "wiped", "corrupted", "overwritten",
	"misconfigured", "introduced", "botched", "ignored", "overlooked", "missed", "forgotten",
	"neglected", "mishandled", "skipped", "leaked", "bungled", "mistyped", "truncated", "destroyed",
	"dismissed", "disregarded", "bypassed")

var beForms = set("was", "were", "been", "being", "is", "are", "got", "get")

// detectPassiveAgent flags a failure in the passive with a person as its
// agent: "The table was dropped by the intern", "the outage was caused by
// @kim's deploy". Its rewrite keeps the passive and drops the agent.
func detectPassiveAgent(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	v := i - 1
	miss := missedBy(d, v)
	if v < 1 || !d.same(v, i) || !damaged[d.toks[v].word] && !badlyDone(d, v) && !faultMade(d, v) && miss < 0 {
		return
	}
	b := v - 1
	for b > 0 && d.same(b, v) && (adverbLike(&d.toks[b]) || intensifiers[d.toks[b].word]) {
		b--
	}
	if miss >= 0 {
		b = v - 1 // "weren't noticed by", "was not caught by"
	} else if !d.same(b, v) || !beForms[d.toks[b].word] {
		return
	}
	if !d.same(i, i+1) {
		return
	}
	k := i + 1
	end := -1
	switch t := &d.toks[k]; {
	case t.handle:
		end = k + 1
	case t.word == "them" || t.word == "it" || t.word == "someone" || t.word == "somebody":
		return // "them" is as often the systems just named
	case badlyDone(d, v) && t.cap && !t.clause && !c.notNames[t.word] && !systemName(d.text[t.start:t.end]):
		end = k + 1 // "very poorly designed by Jacob": a person or an organisation graded
	default:
		end = c.personStartingAt(d, k)
		if miss >= 0 {
			if end < 0 {
				end = oneDoing(d, k) // "by the one pushing the changes"
			} else {
				end = doingAfter(d, end) // "by the person merging it"
			}
		}
		if end < 0 {
			// "by Bob's change", "by the intern's script"
			for e := k; e < min(k+4, len(d.toks)) && d.same(k, e); e++ {
				if possessive(d.toks[e].word) && c.possessorBefore(d, e+1) >= 0 && d.same(e, e+1) {
					end = e + 2
					break
				}
			}
		}
	}
	if end < 0 {
		return
	}
	if orgRoles[d.toks[end-1].word] && !orgFaults[d.toks[v].word] {
		return // "deleted by the cloud vendor" is what the vendor's system did
	}
	f := c.finding(d, r, i, end)
	f.Question = "What made this easy to do at the time, and what would have stopped it?"
	if vw := d.toks[v].word; vw != "caused" && vw != "introduced" && !badlyDone(d, v) && !faultMade(d, v) {
		// "The table was dropped by the intern." -> "The table was dropped."
		s, e := d.toks[v].start, d.toks[end-1].end
		f.Replacement, f.ReplaceOffset, f.ReplaceLength = d.text[d.toks[v].start:d.toks[v].end], s, e-s
	}
	*out = append(*out, f)
}

// workCause are the failure verbs whose subject may be a person's work.
var workCause = set("broke", "caused", "took", "brought")

// orgActs are things only people and organisations do (or fail to do), so
// a capitalised name that did not do them is an organisation judged, not
// a system: "Optimism didn't give Alchemy notice", "Acme did not tell us".
var orgActs = set("ask", "inform", "consult", "coordinate", "communicate", "announce",
	"disclose", "bother", "engage", "apologize", "apologise", "contact")

// orgAct reports whether the verb at k is one of orgActs, or "give"
// followed by notice ("didn't give the provider enough notice").
func orgAct(d *doc, k int) bool {
	if orgActs[baseOf(d.tok(k))] {
		return true
	}
	if baseOf(d.tok(k)) != "give" {
		return false
	}
	for e := k + 1; e < k+6 && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "notice", "warning", "heads-up", "heads":
			return true
		}
	}
	return false
}

// faultAdverbTriggered reports whether a fault adverb sits in [a, b).
func faultAdverbTriggered(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := faultAdverbs[d.toks[k].word]; ok {
			return true
		}
	}
	return false
}

// has reports whether w is one of the detector's trigger words.
func (x detector) has(w string) bool {
	for _, t := range x.triggers {
		if t == w {
			return true
		}
	}
	return false
}

// orgRoles name another organisation. As the agent of a passive they blame
// only with orgFaults: "the resources were deleted by the vendor" is what
// the vendor's systems did, "the warning was ignored by the vendor" judges.
var orgRoles = set("vendor", "vendors", "provider", "providers", "supplier", "suppliers",
	"partner", "partners", "registrar", "company", "companies", "organisation", "organisations",
	"organization", "organizations")

var orgFaults = set("caused", "ignored", "overlooked", "missed", "neglected", "botched",
	"mishandled", "forgotten", "bungled")

// eyeKept reports "keep an eye", "keep a close eye" at k: watching is care.
func eyeKept(d *doc, k int) bool {
	if d.tok(k) != "keep" {
		return false
	}
	for e := k + 1; e < k+5 && d.same(k, e); e++ {
		if d.toks[e].word == "eye" || d.toks[e].word == "eyes" {
			return true
		}
	}
	return false
}

// badStates complete "left X in a ... state": something a person left
// broken for the next run to trip on.
var badStates = set("bad", "broken", "inconsistent", "dirty", "half-finished", "corrupt",
	"corrupted", "unusable", "messy", "unknown", "partial", "half-migrated", "conflicted")

// detectLeftState flags a person who left something in a bad state: "Bob
// left the checkout in a broken state", "@kim appears to have left the
// branch in a bad, merge-conflict state".
func detectLeftState(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	found := false
	for e := i + 1; e < min(i+24, len(d.toks)) && d.same(i, e); e++ {
		if d.toks[e].word == "state" || d.toks[e].word == "shape" {
			for k := e - 1; k > e-4 && k > i; k-- {
				if badStates[d.toks[k].word] && (d.tok(k-1) == "a" || d.tok(k-1) == "an" || d.tok(k-2) == "a" ||
					d.tok(k-2) == "in") {
					found = true
				}
			}
			break
		}
	}
	if !found {
		return
	}
	v := i
	// "appears to have left", "seems to have left"
	if d.tok(i-1) == "have" && d.tok(i-2) == "to" && d.same(i-3, i) {
		switch d.tok(i - 3) {
		case "appears", "seems", "appeared", "seemed":
			v = i - 3
		}
	}
	j := subjectBefore(d, v)
	if j < 0 {
		return
	}
	start, kind := c.personEndingAt(d, j)
	if kind != namedPerson && kind != rolePerson {
		return
	}
	*out = append(*out, c.finding(d, r, start, i+1))
}
