package phrasing

import "strings"

// The parts of person-failure that work on a finding once it is found (its
// rewrites) and the readings it shares with other detectors: "the wrong"
// target, a subject shared across "and", a present-tense timeline verb, a
// denied authorship.

// slowWords are states of a person that judge their pace or care.
var slowWords = set("slow", "late", "careless", "busy", "distracted", "tired", "junior")

// mistakeAfter reports "a mistake", "an error", "a bad call" at i.
func mistakeAfter(d *doc, i int) bool {
	switch d.tok(i) {
	case "a", "an", "the":
		switch d.tok(i + 1) {
		case "mistake", "error", "blunder", "bad", "wrong", "poor", "careless", "rookie", "silly",
			"incorrect", "faulty", "false", "embarrassing", "stupid", "dumb", "big", "costly",
			"serious", "amateur", "misstep", "mistaken":
			return true
		}
		// "made a critical error in the reward calculation"
		m := d.tok(i + 1)
		return (harshMistake[m] || rankWords[m] || m == "fatal" || m == "significant" || m == "same") &&
			ownFailWords[d.tok(i+2)]
	case "this", "that", "these", "those":
		// "we've made this mistake before"
		return ownFailWords[d.tok(i+1)] || d.tok(i+1) == "same" && ownFailWords[d.tok(i+2)]
	case "mistakes", "errors":
		return true
	}
	return false
}

// passiveRewrite turns "Mary didn't order the VMs on time" into "The VMs
// were not ordered on time": the work, not the person, becomes the subject.
func (c *Checker) passiveRewrite(d *doc, f *Finding, start, verb int) {
	limit := clauseEnd(d, verb)
	stmt, q := workStatement(d, verb, limit, false)
	setRewrite(d, f, start, limit, stmt, q)
	if f.Replacement == "" && !d.sentOf(start).question && rewriteStart(d, start) {
		// The clause ends before the sentence does ("Mary didn't order the
		// VMs, so staging was small"): replace the clause alone.
		s, e := d.toks[start].start, d.toks[limit-1].end
		for e > s && (d.text[e-1] == ',' || d.text[e-1] == ';') {
			e--
		}
		f.Replacement, f.ReplaceOffset, f.ReplaceLength = f.Suggestion, s, e-s
	}
}

// leftOutRewrite turns "They forgot the chain file" into "The chain file
// was left out": the thing, not the person, is the subject.
func (c *Checker) leftOutRewrite(d *doc, f *Finding, start, k int) {
	limit := clauseEnd(d, k)
	npEnd, head := objectNP(d, k, limit)
	if npEnd < 0 {
		f.Question = "What made this easy to leave out at the time?"
		return
	}
	np := trimPunct(d.span(k, npEnd))
	tail := trimPunct(d.span(npEnd, limit))
	setRewrite(d, f, start, limit, capitalize(joinWords(np+" "+beFor(d, head)+" left out", tail)),
		"What made "+lowerFirst(np)+" easy to leave out at the time?")
}

// notOnly reports "didn't just X" and "did not only X" at next, after the
// negated verb at i: the sentence goes on to say more was done, not less.
func notOnly(d *doc, i, next int) bool {
	switch d.tok(next) {
	case "just", "only", "merely", "simply":
		return d.same(i, next) && d.same(next, next+1)
	}
	return false
}

// missRewrite turns "Bob ignored the alert" into "The alert was easy to
// miss." and asks what made it so.
func (c *Checker) missRewrite(d *doc, f *Finding, start, k int) {
	limit := clauseEnd(d, k)
	npEnd, head := objectNP(d, k, limit)
	if npEnd < 0 || npEnd != limit {
		return
	}
	np := trimPunct(d.span(k, npEnd))
	be := "was"
	if isPlural(d.toks[head].word) {
		be = "were"
	}
	setRewrite(d, f, start, limit, capitalize(np)+" "+be+" easy to miss", "What made "+lowerFirst(np)+" easy to miss?")
}

// detectWrong flags a person doing something to "the wrong" thing: "The DBA
// dropped the wrong table", "Kenji deployed to the wrong region".
func detectWrong(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i-1) != "the" && d.tok(i-1) != "a" || !d.same(i-1, i) {
		return
	}
	v := i - 2
	if npStop[d.tok(v)] {
		v-- // "deployed to the wrong region"
	}
	if v < 0 || !d.same(v, i) {
		return
	}
	if vw := d.toks[v].word; !isParticiple(vw) && irregularPast[vw] == "" {
		return
	}
	j := subjectBefore(d, v)
	if j < 0 || j < v-1 && faultAdverbTriggered(d, j+1, v) {
		return // "carelessly deleted the wrong volume" is the fault adverb's
	}
	start, kind := c.personEndingAt(d, j)
	if kind != namedPerson && kind != rolePerson || causedBy(d, start) {
		return
	}
	*out = append(*out, c.finding(d, r, start, min(i+2, d.sentOf(i).last)))
}

// whWords open a clause of what someone knew or remembered.
var whWords = set("what", "which", "where", "how", "when", "why", "who", "that", "about", "whether")

// skipManner skips one manner adverb ("did not extensively test").
func skipManner(d *doc, k int) int {
	if w := d.tok(k); len(w) > 4 && strings.HasSuffix(w, "ly") && d.same(k, k+1) {
		return k + 1
	}
	return k
}

// sharedSubject finds the subject of a verb joined by "and" to an earlier
// one: in "@kim changed the balancer by hand, and did not update the
// template" the failure is @kim's. Only a named person or a role opening
// the sentence counts; it returns the subject's last token or -1.
func (c *Checker) sharedSubject(d *doc, i int) int {
	if p := d.tok(i - 1); p != "and" || !d.same(i-1, i) {
		return -1
	}
	first := d.sentOf(i).first
	for j := first; j < min(first+4, i-1); j++ {
		if _, kind := c.personEndingAt(d, j); (kind == namedPerson || kind == rolePerson) &&
			!d.toks[j].comma && d.same(j, j+1) && !d.toks[j+1].clause {
			if s := d.tok(j + 1); isParticiple(s) || irregularPast[s] != "" || presentVerb(s) {
				return j
			}
		}
	}
	return -1
}

// presentVerb guesses a third-person present verb, as timelines use ("@kim
// applies the certificates").
func presentVerb(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if strings.HasSuffix(w, "ies") && knownVerbs[w[:len(w)-3]+"y"] {
		return true // applies
	}
	return knownVerbs[w[:len(w)-1]] || strings.HasSuffix(w, "es") && knownVerbs[w[:len(w)-2]]
}

// authorVerbs say who made a thing; denied, they disclaim authorship rather
// than admit a step left out.
var authorVerbs = set("write", "author", "develop", "create", "design", "build", "own",
	"maintain", "deploy", "audit")

// disclaimsAuthorship reports whether the negated verb at v denies having
// made someone else's work: "Disclaimer: the team did not write or deploy
// the original contract".
func disclaimsAuthorship(d *doc, v int) bool {
	if !authorVerbs[baseOf(d.toks[v].word)] {
		return false
	}
	if d.toks[d.sentOf(v).first].word == "disclaimer" {
		return true
	}
	for k := v + 1; k < v+6 && d.same(v, k); k++ {
		if d.toks[k].word == "original" {
			return true
		}
	}
	return false
}
