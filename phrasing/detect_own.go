package phrasing

// More of the writer or the team judging themselves, in the shapes real
// write-ups use: an act labelled a mistake ("the first mistake was an
// update I pushed", "a big mistake I made", "the painful extent of my big
// mistake"), a failure owned ("the biggest failure belongs to me", "I take
// full responsibility for this failure") and an apology for failing
// ("we're sorry we failed this time"). An apology for the outage, a
// mistake found and fixed, and a system's error are accounts, not labels.

// rankWords before "mistake" make it one of the writer's own acts, counted
// or graded: "the first mistake", "the biggest mistake".
var rankWords = set("first", "second", "third", "fourth", "fifth", "next", "last", "final",
	"biggest", "main", "real", "key", "worst", "big", "fundamental", "core", "critical", "major",
	"only", "other", "another", "initial", "original", "primary", "greatest", "costliest")

// harshMistake adjectives judge a mistake wherever it stands: "my big
// mistake", "our stupid mistake".
var harshMistake = set("big", "biggest", "huge", "stupid", "silly", "dumb", "rookie", "costly",
	"worst", "major", "terrible", "careless", "embarrassing", "grave", "serious", "fundamental",
	"massive", "horrible", "awful", "unforgivable", "inexcusable")

// foundVerbs before a mistake make it an account of finding it: "once we
// realized our mistake".
var foundVerbs = set("realized", "realised", "spotted", "found", "noticed", "fixed", "corrected",
	"caught", "saw", "discovered", "understood", "acknowledged", "admitted", "owned", "undid",
	"reverted", "repaired", "identified", "realize", "realise", "fix", "correct", "find", "spot")

// moreOwnMistake finds "the first mistake was", "a big mistake I made" and
// "my big mistake" where ownMistake found nothing, returning the span or
// -1.
func moreOwnMistake(d *doc, i int) (int, int) {
	k := i - 1
	adj := -1
	for k >= i-2 && d.same(k, i) && (rankWords[d.tok(k)] || harshMistake[d.tok(k)]) {
		adj = k
		k--
	}
	for j := k - 1; j >= max(0, k-3) && d.same(j, k); j-- {
		if foundVerbs[d.toks[j].word] {
			return -1, -1
		}
	}
	det := d.tok(k)
	if !d.same(k, i) {
		return -1, -1
	}
	// "a big mistake I made", "the mistake we made was"
	e := i + 1
	if d.tok(e) == "that" || d.tok(e) == "which" {
		e++
	}
	if (d.tok(e) == "i" || d.tok(e) == "we") && d.tok(e+1) == "made" && d.same(i, e+1) {
		if det == "my" || det == "our" || det == "a" || det == "the" || det == "one" || det == "another" || adj >= 0 {
			return max(k, 0), e + 2
		}
	}
	switch det {
	case "the":
		// "The first mistake was a small update I pushed."
		if adj < 0 || !d.toks[k].clause && !sentenceStart(d, k) {
			return -1, -1
		}
		if be := d.tok(i + 1); (be == "was" || be == "is" || be == "were") && d.same(i, i+1) {
			return k, i + 2
		}
	case "my", "our":
		// "the painful extent of my big mistake"
		for j := adj; j >= 0 && j < i; j++ {
			if harshMistake[d.toks[j].word] {
				return k, i + 1
			}
		}
	}
	return -1, -1
}

// ownTriggers anchor the owning and apologising shapes.
var ownTriggers = []string{"belongs", "belonged", "responsibility", "ownership", "sorry", "apologize",
	"apologise", "apologies", "apologized", "apologised", "failure", "regret", "blame", "lacked",
	"lack", "lacks"}

// ownFailWords are what the writer owns when judging themselves.
var ownFailWords = set("failure", "failures", "mistake", "mistakes", "fault", "error", "errors",
	"blunder", "oversight", "negligence", "lapse", "screw-up", "screwup")

// apologyFails after an apology and the writer make it about failing, not
// about the outage: "sorry we failed", "sorry that I let you down".
var apologyFails = set("failed", "let", "messed", "screwed", "dropped", "blew", "botched",
	"neglected", "underestimated")

// ownFailure finds "the biggest failure belongs to me", "I take full
// responsibility for this failure" and "sorry we failed", returning the
// span or -1.
func (c *Checker) ownFailure(d *doc, i int) (int, int) {
	switch w := d.toks[i].word; w {
	case "failure":
		// "our failure to monitor disk usage"
		if p := d.tok(i - 1); (p == "our" || p == "my") && d.tok(i+1) == "to" && d.same(i-1, i+2) {
			return i - 1, i + 3
		}
		return failureToCare(d, i)
	case "lacked", "lack", "lacks":
		// "our team lacked experience with upgrades"; "we lacked a pool
		// alert" names a missing artifact.
		k := i + 1
		if d.tok(k) == "the" || d.tok(k) == "any" || d.tok(k) == "enough" || d.tok(k) == "sufficient" {
			k++
		}
		if !competence[d.tok(k)] || !d.same(i, k) || !c.selfOrPerson(d, i) {
			return -1, -1
		}
		return subjectStartOf(c, d, i), k + 1
	case "regret":
		// "my biggest regret is not testing the migration", "I regret not
		// checking"
		k := i + 1
		if b := d.tok(k); b == "is" || b == "was" {
			k++
		}
		if d.tok(k) != "not" || !d.same(i, k+1) || !gerundLike(d.tok(k+1)) {
			return -1, -1
		}
		a := i - 1
		for a > 0 && d.same(a, i) && (rankWords[d.tok(a)] || harshMistake[d.tok(a)]) {
			a--
		}
		if t := d.tok(a); t != "my" && t != "our" && t != "i" && t != "we" || !d.same(a, i) {
			return -1, -1
		}
		return a, k + 2
	case "blame":
		// "I take the blame for this one"; "we don't assign blame" is not.
		k := i - 1
		if t := d.tok(k); t == "the" || t == "full" || t == "all" || t == "my" || t == "our" {
			k--
		}
		if !takeWords[d.tok(k)] && d.tok(k) != "accept" && d.tok(k) != "accepted" && d.tok(k) != "deserve" {
			return -1, -1
		}
		if s := subjectBefore(d, k); s >= 0 && (d.tok(s) == "i" || d.tok(s) == "we") {
			return s, i + 1
		}
	case "belongs", "belonged":
		// "the biggest failure belongs to me"
		if d.tok(i+1) != "to" && d.tok(i+1) != "with" || !d.same(i, i+2) {
			return -1, -1
		}
		if o := d.tok(i + 2); o != "me" && o != "us" {
			return -1, -1
		}
		for j := i - 1; j >= max(0, i-3) && d.same(j, i); j-- {
			if ownFailWords[d.toks[j].word] || d.toks[j].word == "one" && rankWords[d.tok(j-1)] {
				a := j
				for a > 0 && d.same(a-1, j) && (rankWords[d.tok(a-1)] || npStart[d.tok(a-1)]) {
					a--
				}
				return a, i + 3
			}
		}
	case "responsibility", "ownership":
		// "I take full responsibility for this failure"; "we take
		// responsibility for customer data" is a duty, not a judgement.
		k := i + 1
		if d.tok(k) != "for" && d.tok(k) != "of" {
			return -1, -1
		}
		k++
		if npStart[d.tok(k)] || d.tok(k) == "my" {
			k++
		}
		v := i - 1
		full := false
		if t := d.tok(v); t == "full" || t == "complete" || t == "sole" || t == "all" || t == "total" {
			full, v = true, v-1
		}
		if !takeWords[d.tok(v)] && d.tok(v) != "accept" && d.tok(v) != "accepted" || !d.same(v, k) {
			return -1, -1
		}
		s := subjectBefore(d, v)
		if s < 0 || d.tok(s) != "i" && d.tok(s) != "we" {
			return -1, -1
		}
		if !ownFailWords[d.tok(k)] && !(full && d.tok(s) == "i") {
			return -1, -1
		}
		return s, k + 1
	default:
		// "we're sorry we failed", "I apologise that I let you down"
		k := i + 1
		if d.tok(k) == "that" || d.tok(k) == "for" {
			k++
		}
		if d.tok(k) == "our" || d.tok(k) == "my" {
			if ownFailWords[d.tok(k+1)] || d.tok(k+1) == "failing" {
				return i, k + 2
			}
			return -1, -1
		}
		if d.tok(k) == "failing" && d.same(i, k) {
			return i, k + 1
		}
		if t := d.tok(k); t != "we" && t != "i" || !d.same(i, k+1) {
			return -1, -1
		}
		if !apologyFails[d.tok(k+1)] {
			return -1, -1
		}
		switch d.tok(k + 1) {
		case "let":
			if d.tok(k+3) != "down" && d.tok(k+4) != "down" {
				return -1, -1 // "sorry we let the job run"
			}
		case "dropped":
			if d.tok(k+3) != "ball" {
				return -1, -1 // "sorry we dropped your requests" is the outage
			}
		}
		return i, k + 2
	}
	return -1, -1
}

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
	case "wait":
		return d.tok(k+1) == "for" // "we didn't wait for the canary"
	case "learn":
		return d.tok(k+1) == "from" // "we didn't learn from the last outage"; not "learn about"
	case "do":
		// "we didn't do our due diligence", "did not do enough testing"
		for e := k + 1; e < k+4 && d.same(k, e); e++ {
			switch d.toks[e].word {
			case "diligence", "homework", "testing", "checks", "review", "research":
				return true
			}
		}
		return false
	default:
		return diligenceVerbs[baseOf(w)] && !isParticiple(w) || w == "tested" || w == "checked" ||
			w == "verified" || w == "reviewed" || w == "considered"
	}
}

// hadCareDone are the steps of care that "had not" says were left out:
// "we had not yet prioritised", "the on-call hadn't checked the queue".
var hadCareDone = set("tested", "checked", "double-checked", "verified", "reviewed", "validated",
	"monitored", "documented", "prioritised", "prioritized", "escalated", "communicated",
	"announced", "vetted", "audited", "rehearsed", "staged", "tracked", "followed", "read")

// hadCare reports whether a step of care follows "had not" at k.
func hadCare(d *doc, k int) bool {
	if t := d.tok(k); t == "yet" || t == "even" || t == "ever" {
		k++
	}
	return hadCareDone[d.tok(skipManner(d, k))]
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
		return d.tok(k+2) != "effect" && d.tok(k+2) != "place"
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

// rankedFactor rewrites a counted mistake as a contributing factor: "The
// first mistake was a refactor I pushed" -> "The first contributing factor
// was a refactor I pushed".
func rankedFactor(c *Checker, d *doc, f *Finding, a, b int) {
	if b-a != 4 || d.toks[a].word != "the" || !rankWords[d.tok(a+1)] {
		return
	}
	m := a + 2
	rep := "contributing factor"
	switch d.toks[m].word {
	case "mistake":
	case "mistakes":
		rep = "contributing factors"
	default:
		return
	}
	c.swap(d, f, m, m+1, rep)
	f.Suggestion = d.text[d.toks[a].start:d.toks[m].start] + rep + " " + d.toks[b-1].word
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
		if !carePassives[w] && w != "reviewed" && w != "tested" {
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
