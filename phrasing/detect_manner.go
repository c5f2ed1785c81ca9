package phrasing

import "strings"

// Work graded by how it was done, in words the work-graded rule does not
// read: the manner ("wasn't done in a systematic manner", "handled in an
// ad hoc way"), the attention it got ("the status page was not getting
// the attention it deserved"), an oversight laid on a team ("a
// significant oversight by the platform team"), and a system that "never
// should have been running so close to its limits". A manner of a
// program ("done in a rolling manner", "not done in a single
// transaction") and a system's plain state are facts.

func init() { detectorNames["graded-manner"] = true }

// mannerGood are manners whose absence grades the work: "not done in a
// systematic manner".
var mannerGood = set("systematic", "structured", "coordinated", "careful", "consistent",
	"organised", "organized", "methodical", "disciplined", "thorough", "rigorous", "controlled",
	"professional", "proper", "planned", "deliberate", "orderly", "timely")

// mannerBad are manners that grade the work by themselves: "handled in an
// ad hoc way".
var mannerBad = set("hoc", "ad-hoc", "haphazard", "sloppy", "chaotic", "unstructured",
	"disorganised", "disorganized", "careless", "piecemeal", "uncoordinated", "rushed",
	"unplanned", "hasty", "slapdash", "reactive", "improvised")

// runWords after "should never have been" keep a system in a state
// someone chose: "never should have been running so close to its limits".
var runWords = set("running", "left", "allowed", "kept", "operating", "run", "exposed")

func mannerTriggers() []string {
	return []string{"manner", "way", "fashion", "attention", "oversight", "running", "left",
		"allowed", "kept", "operating", "exposed", "afterthought", "failing", "priority", "seriousness",
		"scrutiny", "care", "urgency", "focus", "consideration", "weight", "investment", "insufficient", "inadequate",
		"lacking"}
}

func detectManner(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	switch d.toks[i].word {
	case "manner", "way", "fashion":
		mannerGraded(c, d, i, r, out)
	case "attention", "priority", "seriousness", "scrutiny", "care", "urgency", "focus", "consideration",
		"weight", "investment":
		attentionOwed(c, d, i, r, out)
	case "oversight":
		oversightBy(c, d, i, r, out)
	case "failing":
		failingOf(c, d, i, r, out)
	case "afterthought":
		afterthought(c, d, i, r, out)
	case "insufficient", "inadequate", "lacking":
		practiceGraded(c, d, i, r, out)
	default:
		neverRunning(c, d, i, r, out)
	}
}

// negBefore returns the index of a negation among the few words before k
// in its clause, or -1.
func negBefore(d *doc, k, span int) int {
	for j := k - 1; j >= max(0, k-span) && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "not", "never", "wasn't", "weren't", "isn't", "aren't", "didn't", "hasn't", "haven't":
			return j
		}
		if d.toks[j].comma || clauseWords[d.toks[j].word] {
			return -1
		}
	}
	return -1
}

// slipGuards are safeguards a change slips through: "slipped through our policies".
var slipGuards = set("policies", "policy", "process", "processes", "checks", "safeguards",
	"procedures", "controls", "net", "gates", "guardrails")

// mannerGraded reads "<done> in a <grade> manner", also with several
// grades: "in a systematic, coordinated manner".
func mannerGraded(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	g := i - 1
	grade := d.tok(g)
	bad := mannerBad[grade]
	if !bad && !mannerGood[grade] {
		return
	}
	in := g - 1
	for n := 0; n < 3 && d.same(in, i); n++ {
		w := d.tok(in)
		if w == "ad" && grade == "hoc" || mannerGood[w] || mannerBad[w] || w == "and" || w == "or" || adverbLike(&d.toks[in]) {
			in--
			continue
		}
		break
	}
	if a := d.tok(in); a != "a" && a != "an" || d.tok(in-1) != "in" || !d.same(in-1, i) {
		return
	}
	in--
	neg := negBefore(d, in, 5)
	if !bad && neg < 0 || bad && neg >= 0 {
		return
	}
	if grade == "timely" {
		return // the handled-poorly rule reads "not in a timely manner"
	}
	v := in - 1
	if d.tok(v) == "out" {
		v-- // "carried out"
	}
	if !isParticiple(d.tok(v)) && irregularPast[d.tok(v)] == "" && !doneWords[d.tok(v)] || v < 0 {
		return
	}
	start := v
	if neg >= 0 {
		start = neg
	}
	f := c.finding(d, r, start, i+1)
	f.Question = "What would have given this work a set order of steps at the time?"
	rep := "without a written procedure"
	a := in
	if neg >= 0 {
		a = neg
		be := map[string]string{"wasn't": "was ", "weren't": "were ", "isn't": "is ", "aren't": "are ",
			"didn't": "", "hasn't": "has ", "haven't": "have "}[d.tok(neg)]
		rep = be + d.span(neg+1, in) + " " + rep
	}
	st, e := d.toks[a].start, d.toks[i].end
	offer(&f, st, e, rep)
	*out = append(*out, f)
}

// oversightBy reads "a significant oversight by the platform team".
func oversightBy(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	p := d.tok(i + 1)
	if p != "by" && p != "from" && p != "of" || !d.same(i, i+2) {
		return
	}
	e := c.personStartingAt(d, i+2)
	if e < 0 {
		return
	}
	for e < i+7 && d.same(i, e) && c.isRole(d.tok(e)) && !d.toks[e-1].comma {
		e++ // "our SRE team": the role's head noun follows
	}
	a := i - 1
	for a > i-3 && d.same(a, i) && !npStart[d.tok(a)] {
		a--
	}
	if !npStart[d.tok(a)] || !d.same(a, i) {
		return
	}
	f := c.finding(d, r, a, e)
	f.Question = "What would have made this gap visible before it mattered?"
	who := d.span(i+2, e)
	if strings.HasSuffix(who, "s") {
		who += "'"
	} else {
		who += "'s"
	}
	rep := "a gap in " + who + " checks"
	rep = capAs(d, a, rep)
	st, en := d.toks[a].start, d.toks[e-1].end
	offer(&f, st, en, rep)
	*out = append(*out, f)
}

// neverRunning reads "never should have been running so close to its
// limits" said of a system: the choice to keep it so is what is judged.
func neverRunning(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i-1) != "been" || d.tok(i-2) != "have" || !d.same(i-3, i) {
		return
	}
	a := i - 3
	switch {
	case d.tok(a) == "shouldn't":
	case d.tok(a) == "never" && d.tok(a-1) == "should", d.tok(a) == "should" && d.tok(a-1) == "never":
		a--
	default:
		return
	}
	if _, kind, _ := c.subjectOf(d, a); kind != notPerson && kind != weakPerson {
		return // a person kept running is the counterfactual rule's
	}
	f := c.finding(d, r, a, i+1)
	f.Question = "What made this state look acceptable at the time?"
	rep := capAs(d, a, "had been")
	st, e := d.toks[a].start, d.toks[i-1].end
	f.Suggestion = rep + " " + d.tok(i)
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, e-st
	*out = append(*out, f)
}

// afterthought reads "communication with users was an afterthought".
func afterthought(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	a := i - 2
	if d.tok(i-1) != "an" || d.tok(a) != "was" && d.tok(a) != "were" && d.tok(a) != "is" || !d.same(a, i) {
		return
	}
	f := c.finding(d, r, a, i+1)
	f.Question = "What pushed this down the list at the time?"
	rep := d.span(a, a+1) + " planned last"
	offer(&f, d.toks[a].start, d.toks[i].end, rep)
	*out = append(*out, f)
}

// practiceNouns are the team's ways of working: "our practice here".
var practiceNouns = set("practice", "practices", "process", "processes", "procedure",
	"procedures", "approach", "review", "testing", "handling", "response", "vetting",
	"coordination", "communication", "planning", "preparation", "oversight", "pairing")

// practiceGraded reads a practice graded with words between it and the
// verb ("our process for reviewing migrations was inadequate", "our
// practice here is insufficient") and a pronoun for it graded against its
// aim ("this was insufficient to catch the error").
func practiceGraded(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	a := i - 1
	if d.tok(a) == "still" || d.tok(a) == "clearly" || d.tok(a) == "simply" {
		a--
	}
	be := d.tok(a)
	if be != "was" && be != "were" && be != "is" && be != "are" || !d.same(a, i) {
		return
	}
	s := -1
	switch p := d.tok(a - 1); {
	case d.tok(i+1) == "to" && reviewVerbs[participle(d.tok(i+2))] && d.same(i, i+2) &&
		(p == "this" || p == "that" || workNouns[p] || practiceNouns[p] || p == "session"):
		s = missSubject(d, a) // "this was insufficient to catch the error"
	default:
		for j := a - 1; j >= max(0, a-8) && d.same(j, a); j-- {
			if d.toks[j].comma && j < a-1 || clauseWords[d.toks[j].word] {
				break
			}
			if !practiceNouns[d.tok(j)] {
				continue
			}
			for o := j - 1; o >= j-3 && d.same(o, j); o-- {
				if w := d.tok(o); w == "our" || w == "their" || w == "the" && o < j-1 {
					s = o
				}
			}
			break
		}
	}
	if s < 0 || reasonAfter(d, i+1) {
		return
	}
	f := c.finding(d, r, s, i+1)
	f.Question = "What was missing that would have made this work easier to do well?"
	rep := "did not cover this case"
	if be == "is" || be == "are" {
		rep = "does not cover this case"
		if be == "are" {
			rep = "do not cover this case"
		}
	}
	if d.tok(i+1) == "to" {
		rep = "did not"
	}
	offer(&f, d.toks[a].start, d.toks[i].end, rep)
	if d.tok(i+1) == "to" {
		// "this was insufficient to catch the error": "this did not catch the error"
		e := d.toks[i+1].end
		f.ReplaceLength = e - d.toks[a].start
	}
	*out = append(*out, f)
}

// failingOf reads "a failing of our review process", "a failing in the
// vendor's checks".
func failingOf(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if p := d.tok(i + 1); p != "of" && p != "in" || !d.same(i, i+2) {
		return
	}
	if o := d.tok(i + 2); o != "our" && o != "their" && !possessive(o) && c.personStartingAt(d, i+2) < 0 {
		return
	}
	a := i - 1
	for a > i-3 && d.same(a, i) && d.tok(a) != "a" {
		a--
	}
	if d.tok(a) != "a" || !d.same(a, i) {
		return
	}
	f := c.finding(d, r, a, i+3)
	f.Question = "What would have made this gap visible before it mattered?"
	rep := capAs(d, a, "a gap in")
	offer(&f, d.toks[a].start, d.toks[i+1].end, rep)
	*out = append(*out, f)
}
