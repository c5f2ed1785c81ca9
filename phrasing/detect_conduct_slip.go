package phrasing

// The writer's misreading told as what led them on: "Misreading the
// prompt, I believed the reset was safe". The writer's plain account of an
// act that did damage ("I deleted the production database", "we destroyed
// the search indexes") is an account, not a verdict (LABELLING.md, the
// writer's own slips), and is left alone.

// misGerunds open a clause with the writer's misreading: "Misreading the
// prompt, I believed ...".
var misGerunds = set("misreading", "misinterpreting", "misunderstanding", "misjudging",
	"misremembering", "mistaking", "misconfiguring", "mistyping")

// misreadOpening finds "Misinterpreting this prompt, I believed" at the
// gerund at i, returning the span or -1.
func (c *Checker) misreadOpening(d *doc, i int) (int, int) {
	if !d.toks[i].clause && !sentenceStart(d, i) {
		return -1, -1
	}
	for k := i + 1; k < i+10 && d.same(i, k); k++ {
		if d.toks[k].comma {
			_, kind := c.personEndingAt(d, k+1)
			if d.same(k, k+1) && (kind == selfPerson || kind == rolePerson || kind == namedPerson) {
				return i, k + 1
			}
			return -1, -1
		}
	}
	return -1, -1
}

// dismissVerbs set a warning aside with "off": "wrote it off", "brushed
// the alert off", "waved off the warning".
var dismissVerbs = set("wrote", "written", "brushed", "waved", "laughed", "shrugged")

// warnedObjects are what a person set aside.
var warnedObjects = set("error", "errors", "warning", "warnings", "alert", "alerts", "issue",
	"issues", "report", "reports", "concern", "concerns", "risk", "risks", "it", "this", "that",
	"them", "message", "messages", "failure", "failures", "signal", "signals")

// wroteOff finds "Hypha wrote this error off" and "we brushed off the
// warning" at "off" (i), returning the span or -1. An organisation's name
// counts as a person here: only people dismiss a warning.
func (c *Checker) wroteOff(d *doc, i int) (int, int) {
	end := i + 1
	v, warned := -1, false
	for k := i - 1; k >= max(0, i-5) && d.same(k, i) && !d.toks[k].comma; k-- {
		if dismissVerbs[d.toks[k].word] {
			v = k
			break
		}
		warned = warned || warnedObjects[d.toks[k].word]
	}
	if v < 0 {
		return -1, -1
	}
	if v == i-1 {
		// "brushed off the first disk warning": the object follows.
		for k := i + 1; k < i+5 && d.same(i, k) && !warned; k++ {
			if warnedObjects[d.tok(k)] {
				warned, end = true, k+1
			}
			if d.toks[k].comma {
				break
			}
		}
	}
	if !warned {
		return -1, -1
	}
	s := subjectBefore(d, v)
	if s < 0 {
		return -1, -1
	}
	start, kind := c.personEndingAt(d, s)
	if kind == notPerson || d.tok(start) == "you" {
		return -1, -1
	}
	return start, end
}

// skipVerbs after "chose to" make the choice a dismissal.
var skipVerbs = set("ignore", "skip", "bypass", "disregard", "overlook", "override", "dismiss",
	"circumvent", "defer", "postpone", "forgo", "forego", "omit")

// choseToSkip finds "Alice chose to ignore the alert" and "we decided to
// skip the tests" at the verb at v, returning the span or -1.
func (c *Checker) choseToSkip(d *doc, v int) (int, int) {
	if d.tok(v+1) != "to" || !skipVerbs[d.tok(v+2)] || !d.same(v, v+2) {
		return -1, -1
	}
	s := c.doerBefore(d, v)
	if s < 0 || d.tok(s) == "you" {
		return -1, -1
	}
	// "we decided to skip the second canary because the first covered
	// it" gives the reason it made sense: an account, not a verdict.
	for k := v + 3; k < d.sentOf(v).last && k < v+16; k++ {
		if t := d.toks[k].word; t == "because" || t == "since" || t == "as" {
			return -1, -1
		}
	}
	return s, v + 3
}

// tookShortcut finds "the contractor took a shortcut" at the noun at i.
func (c *Checker) tookShortcut(d *doc, i int) (int, int) {
	k := i - 1
	if t := d.tok(k); t == "a" || t == "some" || t == "several" || t == "many" || t == "few" {
		k--
	}
	if t := d.tok(k); t != "took" && t != "taken" || !d.same(k, i) {
		return -1, -1
	}
	if d.tok(k) == "taken" {
		k-- // "we had taken a shortcut"
	}
	s := c.doerBefore(d, k)
	if s < 0 || d.tok(s) == "you" {
		return -1, -1
	}
	return s, i + 1
}

// actedAnyway finds "Sam merged anyway" and "validators rolled back
// prematurely": a person's act done against a warning or too early, at
// "anyway" or "prematurely" (i). A system's run ("the job ran anyway")
// is a fact.
func (c *Checker) actedAnyway(d *doc, i int) (int, int) {
	if n := d.tok(i + 1); d.same(i, i+1) && !d.toks[i].comma && n != "and" && n != "but" &&
		n != "because" && n != "despite" {
		return -1, -1 // "anyway" must close the act
	}
	v := i - 1
	if particles[d.tok(v)] || d.tok(v) == "ahead" {
		v-- // "rolled back prematurely", "pushed ahead anyway"
	}
	if t := d.tok(v); !isParticiple(t) && irregularPast[t] == "" || !d.same(v, i) {
		return -1, -1
	}
	s := c.doerBefore(d, v)
	if s < 0 {
		// "Validators rolled back": a plural of people the role list
		// does not know, opening the sentence.
		if k := v - 1; k >= 0 && d.same(k, v) && peopleNouns[d.tok(k)] {
			if q := d.tok(k - 1); d.same(k-1, k) && (npStart[q] || q == "several" || q == "many" || q == "most") {
				k-- // "Several validators rolled back"
			}
			if d.toks[k].clause || sentenceStart(d, k) {
				s = k
			}
		}
	}
	if s < 0 || d.tok(s) == "you" {
		return -1, -1
	}
	return s, i + 1
}

// peopleNouns are plural people a postmortem names by what they run.
var peopleNouns = set("validators", "users", "customers", "operators", "miners", "admins",
	"maintainers", "contributors", "clients", "members", "teams")
