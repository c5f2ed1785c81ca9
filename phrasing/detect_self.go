package phrasing

// The writer or the team judging their own work: "My mistake was trusting
// the old runbook", "a failure on our part", "I let our users down", "we
// did a poor job of announcing it", "our testing was inadequate". Written
// in the first person these still grade people with what we know now, and
// a blameless postmortem rewrites them as what happened and what made it
// easy.

// selfTriggers anchor the self-judgement detector.
func selfTriggers() []string {
	return append([]string{"mistake", "mistakes", "fault", "part", "down", "job", "managed",
		"underestimated", "overestimated", "track", "missed"}, append(verdictTriggers, ownTriggers...)...)
}

// ownMistakeAdj may sit between "my" and "mistake": "my big mistake".
var ownMistakeAdj = set("big", "biggest", "main", "real", "first", "own", "worst", "huge", "major",
	"core", "key", "stupid", "silly", "dumb", "rookie", "costly", "initial", "critical", "second",
	"last", "one", "only", "fundamental", "great", "greatest")

// partFaults before "on my/our part" judge the writer or the team.
var partFaults = set("failure", "failing", "lapse", "mistake", "mistakes", "oversight", "error",
	"errors", "negligence", "carelessness", "misjudgment", "misjudgement", "miscalculation",
	"misstep", "fault", "poor", "bad", "inadequate", "insufficient", "sloppy", "sloppiness",
	"poorly", "badly", "communication", "planning", "judgment", "judgement", "neglect")

// letDownObjects are who a team lets down.
var letDownObjects = set("users", "customers", "team", "you", "people", "everyone", "them",
	"colleagues", "community", "clients", "members", "everybody", "teammates", "us")

// poorJob grades a job done.
var poorJob = set("poor", "bad", "terrible", "lousy", "sloppy", "awful", "horrible", "subpar",
	"mediocre", "shoddy", "poorer", "worse", "rubbish", "crap", "crappy", "inadequate")

// wreckVerbs after "managed to" make an accident the writer's feat.
var wreckVerbs = set("break", "delete", "drop", "wipe", "take", "bring", "destroy", "corrupt",
	"lose", "crash", "kill", "nuke", "overwrite", "erase", "brick", "trash")

// missedTargets after a subjectless "Missed" make a lessons-list fragment
// about the team: "Missed the deadline by 8 hours".
var missedTargets = set("deadline", "deadlines", "target", "targets", "date", "window", "sla",
	"slo", "handoff", "handover", "cutoff", "milestone", "launch")

func detectSelf(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].word == "wrong" && !d.sentOf(i).question {
		// "What we did wrong" as a heading reads like a question opener.
		if a, b := wrongHeading(d, i); a >= 0 {
			*out = append(*out, c.finding(d, r, a, b))
			return
		}
	}
	if questionSentence(d, i) {
		return
	}
	a, b := -1, i+1
	switch w := d.toks[i].word; w {
	case "mistake", "mistakes", "fault":
		if a, b = ownMistake(d, i); a < 0 && w != "fault" {
			a, b = moreOwnMistake(d, i)
		}
		if a < 0 && w != "fault" {
			a, b = c.selfVerdict(d, i)
		}
	case "wrong", "worse", "better":
		a, b = c.selfVerdict(d, i)

	case "part":
		// "a failure on my part", "poor communication on our part"
		if d.tok(i-2) != "on" || (d.tok(i-1) != "my" && d.tok(i-1) != "our") || !d.same(i-2, i) {
			return
		}
		for k := i - 3; k >= i-6 && d.same(k, i) && !d.toks[k].comma; k-- {
			if partFaults[d.toks[k].word] {
				a = k
			}
		}
	case "down":
		// "I let our users down"
		for k := i - 1; k >= i-6 && d.same(k, i); k-- {
			if t := d.tok(k); t == "let" || t == "letting" || t == "lets" {
				if !letDownObjects[d.tok(i-1)] || !c.selfOrPerson(d, k) {
					return
				}
				a = k
				break
			}
		}
	case "job":
		// "we did a poor job of announcing it"; "we didn't do a good job".
		k := i - 1
		adj := d.tok(k)
		if d.tok(k-1) == "a" || d.tok(k-1) == "an" {
			k--
		}
		v := k - 1
		switch {
		case poorJob[adj] && (d.tok(v) == "did" || d.tok(v) == "done" || d.tok(v) == "do"):
		case (adj == "good" || adj == "great") && d.tok(v) == "do" &&
			(d.tok(v-1) == "didn't" || d.tok(v-1) == "not" && d.tok(v-2) == "did"):
			v = v - 1
			if d.tok(v) == "not" {
				v--
			}
		default:
			return
		}
		if !d.same(v, i) || !c.selfOrPerson(d, v) {
			return
		}
		a = v
	case "managed":
		// "I managed to break production"
		if d.tok(i+1) != "to" || !wreckVerbs[d.tok(i+2)] || !d.same(i, i+2) || !c.selfOrPerson(d, i) {
			return
		}
		a, b = i, i+3
	case "underestimated", "overestimated":
		if !c.selfOrPerson(d, i) {
			return
		}
		a = i
	case "track":
		// "we seemed to lose track of the backlog"
		p := d.tok(i - 1)
		if (p != "lost" && p != "lose" && p != "losing") || d.tok(i+1) != "of" || !c.selfOrPerson(d, i-1) {
			return
		}
		a = i - 1
	case "missed":
		if !d.toks[i].clause || !d.same(i, i+1) {
			return
		}
		k := i + 1
		if d.tok(k) == "the" || d.tok(k) == "our" || d.tok(k) == "a" {
			k++
		}
		if !missedTargets[d.tok(k)] || !d.same(i, k) {
			return
		}
		a, b = i, k+1
	default:
		a, b = c.ownFailure(d, i)
	}
	if a < 0 {
		return
	}
	f := c.finding(d, r, a, b)
	f.Question = "What made this the sensible thing to do at the time, and what would have caught it?"
	rankedFactor(c, d, &f, a, b)
	*out = append(*out, f)
}

// ownMistake finds "my/our (big) mistake was ..." and "here's the
// mistake", returning the span or -1.
func ownMistake(d *doc, i int) (int, int) {
	k := i - 1
	for k >= i-2 && ownMistakeAdj[d.tok(k)] && d.same(k, i) {
		k--
	}
	switch p := d.tok(k); {
	case (p == "my" || p == "our") && d.same(k, i):
		// "my mistake was", "the core of my big mistake": a label on
		// the writer's own act; not "once we realized our mistake".
		if be := d.tok(i + 1); be == "was" || be == "is" || be == "were" {
			return k, i + 2
		}
		if d.toks[i].comma && (k == d.sentOf(i).first || d.toks[k].clause) {
			return k, i + 1 // a heading or list item: "My mistake: trusting the cache"
		}
		for j := k - 1; j >= k-4 && d.same(j, k); j-- {
			switch d.tok(j) {
			case "realized", "realised", "spotted", "found", "noticed", "fixed", "corrected",
				"caught", "saw", "discovered", "understood", "acknowledged", "admitted", "owned":
				return -1, -1
			case "was", "is":
				if j == k-1 {
					return -1, -1 // "it was my mistake" is possessive-fault's
				}
				return j, i + 1
			}
		}
	case p == "the" && d.same(k, i):
		// "And here's the mistake."
		if h := d.tok(k - 1); (h == "here's" || h == "heres") ||
			(h == "is" && d.tok(k-2) == "here") {
			return k - 1, i + 1
		}
	}
	return -1, -1
}

// raisingVerbs take the subject of the verb after "to": "we seemed to".
var raisingVerbs = set("seemed", "seem", "seems", "started", "began", "tended", "appeared",
	"happened", "continued", "kept", "managed", "tried")

// selfOrPerson reports whether the clause holding the verb at v has a
// person (the writer, the team, a role or a name) as its subject.
func (c *Checker) selfOrPerson(d *doc, v int) bool {
	if d.tok(v-1) == "to" && raisingVerbs[d.tok(v-2)] && d.same(v-2, v) {
		v -= 2 // "we seemed to lose track"
	}
	s := subjectBefore(d, v)
	if t := d.tok(s); t == "and" || t == "but" {
		s = c.clauseSubject(d, v) // "we understood it was breaking, but underestimated the work"
	}
	if s < 0 {
		return false
	}
	_, kind := c.personEndingAt(d, s)
	return kind == selfPerson || kind == rolePerson || kind == namedPerson
}
