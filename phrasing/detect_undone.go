package phrasing

// A piece of the team's own work left undone or done wrong, told in the
// passive with no one named, or done wrong by someone named ("@kim added
// the faulty webhook"): "the cutover was never fully finished", "the
// hotfix was not merged back into main", "the manual edits were not
// committed to the repository", "a faulty change was pushed to the
// routing table". The passive hides who owed the work, but the sentence
// still grades it: the work is something people carry out (a migration, a
// change, a handover), and its completion is denied outright ("never"),
// graded ("not fully", "not properly") or the work is called wrong. A
// system's event ("the packets were not delivered", "the job was not
// completed"), work still under way ("has not been merged yet"), a reason
// given ("was not finished because the disk filled"), a time ("was not
// completed until noon") and a condition are accounts, not verdicts.

func init() {
	detectorNames["work-undone"] = true
	detectors["work-undone"] = detector{triggers: undoneTriggers(), run: detectUndone}
}

// teamWork are pieces of work people carry out, as opposed to what a
// system runs: "the migration", "the manual changes".
var teamWork = set("migration", "migrations", "change", "changes", "cutover", "rollout",
	"rollouts", "upgrade", "upgrades", "handover", "handoff", "cleanup", "clean-up", "fix",
	"fixes", "hotfix", "hotfixes", "edit", "edits", "transition", "switchover", "move",
	"work", "task", "tasks", "steps", "step", "procedure", "checklist", "runbook",
	"offboarding", "onboarding", "decommissioning", "rework", "refactor", "patch", "patches",
	"modification", "modifications", "adjustment", "adjustments", "remediation", "follow-up",
	"follow-ups", "plan", "tweak", "tweaks", "workaround", "rotation", "renewal")

// finishVerbs complete a piece of work; denied with a grade or "never",
// they say it was left half done: "was never fully finished".
var finishVerbs = set("completed", "finished", "finalised", "finalized", "concluded",
	"executed", "implemented")

// recordVerbs carry work into the shared record; denied at all, they say a
// step people owe was left out: "the edits were not committed".
var recordVerbs = set("committed", "merged", "backported", "upstreamed", "checked-in",
	"persisted", "propagated", "replicated", "codified")

// wholeGrades grade how much of a piece of work was done: "not fully".
var wholeGrades = set("fully", "properly", "correctly", "completely", "entirely", "totally",
	"cleanly", "thoroughly", "adequately", "successfully")

// wrongWork call a change itself wrong: "an incorrect change was made".
var wrongWork = set("incorrect", "erroneous", "faulty", "mistaken", "improper", "botched",
	"careless", "sloppy", "ill-advised", "wrong")

// changeMadeVerbs put a change in place: "was made", "got pushed".
var changeMadeVerbs = set("made", "applied", "pushed", "entered", "introduced", "performed",
	"submitted", "issued", "deployed", "executed", "run", "merged", "committed", "added",
	"shipped", "released", "rolled")

// undoneStops after the participle make it a time, a state of progress or
// a system's doing: "until noon", "yet", "by the scheduler".
var undoneStops = set("until", "till", "yet", "by", "automatically", "because", "since", "due",
	"as", "in", "within", "before")

// asides may stand between the subject and its auxiliary.
var asides = set("however", "though", "unfortunately", "also", "then", "ultimately", "still",
	"sadly", "regrettably")

// recordedInto may follow a record verb: "committed to the repo".
var recordedInto = set("to", "into", "in", "back", "upstream")

func undoneTriggers() []string {
	out := []string{"finished", "completed", "committed", "merged", "backported", "upstreamed",
		"incorrect", "erroneous", "faulty", "mistaken", "improper"}
	return dedupe(out)
}

func detectUndone(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || questionSentence(d, i) || d.sentOf(i).question {
		return
	}
	a, b := -1, -1
	timeline := d.toks[i].line == timelineLine
	switch {
	case wrongWork[d.toks[i].word]:
		if !timeline {
			a, b = wrongChangeMade(d, i)
		}
		if a < 0 {
			// "10:02 @kim added the faulty webhook" names the person even
			// in a timeline entry.
			a, b = c.wrongWorkDone(d, i)
		}
	case !timeline:
		a, b = workLeftUndone(d, i)
	}
	if a < 0 || missIntended(d, b) || missReasoned(d, b) {
		return
	}
	f := c.finding(d, r, a, b)
	if wrongWork[d.toks[i].word] {
		f.Question = "What made this change look right at the time?"
	}
	*out = append(*out, f)
}

// workLeftUndone reads "the migration was never fully completed", "the
// edits were not committed to the repo": the team's work as the subject
// of a denied completion. It returns the span from the subject to the
// participle, or -1.
func workLeftUndone(d *doc, i int) (int, int) {
	w := d.toks[i].word
	k := i - 1
	graded := false
	for n := 0; n < 2 && d.same(k, i) && wholeGrades[d.tok(k)]; n++ {
		graded = true
		k--
	}
	aux, neg, never := undoneAux(d, k)
	if aux < 0 || !neg || !d.same(aux, i) {
		return -1, -1
	}
	if !recordVerbs[w] && !never && !graded {
		return -1, -1 // "the migration was not completed" may be a plain state
	}
	sa := aux
	if asides[d.tok(aux-1)] && d.same(aux-1, aux) {
		sa = aux - 1 // "the migration, however, was never finished"
	}
	s := missSubject(d, sa)
	if s < 0 || missHypothetical(d, s, aux) || !workNamed(d, s, aux) {
		return -1, -1
	}
	e := i + 1
	if n := d.tok(e); d.same(i, e) && !d.toks[i].comma {
		if undoneStops[n] && !(recordVerbs[w] && recordedInto[n]) {
			return -1, -1
		}
	}
	return s, e
}

// undoneAux reads the auxiliary and negation ending at k, back from a
// participle: "was not", "were never", "had never been", "wasn't". It
// returns the auxiliary's index (or -1), whether it is negated, and
// whether by "never". "has not been merged" is work in progress, so a
// present perfect counts only with "never".
func undoneAux(d *doc, k int) (aux int, neg, never bool) {
	perfect := false
	if d.tok(k) == "been" {
		perfect = true
		k--
	}
	switch d.tok(k) {
	case "never":
		neg, never = true, true
		k--
	case "not":
		neg = true
		k--
	}
	switch w := d.tok(k); {
	case !perfect && (w == "was" || w == "were"):
	case !perfect && (w == "wasn't" || w == "weren't"):
		neg = true
	case perfect && w == "had":
	case perfect && w == "hadn't":
		neg = true
	case perfect && (w == "has" || w == "have") && never:
	default:
		return -1, false, false
	}
	return k, neg, never
}

// workNamed reports whether the subject [s, a) is the team's work: a work
// noun not inside a modifier's phrase ("the backup during the migration").
func workNamed(d *doc, s, a int) bool {
	for k := s; k < a; k++ {
		w := d.toks[k].word
		if w == "of" || w == "for" || w == "during" || w == "after" || w == "from" || w == "by" {
			return false
		}
		if teamWork[w] {
			return true
		}
	}
	return false
}

// wrongChangeMade reads "an incorrect change in the entitlements was
// made", "a faulty patch got deployed": a change called wrong as the
// subject of a passive that puts it in place. It returns the span from
// the determiner to the participle, or -1.
func wrongChangeMade(d *doc, i int) (int, int) {
	a := i
	if p := d.tok(i - 1); (p == "an" || p == "a" || p == "the" || p == "this" || p == "that") && d.same(i-1, i) {
		a = i - 1
	}
	if !d.toks[a].clause && !sentenceStart(d, a) {
		return -1, -1 // "we found that an incorrect change ..." is left to the clause's reader
	}
	h := i + 1
	if !teamWork[d.tok(h)] || !d.same(i, h) {
		return -1, -1
	}
	for v := h + 1; v < h+9 && d.same(h, v); v++ {
		t := d.tok(v)
		if d.toks[v-1].comma {
			return -1, -1
		}
		if t != "was" && t != "were" && t != "got" {
			continue
		}
		p := v + 1
		if d.same(v, p+1) && adverbLike(&d.toks[p]) {
			p++
		}
		if !changeMadeVerbs[d.tok(p)] || !d.same(v, p) {
			return -1, -1
		}
		if n := d.tok(p + 1); d.same(p, p+1) && (n == "by" || n == "automatically") {
			return -1, -1 // "was pushed by the sync job": a system's doing
		}
		return a, p + 1
	}
	return -1, -1
}

// putInPlace are acts that bring work in, beyond changeMadeVerbs; acts
// that take something out ("removed the faulty node") are remedies.
var putInPlace = set("wrote", "installed", "configured", "set", "uploaded", "published",
	"enabled", "created", "ran", "used", "chose", "picked", "selected", "built", "provisioned")

// wrongWorkDone reads "@kim added the faulty webhook", "the contractor
// applied an incorrect certificate": a named person or a role putting in
// place work called wrong. The writer's own account ("we applied the
// wrong certificate") and a system's act stay quiet. It returns the span
// from the person to the work's first word after the grade, or -1.
func (c *Checker) wrongWorkDone(d *doc, i int) (int, int) {
	det := i - 1
	if t := d.tok(det); t != "the" && t != "a" && t != "an" || !d.same(det, i) {
		return -1, -1
	}
	v := det - 1
	if w := d.tok(v); !changeMadeVerbs[w] && !putInPlace[w] || !d.same(v, i) {
		return -1, -1
	}
	j := subjectBefore(d, v)
	if t := d.tok(j); j >= 0 && (t == "had" || t == "has" || t == "have") {
		j = subjectBefore(d, j)
	}
	start, kind := c.personEndingAt(d, j)
	if kind != namedPerson && kind != rolePerson || d.tok(start) == "they" || d.tok(start) == "it" {
		return -1, -1
	}
	e := i + 1
	if !d.same(i, e) {
		return -1, -1
	}
	return start, e + 1
}
