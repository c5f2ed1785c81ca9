package phrasing

// Cases a plan left out, said as the planners' failure: "a step failed
// which we had not planned for", "we hadn't accounted for replica lag",
// "nobody planned for both zones failing", "failover was never planned
// for". A plan for a date ("not planned for this quarter") and a plan
// that held are facts. The rewrite makes the plan the subject: "the plan
// did not cover ...", "... was not in the plan".

func init() { detectorNames["unplanned"] = true }

// planVerbs followed by "for" say what a plan covered.
var planVerbs = set("planned", "plan", "accounted", "account", "prepared", "prepare")

// planTimes after "planned for" make it a schedule: "not planned for this
// quarter", "planned for 14:00".
var planTimes = set("quarter", "release", "sprint", "week", "month", "year", "day", "today",
	"tomorrow", "now", "later", "version", "cycle", "milestone", "phase", "launch", "q1", "q2",
	"q3", "q4", "weekend", "morning", "evening", "night", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday")

// codePlaces after "not accounted for in" put the gap in code: "in the
// strategy's withdraw logic" (see also artifactHeads).
var codePlaces = set("code", "contract", "contracts", "implementation", "handler", "parser",
	"strategy", "algorithm", "schema", "client", "design", "model", "codebase")

// unplannedQuestion asks about the plan, not about who made it.
const unplannedQuestion = "What made this case hard to foresee when the plan was made?"

func detectUnplanned(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.tok(i+1) != "for" || !d.same(i, i+1) || d.toks[i].quoted {
		return
	}
	for j := i + 2; j < i+4 && d.same(i, j); j++ {
		if w := d.tok(j); planTimes[w] || isDigit(w[0]) {
			return
		}
	}
	k := i - 1
	for n := 0; n < 2 && d.same(k, i) && adverbLike(&d.toks[k]) && d.tok(k) != "never"; n++ {
		k--
	}
	neg, been := false, false
	if d.tok(k) == "been" {
		k, been = k-1, true // "had not been planned for properly"
	}
	if nobodyAt(d, k) >= 0 {
		k++ // "Nobody planned for": the subject is the negation, with no auxiliary
	}
	switch d.tok(k) {
	case "not", "never":
		neg = true
		k--
	case "hadn't", "didn't", "haven't", "wasn't", "weren't":
		neg = true
	}
	if !neg && nobodyAt(d, k-1) >= 0 {
		neg = true // "Nobody had planned for a second region going down"
	}
	if !neg || !d.same(k, i) {
		return
	}
	aux := d.tok(k)
	passive := been || aux == "was" || aux == "were" || aux == "wasn't" || aux == "weren't" || aux == "been"
	if aux == "been" && (d.tok(k-1) == "had" || d.tok(k-1) == "has" || d.tok(k-1) == "have") {
		k--
	}
	s, kind, _ := c.subjectOf(d, k)
	if n := nobodyAt(d, k-1); n >= 0 {
		kind, s = rolePerson, n
	}
	end := i + 2
	switch {
	case passive && (kind == selfPerson || kind == rolePerson && d.tok(s) == "they"):
		passive = false // "we were not prepared for": the people, not the case
	case passive:
		if s = missSubject(d, k); s < 0 {
			return
		}
	case kind == notPerson || kind == weakPerson:
		return
	}
	if reasonAfter(d, end) {
		return
	}
	ce := clauseEnd(d, end)
	for j := end; j < ce; j++ {
		if d.tok(j) == "yet" {
			return // "not planned for the new region yet": work ahead, not a gap
		}
		if passive && (d.tok(end) == "in" || d.tok(end) == "by") && (artifactHeads[d.tok(j)] || codePlaces[d.tok(j)]) {
			return // "not accounted for in the strategy's withdraw logic": a gap in code
		}
	}
	f := c.finding(d, r, s, i+2)
	f.Question = unplannedQuestion
	a, rep := s, "the plan did not cover"
	if passive {
		a, rep = k, "was not in the plan"
		if d.tok(k) == "were" || d.tok(k) == "weren't" {
			rep = "were not in the plan"
		}
	}
	if d.toks[a].cap && !c.isName(&d.toks[a]) {
		rep = capitalize(rep)
	}
	last := i + 1
	if w := d.tok(i + 2); (w == "properly" || w == "adequately" || w == "fully" || w == "sufficiently") && d.same(i, i+2) {
		last = i + 2 // "had not been planned for properly": the grade goes with it
	}
	st, e := d.toks[a].start, d.toks[last].end
	offer(&f, st, e, rep)
	*out = append(*out, f)
}

// nobodyAt returns the first token of a subject that is its own negation
// ending at j ("nobody", "no one", "neither team"), or -1.
func nobodyAt(d *doc, j int) int {
	switch w := d.tok(j); {
	case w == "nobody" || w == "noone" || w == "no-one":
		return j
	case w == "one" && d.tok(j-1) == "no" && d.same(j-1, j):
		return j - 1
	case d.tok(j-1) == "neither" && d.same(j-1, j):
		return j - 1
	}
	return -1
}
