package phrasing

import "strings"

// Counterfactuals: "should have", "could have", "had X done Y", "if X had".
// Only the past counterfactual about a person is blame. "The alert should
// fire" and "each service should have an owner" are requirements (no
// participle after "have"); "What guard should have caught this?" is the
// seeds' own question; "it could have been worse" is luck, not blame.

// humanVerbs are things only people do; with them an unknown capitalised
// subject is taken to be a person ("Dana should have escalated").
var humanVerbs = set("know", "check", "ask", "notice", "escalate", "page", "read", "review",
	"test", "wait", "tell", "call", "realize", "realise", "follow", "look", "think", "double-check",
	"verify", "communicate", "listen", "forget", "pay", "speak", "say", "warn", "inform",
	"notify", "roll", "revert", "respond", "acknowledge", "ack", "answer", "report", "consult")

var accessWords = set("access", "only", "permission", "permissions", "rights", "and")

// luckWords follow "could have been" when the note is about luck.
var luckWords = set("worse", "better", "much", "far", "way", "a", "lot", "more", "catastrophic",
	"disastrous", "serious", "bad", "longer")

// expectedStates after "should have been" make it what was expected to
// hold by then, not how someone ought to have acted: "we should have been
// out of the woods", "we should have been back online by six". "We should
// have been more careful" still grades the team.
var expectedStates = set("out", "back", "done", "finished", "fine", "safe", "ok", "okay", "clear",
	"online", "home", "over")

func detectCounterfactual(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	switch w {
	case "had":
		detectHad(c, d, i, r, out)
		return
	case "we'd", "i'd", "they'd", "he'd", "she'd":
		c.contractedHad(d, i, r, out)
		return
	case "would", "wouldn't":
		if a, b := wouldHaveLetUs(d, i); a >= 0 && w == "would" && !openQuestion(d, i) && !questionSentence(d, i) {
			f := c.finding(d, r, a, b)
			f.Question = "What made this way of working hard to have in place at the time?"
			*out = append(*out, f)
			return
		}
		if d.tok(i+1) == "have" && spareWords[d.tok(i+2)] && gerundSubject(d, i) && !openQuestion(d, i) {
			*out = append(*out, c.finding(d, r, i, i+3))
			return
		}
		if a, b := pacedActWould(d, i); a >= 0 {
			*out = append(*out, c.finding(d, r, a, b))
			return
		}
		if a, b := c.ideallyWould(d, i); a >= 0 {
			f := c.finding(d, r, a, b)
			f.Question = "What made this hard to do at the time?"
			*out = append(*out, f)
			return
		}
		detectMinimisedWould(c, d, i, r, out)
		return
	}
	next, neg := i+1, false
	switch w {
	case "ought":
		if d.tok(next) == "not" {
			neg = true
			next++
		}
		if d.tok(next) != "to" || d.tok(next+1) != "have" || !d.same(i, next+1) {
			return
		}
		next += 2
		w = "should" // the same judgement as "should have"
	case "should've", "could've", "shoulda", "coulda":
	case "shouldn't":
		neg = true
		if d.tok(next) != "have" && d.tok(next) != "of" {
			return
		}
		next++
	default:
		if d.tok(next) == "and" && (d.tok(next+1) == "should" || d.tok(next+1) == "would") {
			next += 2 // "we could and should have recognised"
		}
		if t := d.tok(next); t == "not" || t == "never" {
			neg = true
			next++
		}
		if t := d.tok(next); t != "have" && t != "of" && t != "'ve" || !d.same(i, next) {
			return
		}
		next++
	}
	for next < len(d.toks) && adverbs[d.toks[next].word] && d.same(i, next) {
		next++
	}
	if !d.same(i, next) || d.toks[next-1].comma {
		if !c.ellipticShould(d, i, next, r, out) {
			c.shouldHaveList(d, i, next, r, out) // "Even so, I should have:" and a list
		}
		return
	}
	p := d.toks[next].word
	passive := p == "been"
	if !passive && !isParticiple(p) {
		return // "should have an owner", "should have the same replica count"
	}
	if (p == "read" || p == "write") && accessWords[d.tok(next+1)] {
		return // "should have read access"
	}
	if questionSentence(d, i) && !pseudoCleft(d, i) {
		return
	}
	modal := w[0] // 's' should, 'c' could
	j := subjectBefore(d, i)
	start, kind := i, notPerson
	if j >= 0 {
		start, kind = c.personEndingAt(d, j)
	}
	switch {
	case j < 0:
		// A fragment with no subject ("Should have rolled back sooner.").
		start, kind = i, selfPerson
		if passive && (modal == 'c' || luckWords[d.tok(next+1)]) {
			return
		}
	case kind == weakPerson:
		if passive || !humanVerbs[baseOf(p)] {
			return
		}
	case kind == notPerson:
		// A system or thing as subject: only "X should have been caught"
		// hides a person behind the passive. "The snapshot should have
		// been kept" is about the system, and "discuss whether it should
		// have been announced" is an open question.
		if a, b := pacedActWould(d, i); a >= 0 && modal == 'c' {
			*out = append(*out, c.finding(d, r, a, b))
			return
		}
		if !passive && gerundSubject(d, i) && spareWords[p] && !openQuestion(d, i) {
			// "Running the upgrade on staging first could have saved us":
			// the subject is a step someone did not take.
			*out = append(*out, c.finding(d, r, i, next+1))
			return
		}
		if passive && fixedWords[d.tok(next+1)] && speedAfter[d.tok(next+2)] && d.same(i, next+2) &&
			(d.tok(next+2) != "in" && d.tok(next+2) != "within" || timeAfter(d, next+3) && problemSubject(d, j)) &&
			!openQuestion(d, i) {
			// "a problem that could have been solved in half the time"
			// grades the response with what we know now.
			*out = append(*out, c.finding(d, r, i, next+3))
			return
		}
		if !passive && neg && modal == 's' && occurVerbs[p] && problemSubject(d, j) && !openQuestion(d, i) {
			// "It shouldn't have happened at all", "the outage should
			// never have lasted that long": the incident judged avoidable.
			f := c.finding(d, r, j, next+1)
			f.Severity = Suggestion
			f.Message = "Calls the incident avoidable with what we know now; say what had to line up for it to happen."
			f.Suggestion = "Say what made it possible, and what now makes it less likely or shorter."
			f.Question = "What had to line up for this to happen, and which of those can we change?"
			*out = append(*out, f)
			return
		}
		caught := caughtWords[d.tok(next+1)] ||
			d.tok(next+2) == "and" && caughtWords[d.tok(next+3)] && d.same(next, next+3) // "introduced and tested first"
		if !passive || modal != 's' || !caught || openQuestion(d, i) {
			return
		}
		f := c.finding(d, r, i, next+1)
		f.Severity = Suggestion
		f.Suggestion = "Ask what would have made it easier to catch: \"What would have caught this earlier?\""
		*out = append(*out, f)
		return
	}
	// "we could have been much worse off" is luck; "we should have been
	// more careful" grades the team.
	if passive && luckWords[d.tok(next+1)] && kind != namedPerson && kind != rolePerson && modal != 's' {
		return
	}
	if modal == 'c' && kind == selfPerson && alternativesLaidOut(d, next) {
		return
	}
	if passive && modal == 's' && !neg && j >= 0 && expectedStates[d.tok(next+1)] && d.same(next, next+1) {
		return // "by then we should have been out of the woods": what was expected
	}
	end := next + 1
	f := c.finding(d, r, start, end)
	switch {
	case pseudoCleft(d, i):
		cleftRewrite(d, &f, next)
	case !passive:
		c.counterfactualRewrite(d, &f, start, next, neg)
	}
	*out = append(*out, f)
}

// counterfactualRewrite turns "Bob should have rolled back sooner" into
// "Rolling back took longer than it could have." and "John shouldn't have
// deployed on a Friday" into "Deploying on a Friday turned out to be
// risky.", with the seeds' redirect from the person to the conditions as
// the question for the room.
func (c *Checker) counterfactualRewrite(d *doc, f *Finding, start, verb int, neg bool) {
	end := clauseEnd(d, verb)
	stmt, q := workStatement(d, verb, end, neg)
	setRewrite(d, f, start, end, stmt, q)
}

// trimPunct drops trailing punctuation and spaces from a clause.
func trimPunct(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ',', ';', ':', ' ', '.', '!', '?', '-', '(', '"':
			s = s[:len(s)-1]
			continue
		}
		break
	}
	return s
}

// detectHad flags "Had Bob checked the logs, ..." and "If the on-call had
// escalated, ...". "If the alert had fired" is about a system and "If we had
// had a pool alert" reasons about the system, so neither is flagged.
func detectHad(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	sent := d.sentOf(i)
	if sent.question {
		return
	}
	if i == sent.first || d.toks[i].clause {
		// Inverted: "Had Bob checked the logs", "Had we staged the rollout".
		end := c.personStartingAt(d, i+1)
		if selfPronouns[d.tok(i+1)] || anyone[d.tok(i+1)] {
			end = i + 2
		}
		if end >= 0 {
			end = pastHadAdverbs(d, i, end) // "Had we instead staged the rollout"
		}
		if end < 0 || !d.same(i, end) || !isParticiple(d.toks[end].word) {
			return
		}
		*out = append(*out, c.finding(d, r, i, end+1))
		return
	}
	j := subjectBefore(d, i)
	v := pastHadAdverbs(d, i, i+1) // "if we had instead rolled out"
	if j < 0 || !isParticiple(d.tok(v)) || !d.same(i, v) {
		return
	}
	start, kind := c.personEndingAt(d, j)
	switch kind {
	case namedPerson, rolePerson:
	case selfPerson:
		// "If we had staged the migration" judges a choice; "if we had had
		// a pool alert" and "if we had known" reason about the system.
		if p := d.tok(v); p == "had" || p == "been" || p == "known" || p == "got" {
			return
		}
	default:
		return
	}
	if start == 0 || !d.same(start-1, start) || d.toks[start-1].word != "if" && d.toks[start-1].word != "only" {
		return
	}
	*out = append(*out, c.finding(d, r, start-1, v+1))
}

// hadAdverbs may stand between "had" and its participle in a past
// counterfactual: "if we had instead rolled out", "had we only waited".
var hadAdverbs = set("instead", "only", "just", "simply", "also", "actually", "really", "already",
	"first", "properly", "still", "even", "ever")

// pastHadAdverbs returns k moved past the adverbs at k, in the clause of
// "had" at i.
func pastHadAdverbs(d *doc, i, k int) int {
	for n := 0; n < 2 && hadAdverbs[d.tok(k)] && d.same(i, k+1); n++ {
		k++
	}
	return k
}

// occurVerbs say an incident took place or went on; "should not have"
// before one judges the incident avoidable.
var occurVerbs = set("happened", "occurred", "lasted", "gone", "dragged", "taken", "continued",
	"persisted")

// caughtWords are the participles of noticing and guarding: "this should
// have been caught in review" hides the reviewer behind a passive.
var caughtWords = set("caught", "noticed", "spotted", "seen", "detected", "found", "flagged",
	"prevented", "avoided", "tested", "reviewed", "checked", "verified", "escalated", "made",
	"done", "known", "read", "questioned", "picked", "stopped", "rejected", "blocked", "handled")

// anyone words stand for an unnamed person: "Had anyone looked at the graph".
var anyone = set("anyone", "anybody", "someone", "somebody")

// openQuestion reports whether the sentence holding token i puts the
// matter to the room: "discuss whether the change should have been
// announced".
func openQuestion(d *doc, i int) bool {
	sent := d.sentOf(i)
	for k := sent.first; k < i; k++ {
		switch d.toks[k].word {
		case "whether", "discuss", "decide", "consider", "ask", "if":
			return true
		}
	}
	return false
}

// minimisers make "would have" a judgement that the fix was small: "a quick
// look at the logs would have saved us an hour".
var minimisers = set("quick", "simple", "basic", "little", "bit", "single", "tiny", "trivial",
	"care", "diligence", "attention", "glance")

// detectMinimisedWould flags "would have" whose subject makes the missed
// step sound trivial.
func detectMinimisedWould(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i+1) != "have" || !d.same(i, i+2) || questionSentence(d, i) {
		return
	}
	sent := d.sentOf(i)
	for k := i - 1; k >= max(sent.first, i-10); k-- {
		if d.toks[k+1].clause && k+1 != i {
			return
		}
		if minimisers[d.toks[k].word] {
			*out = append(*out, c.finding(d, r, k, i+3))
			return
		}
	}
}

// spareWords after "could have" with a step as the subject make it a
// counterfactual about what people did not do.
var spareWords = set("saved", "prevented", "avoided", "spared", "stopped", "shortened")

// fixedWords and speedAfter make "could have been fixed sooner", "could
// have been resolved in an hour", "could have been handled better".
var fixedWords = set("solved", "fixed", "resolved", "handled", "mitigated", "restored",
	"contained", "recovered", "repaired", "done")
var speedAfter = set("in", "within", "sooner", "faster", "quicker", "earlier", "better", "much",
	"far", "more")

// gerundSubject reports whether the sentence holding i opens with a verb in
// -ing that is the subject of the clause at i: "Testing the restore would
// have prevented it". The -ing word must come from a known verb and the
// subject must run to i without a clause break.
func gerundSubject(d *doc, i int) bool {
	first := d.sentOf(i).first
	w := d.toks[first].word
	if first >= i-2 || len(w) < 6 || !strings.HasSuffix(w, "ing") || d.toks[first].comma {
		return false
	}
	base := w[:len(w)-3]
	verb := func(b string) bool { return knownVerbs[b] || irregular[b] != "" }
	if !verb(base) && !verb(base+"e") && !(len(base) > 2 && base[len(base)-1] == base[len(base)-2] &&
		verb(base[:len(base)-1])) {
		return false
	}
	// "Stopping at any point in that chain would have spared ...": a
	// capability the product might offer, not a step someone skipped.
	switch d.tok(first + 1) {
	case "at", "partway", "midway", "halfway", "part-way":
		if n := d.tok(first + 2); n == "any" || n == "some" || d.tok(first+1) != "at" {
			return false
		}
	}
	for k := first + 1; k < i; k++ {
		if d.toks[k].comma || d.toks[k+1].clause {
			return false
		}
	}
	return true
}

// timeAfter reports whether a span of time starts within three tokens of k:
// "in 4.5 hours", "within half a day", "in a few minutes".
func timeAfter(d *doc, k int) bool {
	for e := k; e < k+4 && e < len(d.toks) && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "seconds",
			"half", "time", "mins", "hrs":
			return true
		}
	}
	return false
}
