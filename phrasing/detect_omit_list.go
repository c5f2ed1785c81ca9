package phrasing

import "strings"

// Steps of care listed as left out, beyond the care verbs the omission
// rule began with: any act opening an item of what went wrong ("Not
// running the config sync on all hosts", "Not using precise language"),
// "No documenting" as an item, the writer or the team who "have not done
// this" for one part of the work, and a step done wrong in the
// progressive ("I was not setting the correct variable"). Not knowing, not
// receiving and not having are accounts and conditions ("Not knowing the
// quota was shared, we ..."); a status ("Not working, see the ticket") has
// no object.

// plainGerunds after an opening "Not" are accounts or states, not steps
// left out.
var plainGerunds = set("having", "being", "knowing", "realizing", "realising", "receiving",
	"getting", "hearing", "expecting", "needing", "wanting", "seeing", "including", "counting",
	"working", "loading", "responding", "affecting", "applicable", "anything", "everything",
	"nothing", "something", "surprising", "during", "bring", "thing", "morning", "evening",
	"meaning", "feeling", "sleeping", "waiting", "trying", "going", "coming", "existing",
	"blocking", "breaking", "mattering", "matching")

// noGerunds after an opening "No" are steps of care named as acts: "No
// documenting, just tinkering".
var noGerunds = set("documenting", "testing", "reviewing", "monitoring", "checking",
	"planning", "communicating", "tracking", "recording", "verifying", "validating",
	"rehearsing", "alerting", "coordinating", "escalating", "staging", "logging")

// guardGerunds are guards a system has or lacks, not acts of care.
var guardGerunds = set("monitoring", "alerting", "logging", "tracking", "recording")

// guardAimed reports whether the guard at k is told with what it would
// have covered ("on the queue depth", "for this failure mode") or what it
// was for ("to surface the outage quickly").
func guardAimed(d *doc, k int) bool {
	if targetNamed(d, k) {
		return true
	}
	// "to surface the outage", or where it points: "to the queue".
	return d.tok(k+1) == "to" && d.same(k, k+2) && !d.toks[k].comma
}

// doneObjects after "have not done" point back at the step: "we have not
// done this for external dependencies".
var doneObjects = set("this", "that", "so", "it", "any", "the", "such", "these", "those")

// moreOmission flags the shapes above at i ("not" or "no"), returning
// whether it did.
func moreOmission(c *Checker, d *doc, i int, r *rule, out *[]Finding) bool {
	w := d.toks[i].word
	k := i + 1
	if !d.same(i, k) {
		return false
	}
	switch w {
	case "missed":
		return c.missedStep(d, r, i, out)
	case "leaving":
		return c.leftInPlace(d, r, i, out)
	case "haven't", "hasn't":
		return c.notSince(d, r, i, i, k, out)
	case "weren't", "wasn't":
		return c.notWatching(d, r, i, i, k, out)
	}
	n := d.toks[k].word
	if d.toks[i].clause && !d.toks[i].comma && sentenceStart(d, i) {
		if w == "no" && guardGerunds[n] && guardAimed(d, k) {
			return false // "No monitoring on the queue depth": the gap, named
		}
		if w == "no" && noGerunds[n] && !finiteVerbs[d.tok(k+1)] && !d.sentOf(i).question {
			c.omissionFinding(d, r, i, k+1, out)
			return true
		}
		if w == "not" && gerundLike(n) && !plainGerunds[n] && d.same(k, k+1) && !d.toks[k].comma &&
			!d.sentOf(i).question && !finiteVerbs[d.tok(k+1)] && !verbAhead(d, k) {
			c.omissionFinding(d, r, i, k+1, out)
			notDoingRewrite(c, d, &(*out)[len(*out)-1], i, k)
			return true
		}
		return false
	}
	if w == "no" {
		return c.gaveNoNotice(d, r, i, out) || c.thereWasNo(d, r, i, out)
	}
	if w != "not" {
		return false
	}
	ai := i - 1
	if adverbs[d.tok(ai)] && d.same(ai-1, i) {
		ai-- // "we have still not rotated the keys"
	}
	switch aux := d.tok(ai); {
	case aux == "have" || aux == "has":
		if c.notSince(d, r, ai, i, k, out) {
			return true
		}
	case aux == "was" || aux == "were":
		if c.notWatching(d, r, ai, i, k, out) {
			return true
		}
	}
	aux := d.tok(i - 1)
	switch {
	case (aux == "have" || aux == "has") && (n == "done" || n == "performed" || n == "conducted") &&
		doneObjects[d.tok(k+1)] && d.same(i, k+1):
		// "we have not done this for external dependencies"
		// Work still ahead is not a step left out: "we have not done this
		// yet, it is planned for March".
		if s := subjectBefore(d, i-1); s >= 0 && !questionSentence(d, i) && !yetAhead(d, k) && !deliberate(d, i) {
			if st, kind := c.personEndingAt(d, s); isSomeone(kind) && d.tok(s) != "you" {
				c.omissionFinding(d, r, st, k+1, out)
				if o := d.tok(k + 1); (o == "this" || o == "that" || o == "it") && rewriteStart(d, st) {
					// "we have not done this for vendors" -> "this has not been done for vendors"
					c.swap(d, &(*out)[len(*out)-1], st, k+2, o+" has not been "+n)
				}
				return true
			}
		}
	case (aux == "was" || aux == "were") && gerundLike(n) && !plainGerunds[n]:
		// "I was not setting the correct environment variable"
		right := false
		for e := k + 1; e < k+4 && d.same(i, e); e++ {
			if t := d.toks[e].word; t == "correct" || t == "right" || t == "proper" || t == "expected" {
				right = true
			}
		}
		if s := subjectBefore(d, i-1); right && s >= 0 && !questionSentence(d, i) {
			if st, kind := c.personEndingAt(d, s); isSomeone(kind) && d.tok(s) != "you" {
				c.omissionFinding(d, r, st, k+1, out)
				return true
			}
		}
	}
	return false
}

// missedSteps after "a missed" name a step of care people take: "a missed
// configuration rollback". "Missed blocks" and "missed pages" are counts
// of what a machine or a rota dropped.
var missedSteps = set("rollback", "step", "steps", "update", "check", "renewal", "review",
	"backup", "patch", "upgrade", "handover", "handoff", "revert", "rotation", "follow-up",
	"escalation", "sign-off", "announcement")

// missedStep flags "a missed configuration rollback" at i ("missed"): a step
// of care listed as left out with no one named.
func (c *Checker) missedStep(d *doc, r *rule, i int, out *[]Finding) bool {
	if p := d.tok(i - 1); p != "a" && p != "the" && p != "one" || !d.same(i-1, i) {
		return false
	}
	for e := i + 1; e < i+3 && d.same(i, e); e++ {
		if missedSteps[d.toks[e].word] {
			c.omissionFinding(d, r, i-1, e+1, out)
			return true
		}
		if d.toks[e].comma || npStop[d.toks[e].word] {
			break
		}
	}
	return false
}

// leftOn are the states a thing is left in that a step of care would have
// undone: "leaving an Apache flag on a machine".
var leftOn = set("on", "enabled", "open", "running", "behind", "unpatched", "unchanged", "active",
	"exposed", "unlocked", "public")

// leftInPlace flags an item that opens with "Leaving" and leaves a thing in
// a state a step of care would have undone: "Leaving an Apache flag on a
// machine that never uses it". "Leaving the office, I saw ..." is a
// narrative.
func (c *Checker) leftInPlace(d *doc, r *rule, i int, out *[]Finding) bool {
	if !sentenceStart(d, i) || d.toks[i].comma || d.sentOf(i).question {
		return false
	}
	if n := d.tok(i + 1); !npStart[n] && !possessive(n) || !d.same(i, i+1) {
		return false
	}
	for e := i + 2; e < i+7 && d.same(i, e); e++ {
		if d.toks[e-1].comma {
			return false
		}
		if t := d.toks[e].word; t == "door" || t == "room" || t == "option" || t == "options" {
			return false // "leaving the door open for future work"
		}
		if leftOn[d.toks[e].word] {
			c.omissionFinding(d, r, i, e+1, out)
			// "Leaving the endpoint enabled after the test." -> "The
			// endpoint stayed enabled after the test."
			limit := clauseEnd(d, e)
			np := trimPunct(d.span(i+1, e))
			setRewrite(d, &(*out)[len(*out)-1], i, limit, capitalize(joinWords(np+" stayed "+d.toks[e].word,
				trimPunct(d.span(e+1, limit)))), (*out)[len(*out)-1].Question)
			return true
		}
	}
	return false
}

// omissionFinding adds an omission finding over [a, b) with its question.
func (c *Checker) omissionFinding(d *doc, r *rule, a, b int, out *[]Finding) {
	f := c.finding(d, r, a, b)
	f.Question = "What made this step easy to skip at the time, and what would have asked for it?"
	*out = append(*out, f)
}

// yetAhead reports whether "yet" follows k within a few words of its
// sentence: work still in progress.
func yetAhead(d *doc, k int) bool {
	for e := k + 1; e < k+5 && d.same(k, e); e++ {
		if d.toks[e].word == "yet" {
			return true
		}
	}
	return false
}

// morePreps end an object where objectNP reads on.
var morePreps = set("against", "across", "through", "over", "under", "via", "per", "without",
	"about", "between", "among", "onto", "toward", "towards", "past", "like", "than", "behind")

// ingBase returns the base verb of a gerund, or "" when it is not one the
// project knows: "running" -> "run", "using" -> "use".
func ingBase(g string) string {
	stem, ok := strings.CutSuffix(g, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	switch {
	case knownVerbs[stem] || diligenceVerbs[stem]:
		return stem
	case knownVerbs[stem+"e"] || diligenceVerbs[stem+"e"]:
		return stem + "e"
	case len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && doubling[stem[:len(stem)-1]]:
		return stem[:len(stem)-1]
	}
	return ""
}

// notDoingRewrite turns the item "Not running the config sync on all
// hosts." into "The config sync was not run on all hosts.": the step, not
// whoever skipped it, is the subject. It leaves f alone when the object is
// not a plain noun phrase.
func notDoingRewrite(c *Checker, d *doc, f *Finding, i, k int) {
	base := ingBase(d.toks[k].word)
	limit := clauseEnd(d, k)
	if base == "" || limit != d.sentOf(i).last {
		return
	}
	end, head := objectNP(d, k+1, limit)
	if end < 0 {
		return
	}
	for e := k + 2; e < end; e++ {
		if morePreps[d.toks[e].word] {
			end, head = e, e-1 // "the migration against a copy": the object ends at the preposition
			break
		}
	}
	for e := k + 2; e < end; e++ {
		if d.toks[e].word == "of" {
			head = e - 1 // "the consequences of the upgrade" are plural
			break
		}
	}
	np := trimPunct(d.span(k+1, end))
	stmt := capitalize(joinWords(np+" "+beFor(d, head)+" not "+participle(base), trimPunct(d.span(end, limit))))
	setRewrite(d, f, i, limit, stmt, f.Question)
}

// verbAhead reports whether a finite verb follows k in its sentence,
// within a clause or two: "Not reporting the version is better than ..."
// makes the gerund a subject, advice rather than an item of what went
// wrong.
func verbAhead(d *doc, k int) bool {
	for e := k + 1; e < k+maxClause && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "is", "are", "was", "were", "would", "will", "can", "could", "should", "may", "might",
			"must", "isn't", "wasn't", "makes", "means", "helps", "seems":
			return true
		}
	}
	return false
}

// noticeNouns after "gave no" are a warning people owe those they affect.
var noticeNouns = set("warning", "notice", "heads-up", "notification", "advance", "indication")

// gaveNoNotice flags "the provider gave us no warning", "Acme gave no
// notice of the price change" at i ("no"): an organisation or a person
// who did not warn. "The logs gave no indication" is a system's.
func (c *Checker) gaveNoNotice(d *doc, r *rule, i int, out *[]Finding) bool {
	if !noticeNouns[d.tok(i+1)] && d.tok(i+1) != "action" && d.tok(i+1) != "steps" || !d.same(i, i+1) {
		return false
	}
	v := i - 1
	if t := d.tok(v); t == "us" || t == "them" || t == "customers" || t == "users" || t == "anyone" {
		v--
	}
	switch d.tok(v) {
	case "gave", "provided", "sent", "offered", "issued":
	case "took":
		if d.tok(i+1) != "action" && d.tok(i+1) != "steps" || v != i-1 {
			return false // "we took no action on the first alert"
		}
	default:
		return false
	}
	start, kind, _ := c.subjectOf(d, v)
	if kind == notPerson || d.sentOf(i).question {
		return false
	}
	if kind == weakPerson && d.tok(i+1) == "indication" {
		return false
	}
	c.omissionFinding(d, r, start, i+2, out)
	return true
}

// careActs are steps of care named as nouns: "there was no review of the
// change". Artifacts ("no alert on disk usage") name the gap and are
// left alone.
var careActs = set("review", "reviews", "testing", "communication", "coordination", "handover",
	"handoff", "plan", "planning", "rehearsal", "sign-off", "approval", "vetting", "analysis",
	"verification", "follow-up", "escalation", "announcement", "discussion", "consultation",
	"preparation", "qa", "oversight", "load-testing")

// thereWasNo flags "there was no review of the change before it shipped"
// at i ("no"): a step of care said to be absent in the past. The present
// ("there is no review step") describes the process as it stands, and a
// reason given ("because the change was marked trivial") is an account.
func (c *Checker) thereWasNo(d *doc, r *rule, i int, out *[]Finding) bool {
	b := i - 1
	if d.tok(b) == "been" && d.tok(b-1) == "had" {
		b--
	}
	if t := d.tok(b); t != "was" && t != "were" && t != "had" || d.tok(b-1) != "there" || !d.same(b-1, i+1) {
		return false
	}
	n := i + 1
	if d.tok(n) == "real" || d.tok(n) == "proper" || d.tok(n) == "formal" || d.tok(n) == "prior" {
		n++
	}
	if !careActs[d.tok(n)] || reasonAfter(d, n+1) || deliberate(d, i) || d.sentOf(i).question ||
		missHypothetical(d, b-1, i) {
		return false
	}
	switch d.tok(n + 1) {
	case "needed", "necessary", "required", "possible", "left":
		return false // "there was no escalation needed": none was called for
	case "to":
		if d.tok(n+2) == "be" {
			return false // "there was no discussion to be had"
		}
	}
	c.omissionFinding(d, r, b-1, n+1, out)
	// "There was no review of the change before it shipped." -> "The change
	// was not reviewed before it shipped."
	if p := actDone[d.tok(n)]; p != "" && d.tok(n+1) == "of" {
		limit := d.sentOf(i).last
		if e, head := objectNP(d, n+2, limit); e > 0 {
			np := trimPunct(d.span(n+2, e))
			setRewrite(d, &(*out)[len(*out)-1], b-1, limit, capitalize(joinWords(np+" "+beFor(d, head)+" not "+p,
				trimPunct(d.span(e, limit)))), (*out)[len(*out)-1].Question)
		}
	}
	return true
}

// actDone turns a step of care named as a noun into its participle.
var actDone = map[string]string{"review": "reviewed", "testing": "tested", "rehearsal": "rehearsed",
	"vetting": "vetted", "verification": "verified", "analysis": "analysed", "planning": "planned",
	"coordination": "coordinated", "announcement": "announced", "discussion": "discussed",
	"consultation": "consulted", "approval": "approved"}
