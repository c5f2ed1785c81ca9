package phrasing

import "strings"

// Setup graded and steps missed with no one named, and other people judged
// for what they did not do. "The firewall rule was not properly
// configured", "the cron job was set up incorrectly", "this got missed on
// the servers" and "the second replica was missed during the upgrade"
// grade an operator's work through a passive; "operators kept replaying
// despite repeated comms" and "Alice and Bob were unable to resolve it"
// judge others. A setting a program did not load, a count of blocks or
// heartbeats missed, a retry that did not help, the writer unable to
// reproduce and a person unable to attend are facts.

func init() {
	detectorNames["setup-graded"] = true
	detectorNames["others-judged"] = true
}

// setupWords are an operator's work on a system: "was not properly configured".
var setupWords = set("configured", "set", "installed", "deployed", "applied", "provisioned",
	"secured", "tuned", "sized", "implemented", "wired", "scoped")

// setupGrades grade setup: "not properly configured", "set up incorrectly".
var setupGrades = set("properly", "correctly", "appropriately", "adequately", "incorrectly",
	"improperly", "wrongly", "wrong", "badly", "poorly", "sufficiently")

// badGrades grade setup by themselves; the others only when denied.
var badGrades = set("incorrectly", "improperly", "wrongly", "wrong", "badly", "poorly")

// dataUnits are what a machine misses by the count: "blocks were missed".
var dataUnits = set("block", "blocks", "heartbeat", "heartbeats", "packet", "packets", "message",
	"messages", "event", "events", "slot", "slots", "ping", "pings", "sample", "samples", "frame",
	"frames", "write", "writes", "beat", "beats", "request", "requests", "metric", "metrics",
	"tick", "ticks", "checkpoint", "checkpoints", "deadline", "cron", "run", "runs")

// missedDuring are work in which a thing is missed: "missed during the upgrade".
var missedDuring = set("upgrade", "migration", "rollout", "audit", "review", "patching",
	"update", "deploy", "deployment", "cleanup", "rotation", "cutover", "inventory", "sweep",
	"change", "rebuild", "reinstall", "handover", "decommissioning", "renewal")

func setupTriggers() []string {
	var out []string
	for w := range setupWords {
		out = append(out, w)
	}
	return append(out, "missed")
}

func detectSetupGraded(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted || d.toks[i].line == timelineLine {
		return
	}
	if d.toks[i].word == "missed" {
		missedStep(c, d, i, r, out)
		return
	}
	v, e := i, i+1
	if d.tok(i) == "set" {
		switch {
		case d.tok(i+1) == "up":
			e++
		case !badGrades[d.tok(i+1)] && !badGrades[d.tok(i-1)]:
			return // "set" alone is graded only by a bad grade: "set incorrectly"
		}
	}
	good := func(w string) bool { return setupGrades[w] && !badGrades[w] && w != "sufficiently" }
	k := v - 1 // walks back to the auxiliary
	graded := false
	if g := d.tok(k); setupGrades[g] && d.same(k, v) {
		graded = badGrades[g]
		k--
	}
	if g := d.tok(e); setupGrades[g] && g != "sufficiently" && d.same(v, e) {
		graded = graded || badGrades[g]
		e++
	}
	if e == v+1 && !setupGrades[d.tok(v-1)] || d.tok(v) == "set" && d.tok(v+1) == "up" && e == v+2 && !setupGrades[d.tok(v-1)] {
		return // no grade at all: "was not configured to use TLS"
	}
	a := k + 1
	if d.tok(k) == "been" {
		k--
	}
	if w := d.tok(k); w == "not" || w == "never" {
		graded = graded || good(d.tok(v-1)) || good(d.tok(e-1))
		a = k
		k--
	}
	if !graded || !d.same(k, v) {
		return
	}
	switch d.tok(k) {
	case "was", "were", "had", "has", "have", "got", "be", "wasn't", "weren't", "hadn't":
	default:
		return
	}
	if d.tok(k) == "wasn't" || d.tok(k) == "weren't" || d.tok(k) == "hadn't" {
		return // the auxiliary carries the negation; not rewritten here
	}
	if (d.tok(e) == "with" || d.tok(e) == "as") && d.same(e, e+2) && d.tok(e+1) != "settings" {
		return // "incorrectly configured with an empty backup id": the setting is named
	}
	if reasonAfter(d, e) || d.tok(e) == "to" && d.same(e, e+1) {
		return // "not loaded properly because the file was truncated", "configured to check"
	}
	if d.tok(e) == "by" {
		byEnd := c.personStartingAt(d, e+1)
		if byEnd < 0 {
			return // "set up wrongly by the installer"
		}
		e = byEnd // the agent goes with the grade
	}
	f := c.finding(d, r, a, e)
	f.Question = "What made the right settings hard to see when this was set up?"
	rep := d.span(v, v+1)
	if d.tok(v) == "set" && d.tok(v+1) == "up" {
		rep = d.span(v, v+2)
	}
	if b := v - 1; d.tok(b) == "been" && a < b || d.tok(v-2) == "been" && a < v-2 {
		rep = "been " + rep
	}
	if d.tok(v) == "set" && d.tok(v+1) != "up" {
		rep += " to values that did not fit" // "set incorrectly"
	} else {
		rep += " with settings that did not fit"
	}
	st, en := d.toks[a].start, d.toks[e-1].end
	offer(&f, st, en, rep)
	*out = append(*out, f)
}

// missedStep reads "this got missed on the servers" and "the second
// replica was missed during the upgrade".
func missedStep(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	aux := i - 1
	w := d.tok(aux)
	switch {
	case w == "got":
		if n := d.tok(i + 1); (n == "in" || n == "among" || n == "amid") && !missedDuring[d.tok(i+3)] {
			return // "details that got missed in the scrollback": where, not who
		}
	case (w == "was" || w == "were") && d.tok(i+1) == "during" || (w == "was" || w == "were") && d.tok(i+1) == "in":
		if !missedDuring[d.tok(i+3)] && !missedDuring[d.tok(i+4)] {
			return
		}
	default:
		return
	}
	s := missSubject(d, aux)
	if s < 0 || dataUnits[d.tok(aux-1)] || dutyNouns[d.tok(aux-1)] || d.tok(i+1) == "by" || reasonAfter(d, i+1) {
		return // a signal missed is the passive-miss rule's
	}
	if d.tok(s) == "no" || d.tok(s) == "nothing" {
		return
	}
	f := c.finding(d, r, s, i+1)
	who := d.span(s, aux)
	if d.toks[s].cap && !c.isName(&d.toks[s]) && !systemName(who) {
		who = strings.ToLower(who[:1]) + who[1:]
	}
	f.Question = "What made " + who + " easy to miss at the time?"
	rep := "stayed unchanged"
	if d.tok(i+1) == "on" || d.tok(i+1) == "in" && !missedDuring[d.tok(i+3)] {
		rep = "stayed unchanged"
	}
	st, e := d.toks[aux].start, d.toks[i].end
	offer(&f, st, e, rep)
	*out = append(*out, f)
}

// askNouns are requests people make of others: "despite repeated comms".
var askNouns = set("comms", "communications", "requests", "request", "reminders", "reminder",
	"announcements", "announcement", "notices", "notice", "instructions", "pings", "emails",
	"calls", "asks", "advisories", "advisory", "pleas", "guidance", "messages", "outreach",
	"nudges", "follow-ups", "warnings", "appeals")

// askedWords after "despite being" ask something of people: "despite
// being told twice".
var askedWords = set("asked", "reminded", "instructed", "requested", "urged", "pinged",
	"emailed", "called", "contacted", "prompted")

// askMods may sit between "despite" and the request.
var askMods = set("repeated", "multiple", "several", "many", "numerous", "our", "clear",
	"all", "the", "earlier", "prior", "explicit", "frequent", "constant", "two", "three",
	"direct", "public", "written", "continued", "ongoing", "persistent", "their", "these")

// resolveVerbs are what someone is judged unable to do: "unable to resolve it".
var resolveVerbs = set("resolve", "fix", "solve", "provide", "answer", "explain", "diagnose",
	"debug", "identify", "restore", "recover", "handle", "deliver", "locate", "troubleshoot",
	"mitigate", "contain", "produce", "figure", "supply", "give", "complete")

func othersTriggers() []string {
	return []string{"despite", "unable", "couldn't", "could", "after", "able", "bother", "bothered"}
}

func detectOthersJudged(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	switch d.toks[i].word {
	case "despite":
		despiteAsked(c, d, i, r, out)
		return
	case "after":
		if d.tok(i-1) == "even" && d.same(i-1, i) {
			despiteAsked(c, d, i, r, out) // "even after our requests"
		}
		return
	case "able":
		if d.tok(i+1) != "to" || d.tok(i-1) != "not" && d.tok(i-1) != "never" {
			return
		}
	case "bother", "bothered":
		notBothered(c, d, i, r, out)
		return
	}
	k := i + 1
	switch d.toks[i].word {
	case "unable", "able":
		if d.tok(k) != "to" {
			return
		}
		k++
	case "could":
		if d.tok(k) != "not" {
			return
		}
		k++
	}
	if !resolveVerbs[d.tok(k)] || !d.same(i, k) {
		return
	}
	aux := i
	switch d.tok(i) {
	case "unable":
		aux = i - 1
	case "able":
		aux = i - 2 // "was not able to"
	}
	if aux != i {
		if w := d.tok(aux); w != "was" && w != "were" {
			return
		}
	}
	if reasonLater(d, k+1) {
		return // "could not give an ETA at that point, as the part had not shipped"
	}
	s, kind, _ := c.subjectOf(d, aux)
	if kind != namedPerson && kind != rolePerson || d.tok(s) == "they" && !d.toks[s].cap {
		return
	}
	for s >= 2 && d.tok(s-1) == "and" && d.same(s-2, s) && c.isName(&d.toks[s-2]) {
		s -= 2 // "Alice and Bob"
	}
	f := c.finding(d, r, s, k+1)
	e := clauseEnd(d, k+1)
	oe, _ := objectNP(d, k+1, e)
	qe := oe
	if qe < 0 {
		// "provide logs for the outage", "explain what had happened"
		for qe = k + 1; qe < min(e, k+5) && !npStop[d.tok(qe)]; qe++ {
		}
		if whWords[d.tok(k+1)] {
			qe = min(e, k+6) // "explain what had happened"
		}
	}
	f.Question = "What would have made " + gerund(d.tok(k)) + " possible at the time?"
	if qe > k+1 {
		f.Question = "What would have made " + gerund(d.tok(k)) + " " + lowerFirst(trimPunct(d.span(k+1, qe))) + " possible at the time?"
	}
	if oe < 0 {
		*out = append(*out, f)
		return
	}
	obj := trimPunct(d.span(k+1, oe))
	be := beFor(d, oe-1)
	done := "not " + participle(d.tok(k))
	if oe >= e {
		done += " yet" // "The fault was not diagnosed yet."
	}
	if d.tok(k) == "provide" || d.tok(k) == "supply" || d.tok(k) == "give" || d.tok(k) == "produce" {
		done = "not available"
	}
	if obj == "it" {
		obj = "The issue"
	}
	setRewrite(d, &f, s, e, capitalize(joinWords(obj+" "+be+" "+done, trimPunct(d.span(oe, e)))), f.Question)
	*out = append(*out, f)
}

// despiteAsked reads "despite repeated comms" in a sentence about people.
func despiteAsked(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	k := i + 1
	for n := 0; n < 3 && askMods[d.tok(k)] && d.same(i, k); n++ {
		k++
	}
	asked := askNouns[d.tok(k)] ||
		d.tok(i+1) == "being" && (toldWords[d.tok(i+2)] || askedWords[d.tok(i+2)]) && func() bool { k = i + 2; return true }()
	if !asked || !d.same(i, k) {
		return
	}
	if d.tok(k) == "warnings" && d.tok(k+1) == "from" {
		return
	}
	people := false
	sent := d.sentOf(i)
	for j := sent.first; j < sent.last; j++ {
		if w := d.toks[j].word; audience[w] || c.isRole(w) || c.isName(&d.toks[j]) || w == "some" || w == "several" {
			people = true
			break
		}
	}
	if !people {
		return
	}
	f := c.finding(d, r, i, k+1)
	f.Question = "What kept the requests from reaching the people who had to act, or made acting on them hard?"
	a := i
	if d.tok(i) == "after" {
		a = i - 1 // "even after our requests": the "even" goes too
	}
	rep := capAs(d, a, "after")
	f.Suggestion = rep + " " + d.span(i+1, k+1)
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, d.toks[a].start, d.toks[i].end-d.toks[a].start
	*out = append(*out, f)
}

// reasonLater reports whether a reason follows token k anywhere in its
// sentence: a long object can push "as the part had not shipped" past
// what reasonAfter reads.
func reasonLater(d *doc, k int) bool {
	for e := k; e < k+25 && e < len(d.toks) && d.same(k-1, e); e++ {
		switch d.toks[e].word {
		case "because", "since", "due":
			return true
		case "as":
			if n := d.tok(e + 1); n == "the" || n == "it" || n == "they" || n == "we" {
				return true
			}
		}
	}
	return false
}

// notBothered reads "the upstream project did not bother to document the
// change": a label of effort, said of anyone. The rewrite keeps what was
// not done: "did not document the change".
func notBothered(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i+1) != "to" || !d.same(i, i+2) {
		return
	}
	neg := i - 1
	switch d.tok(neg) {
	case "didn't", "never", "not", "hadn't", "wasn't":
	default:
		return
	}
	f := c.finding(d, r, neg, i+3)
	f.Question = "What made " + joinWords(gerund(baseOf(d.tok(i+2))), trimPunct(d.span(i+3, clauseEnd(d, i+3)))) +
		" hard to fit in at the time?"
	rep := d.span(neg, neg+1)
	if d.tok(neg) == "never" && d.tok(i) == "bothered" {
		rep = "did not" // "never bothered to write it": "did not write it"
	}
	offer(&f, d.toks[neg].start, d.toks[i+1].end, rep)
	*out = append(*out, f)
}
