package phrasing

// An operator's act graded through a passive: "the script was mistakenly
// run against production", "the wrong branch was accidentally deployed",
// "the migration was executed prematurely", "the table got dropped by
// mistake". No one is named, but the grade says someone erred. A program's
// act ("the request was mistakenly classified as spam by the filter",
// "messages were erroneously marked as read due to a bug") names a system
// or a reason, and its verbs are not an operator's.

func init() { detectorNames["act-graded"] = true }

// actGrades grade an act as an error: "mistakenly run". An accident told
// as such ("was accidentally run", "inadvertently pushed") is an account of
// what happened, as LABELLING.md reads a plain account of a slip, and is
// left alone.
var actGrades = set("mistakenly", "wrongly", "erroneously", "prematurely", "carelessly", "hastily")

// slipGrades say only that an act went wrong. With no one named, a
// passive act so graded is the writer's plain account of a slip
// (LABELLING.md, the writer's own slips): "the branch was mistakenly
// merged". Timing and conduct ("prematurely", "hastily") and a judgement
// ("it was erroneously assumed") still grade someone.
var slipGrades = set("mistakenly", "erroneously", "wrongly", "mistake", "error")

// earlyGrades grade an act's timing; the rewrite keeps the time as "early".
var earlyGrades = set("prematurely", "hastily")

// operatorActs are what an operator does to a system.
var operatorActs = set("run", "ran", "executed", "deployed", "pushed", "applied", "enabled",
	"disabled", "deleted", "dropped", "merged", "released", "published", "shipped", "started",
	"stopped", "restarted", "removed", "rolled", "promoted", "triggered", "installed",
	"committed", "reverted", "changed", "modified", "killed", "terminated", "truncated",
	"overwritten", "left", "granted", "exposed", "shared", "sent", "scheduled", "upgraded",
	"migrated", "rebooted", "wiped", "purged", "revoked", "created", "launched", "uploaded",
	"flipped", "toggled", "switched", "scaled", "drained", "cordoned", "decommissioned", "restored",
	"set", "copied", "moved", "renamed", "edited", "assigned", "reset", "rebuilt", "reindexed",
	"rebuild", "transferred", "withdrawn", "signed", "approved", "imported", "exported", "loaded",
	"uninstalled", "reformatted", "formatted", "erased", "overwrote", "replaced", "closed", "cancelled",
	"canceled", "archived", "unpublished", "yanked", "tagged")

// passiveMinds are judgements only people make, told in the passive: "it
// was erroneously assumed that the transform was idempotent".
var passiveMinds = set("assumed", "believed", "thought", "presumed", "concluded", "judged",
	"decided", "estimated", "assessed", "triaged", "scoped", "sized", "evaluated", "interpreted",
	"prioritized", "prioritised", "planned", "calculated", "diagnosed", "communicated")

// gradedAct reports an act an error grade can judge: an operator's act
// or a person's judgement.
func gradedAct(w string) bool { return operatorActs[w] || passiveMinds[w] }

func actTriggers() []string {
	out := []string{"mistake", "early", "soon", "error", "wrong", "accident"}
	for w := range actGrades {
		out = append(out, w)
	}
	return out
}

func detectActGraded(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	var v, ga, gb int // the participle and the grade's span [ga, gb)
	switch w := d.toks[i].word; {
	case w == "wrong":
		wrongTarget(c, d, i, r, out)
		return
	case actGrades[w] && gradedAct(d.tok(i+1)) && d.same(i, i+1):
		v, ga, gb = i+1, i, i+1 // "was mistakenly run"
	case actGrades[w] && gradedAct(d.tok(i-1)) && d.same(i-1, i):
		v, ga, gb = i-1, i, i+1 // "executed prematurely"
	case (w == "mistake" || w == "error" || w == "accident") && d.tok(i-1) == "by" || w == "error" && d.tok(i-1) == "in" && inErrorIdiom(d, i),
		(w == "early" || w == "soon") && d.tok(i-1) == "too":
		// "dropped by mistake", "was run on the prod cluster by mistake",
		// "started too early": the act may be a few words back.
		ga, gb, v = i-1, i+1, -1
		for j := i - 2; j >= max(0, i-8) && d.same(j, i); j-- {
			if operatorActs[d.tok(j)] {
				v = j
				break
			}
			if d.toks[j].comma || clauseWords[d.tok(j)] {
				break
			}
		}
	default:
		return
	}
	if v < 0 || !gradedAct(d.tok(v)) || !d.same(v, i) {
		return
	}
	a := v - 1
	if a == ga {
		a--
	}
	if v < ga && !passiveAux[d.tok(a)] && d.tok(a) != "been" {
		c.actByMistake(d, r, v, gb, out) // "the DBA ran the script by mistake"
		return
	}
	if d.toks[i].word == "accident" {
		return // "was deleted by accident" tells an accident as such, like "accidentally"
	}
	switch d.tok(a) {
	case "was", "were", "is", "are", "got":
	case "been":
		if p := d.tok(a - 1); p != "had" && p != "has" && p != "have" {
			return
		}
	default:
		return // "loops can be prematurely stopped": what may happen, not what was done
	}
	e := clauseEnd(d, gb)
	agent := false
	for j := min(v, ga) + 1; j < e; j++ {
		if d.tok(j) != "by" || j == ga {
			continue
		}
		if c.personStartingAt(d, j+1) < 0 && !c.isRole(d.tok(j+2)) && !c.isRole(d.tok(j+1)) {
			return // "by the filter": a program's act
		}
		agent = true
	}
	if !agent && slipGrades[d.toks[i].word] && operatorActs[d.tok(v)] {
		return // "the file got deleted by mistake" tells a slip, as "accidentally" does
	}
	if reasonAfter(d, gb) || d.tok(gb) == "due" {
		return
	}
	s := missSubject(d, a)
	if s < 0 {
		return
	}
	f := c.finding(d, r, s, max(gb, v+1))
	f.Question = "What made this action look right at the time?"
	var st, en int
	var rep string
	switch {
	case ga < v: // "was mistakenly run": keep the auxiliary and the act
		st, en = d.toks[a].start, d.toks[v].end
		rep = d.span(a, a+1) + " " + d.span(v, v+1)
	default: // "executed prematurely", "run on the cluster by mistake"
		st, en = d.toks[ga-1].start, d.toks[gb-1].end
		rep = d.span(ga-1, ga)
		if earlyGrades[d.tok(ga)] || d.tok(ga) == "too" {
			rep += " early"
		}
	}
	f.Suggestion = d.text[d.toks[s].start:st] + rep + d.text[en:d.toks[max(gb, v+1)-1].end]
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, en-st
	*out = append(*out, f)
}

// offer makes rep the finding's suggestion and the replacement for the
// bytes [st, e) of the note.
func offer(f *Finding, st, e int, rep string) {
	f.Suggestion = rep
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, e-st
}

// capAs gives rep a capital when token a, whose place it takes, has one.
func capAs(d *doc, a int, rep string) string {
	if d.toks[a].cap {
		return capitalize(rep)
	}
	return rep
}

// isAct reports whether w is an operator's act in any tense: "restore",
// "restored", "ran".
func isAct(w string) bool {
	return operatorActs[w] || operatorActs[participle(w)] || operatorActs[participle(baseOf(w))]
}

// wrongTarget reads a person's act on "the wrong" thing: "Kim deployed
// the patch to the wrong cluster". The writer's own ("we rebuilt the
// indices as the wrong user") is an account of a slip (LABELLING.md). A system's act ("the balancer routed traffic to the wrong
// pool") and a person looking at the wrong graph are facts.
func wrongTarget(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i-1) != "the" || !d.same(i, i+1) || npStop[d.tok(i+1)] {
		return
	}
	v := -1
	for j := i - 2; j >= max(0, i-8) && d.same(j, i); j-- {
		if isAct(d.tok(j)) {
			v = j
			break
		}
		if d.toks[j].comma || clauseWords[d.tok(j)] && d.tok(j) != "as" {
			return
		}
	}
	if v < 0 || reasonAfter(d, i+2) || d.tok(i+2) == "which" || d.tok(i+2) == "that" && d.toks[i+1].comma {
		return // "on the wrong host, which looked identical": what made it easy is said
	}
	if s, kind, _ := c.subjectOf(d, v); !isSomeone(kind) || writerSelf(d.tok(s)) {
		return // the writer's own act is an account: "we rebuilt it as the wrong user"
	}
	f := c.finding(d, r, i-1, i+2) // the words that grade, so a fault adverb keeps its own flag
	f.Question = "What made the two look alike at the time?"
	offer(&f, d.toks[i-1].start, d.toks[i+1].end, "a different "+d.span(i+1, i+2)+" than intended")
	*out = append(*out, f)
}

// passiveAux carry a passive act: "was run", "got dropped".
var passiveAux = set("was", "were", "is", "are", "got")

// actByMistake reads an act a named person or a role did by mistake, told
// in the active: "the DBA ran the script against production by mistake".
// The writer's own account ("I ran it on prod by mistake") and a program
// ("the cron job deleted the rows in error") stay quiet.
func (c *Checker) actByMistake(d *doc, r *rule, v, end int, out *[]Finding) {
	j := subjectBefore(d, v)
	if t := d.tok(j); j >= 0 && (t == "had" || t == "has" || t == "have") {
		j = subjectBefore(d, j)
	}
	start, kind := c.personEndingAt(d, j)
	if kind != namedPerson && kind != rolePerson || subjectPronouns[d.tok(start)] {
		return
	}
	f := c.finding(d, r, start, end)
	f.Question = "What made this action look right at the time?"
	*out = append(*out, f)
}

// inErrorIdiom reports whether "in error" at i ends its phrase, as in
// "the rows were deleted in error", rather than opening a noun: "an
// increase in error rates", "a spike in error logs".
func inErrorIdiom(d *doc, i int) bool {
	if !d.same(i, i+1) || d.toks[i].comma {
		return true
	}
	n := d.tok(i + 1)
	return clauseWords[n] || placePreps[n] || n == "by" || n == "during" || n == "and" || n == "or" ||
		n == "after" || n == "before" || n == "when" || n == "while" || n == "from"
}
