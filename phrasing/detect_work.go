package phrasing

// The team's work graded as a noun phrase ("our testing was inadequate",
// "planning was sloppy", "the backend was rushed"), a miss with no agent
// ("it didn't get caught in code review"), speed judged without "too" ("it
// took us hours to update the status page") and rule-breaking framing
// ("this violates our protocols", "deploying was against policy").

// workNouns are work people do; a judgement of them judges the people.
var workNouns = set("testing", "tests", "test", "coverage", "planning", "plan", "plans",
	"communication", "communications", "documentation", "docs", "coordination", "preparation",
	"prep", "review", "reviews", "reviewing", "oversight", "handover", "handoff", "handovers",
	"follow-up", "followup", "follow-through", "execution", "response", "process", "processes",
	"procedures", "practices", "qa", "vetting", "diligence", "attention", "care", "work",
	"effort", "rollout", "management", "leadership", "ownership", "monitoring", "alerting",
	"onboarding", "training", "estimation", "estimates", "scoping", "analysis", "triage",
	"escalation", "handling", "supervision", "communicating", "notes", "runbook", "runbooks",
	"playbook", "playbooks", "instructions", "guidance", "comms", "fix", "patch", "arithmetic",
	"calculation", "calculations", "reasoning", "diagnosis", "investigation", "debugging")

// workJudged after "was" grade the work.
var workJudged = set("inadequate", "insufficient", "poor", "sloppy", "lacking", "lax", "subpar",
	"sub-par", "haphazard", "deficient", "lackluster", "shoddy", "abysmal", "nonexistent",
	"non-existent", "terrible", "awful", "bad", "weak", "careless", "rushed", "lousy", "spotty",
	"minimal", "incomplete", "superficial", "cursory", "chaotic", "half-baked", "immature",
	"disorganized", "disorganised", "uncoordinated", "outdated", "out-of-date", "unhelpful",
	"limited", "ad-hoc", "unclear", "misleading", "confusing", "sparse", "patchy", "perfunctory", "inconsistent",
	"worthless", "useless", "pointless", "laughable", "amateurish", "garbage", "rubbish")

// gradeAdverbs may sit between "was" and the grade.
var gradeAdverbs = set("very", "pretty", "quite", "really", "clearly", "somewhat", "completely",
	"largely", "too", "extremely", "fairly", "simply", "totally", "obviously", "rather",
	"generally", "also", "still", "often", "badly", "woefully", "severely", "entirely", "all",
	"both", "almost", "nearly", "virtually", "practically", "much")

// stateGrades are grades that also tell a thing's state at a time:
// "incomplete when the window closed".
var stateGrades = set("incomplete", "limited", "outdated", "out-of-date")

// dataGrades said of what a system collects are amounts of data:
// "metrics were sparse", "logging was limited during the outage".
var dataGrades = set("sparse", "limited", "minimal", "incomplete")

// dataAmount reports whether the grade at i is said of data a system
// collects, or is given with its reason ("because the agent was down").
func dataAmount(d *doc, i int) bool {
	if !dataGrades[d.toks[i].word] {
		return false
	}
	for j := i - 1; j >= max(0, i-4) && d.same(j, i); j-- {
		switch d.toks[j].word {
		case "metrics", "logging", "logs", "telemetry", "tracing", "traces", "samples", "data":
			return true
		}
	}
	return reasonAfter(d, i+1)
}

// stateTime after a state grade puts it at a time.
var stateTime = set("when", "at", "by", "until", "before", "after", "as", "while", "during")

// reviewVerbs anchor a miss in review: "didn't get caught in code review".
var reviewVerbs = set("caught", "noticed", "spotted", "picked", "missed", "overlooked")

func workTriggers() []string {
	var out []string
	for w := range reviewVerbs {
		out = append(out, w)
	}
	for w := range workJudged {
		out = append(out, w)
	}
	return append(append(out, workGradeTriggers()...), "slipped", "slips", "lacked", "lacks")
}

func detectWork(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) {
		return
	}
	switch d.toks[i].word {
	case "slipped", "slips":
		if a, b := slippedPast(d, i); a >= 0 {
			c.gradedWorkFinding(d, r, a, b, out)
		}
		return
	case "lacked", "lacks":
		if a, b := workLacked(d, i); a >= 0 {
			c.gradedWorkFinding(d, r, a, b, out)
		}
		return
	}
	if a, b := gradedWork(d, i); a >= 0 {
		c.gradedWorkFinding(d, r, a, b, out)
		return
	} else if w := d.toks[i].word; !workJudged[w] && !reviewVerbs[w] || w == "limited" && d.tok(i+1) == "to" ||
		stateGrades[w] && stateTime[d.tok(i+1)] || dataAmount(d, i) {
		return // a trigger of gradedWork's alone, "limited to non-critical areas", "incomplete when the window closed"
	}
	a, b := -1, i+1
	switch w := d.toks[i].word; w {
	case "caught", "noticed", "spotted", "picked":
		a, b = reviewMiss(d, i)
	case "missed", "overlooked":
		a, b = missedInReview(d, i)
	default:
		k := i - 1
		for k > i-3 && gradeAdverbs[d.tok(k)] {
			k--
		}
		if d.tok(k) == "and" && d.same(k-2, i) {
			k -= 2 // "was slow and disorganised"
		}
		be := d.tok(k)
		if be == "been" {
			k--
			be = "was"
		}
		if be != "was" && be != "were" && be != "is" && be != "are" || !d.same(k, i) || k < 1 {
			return
		}
		head := d.tok(k - 1)
		if h := workPPHead(d, k); h >= 0 && !workNouns[head] && !(w == "minimal" && deliberate(d, i)) {
			a = h // "the amount of unit tests for those contracts is minimal"
			break
		}
		if w == "minimal" && (!minimalWork[head] || deliberate(d, i)) {
			return // "the effort was minimal" says it was easy; "minimal by design" was chosen
		}
		if s := workSubject(d, k); s >= 0 && !isWork(head) && w != "minimal" {
			a = s // "our status updates during the outage were chaotic"
			break
		}
		if !isWork(head) && !(w == "rushed" && (subjectStarts[d.tok(k-2)] || subjectStarts[d.tok(k-3)])) || !d.same(k-1, i) ||
			d.toks[k-1].comma {
			return
		}
		a = k - 1
		if p := d.tok(a - 1); (p == "our" || p == "the" || p == "my" || p == "team's") && d.same(a-1, i) {
			a--
		}
	}
	if a < 0 {
		return
	}
	f := c.finding(d, r, a, b)
	f.Question = "What was missing that would have made this work easier to do well?"
	*out = append(*out, f)
}

// reviewPlaces are where people were expected to catch a problem.
var reviewPlaces = set("review", "reviews", "code-review", "qa", "vetting", "testing", "approval",
	"sign-off", "signoff", "audit", "audits")

// reviewMiss finds "didn't get caught in code review", "was not noticed
// during QA", "was not caught by standard testing": a step of care judged
// without naming who. "By" a tool ("by the linter") names no step of care.
func reviewMiss(d *doc, i int) (int, int) {
	k := i - 1
	if t := d.tok(k); t == "get" || t == "got" || t == "be" || t == "been" {
		k--
	}
	switch d.tok(k) {
	case "didn't", "not", "never", "wasn't", "weren't", "hadn't", "isn't":
	default:
		return -1, -1
	}
	if !d.same(k, i) {
		return -1, -1
	}
	if d.tok(i+1) == "up" {
		i++
	}
	p := i + 1
	if t := d.tok(p); t != "in" && t != "during" && t != "at" && t != "by" && t != "through" {
		return -1, -1
	}
	for e := p + 1; e <= p+3 && d.same(p, e); e++ {
		if reviewPlaces[d.tok(e)] {
			if n := d.tok(e + 1); d.tok(p) == "by" && d.same(e, e+1) && (systemTails[n] || processTails[n]) {
				return -1, -1 // "not caught by our review process": the process is the agent
			}
			return k, e + 1
		}
	}
	return -1, -1
}

// processTails after a step of care make it a process or a tool: "the
// review process", "the testing pipeline".
var processTails = set("process", "processes", "pipeline", "pipelines", "framework", "harness",
	"suite", "step", "stage", "gate")

// longSpans after "took" judge the time a person took; a plain number of
// minutes is a timeline fact.
var longSpans = set("ages", "forever", "hours", "days", "weeks", "long", "while", "lot",
	"longer", "several", "many", "multiple")

// foundPassives after "took ... to be" are people's discovery.
var foundPassives = set("discovered", "noticed", "detected", "found", "identified", "spotted",
	"acknowledged", "escalated", "addressed", "understood")

// tookLong finds "it took us hours to update the status page", "we took
// ages to notice" and "took a lot of time to be discovered".
func (c *Checker) tookLong(d *doc, i int) (int, int) {
	k := i + 1
	who := false
	if t := d.tok(k); t == "us" || t == "me" || t == "them" {
		who, k = true, k+1
	} else if t == "the" && (d.tok(k+1) == "team" || c.isRole(d.tok(k+1))) {
		who, k = true, k+2
	}
	long := false
	for e := k; e < k+5 && d.same(i, e); e++ {
		t := d.tok(e)
		if t == "to" {
			if !long {
				return -1, -1
			}
			if d.tok(i) == "took" && d.tok(e+1) == "be" && foundPassives[d.tok(e+2)] {
				return i, e + 3
			}
			if who || c.selfOrPerson(d, i) {
				return i, e + 2
			}
			return -1, -1
		}
		if t != "" && isDigit(t[0]) || t == "minutes" || t == "seconds" || t == "effect" {
			return -1, -1
		}
		if longSpans[t] && (!spanCounts[t] || timeSpans[d.tok(e+1)]) {
			long = true // "several hours"; "took several steps to" counts no time
		}
		if spanSizes[t] && (d.tok(e+1) == "time" || d.tok(e+1) == "period" || d.tok(e+1) == "amount") {
			long = true // "an extended time"; "took considerable effort to" is work, not pace
		}
	}
	return -1, -1
}

// spanCounts in longSpans count things; they make a span long only before
// a unit of time.
var spanCounts = set("several", "many", "multiple")

// spanSizes make a span long only before "time", "period" or "amount".
var spanSizes = set("extended", "considerable", "significant", "substantial", "long", "lengthy")

// timeSpans are the units of time a count can take.
var timeSpans = set("hours", "days", "weeks", "months", "years", "shifts", "nights", "rounds")

// tooFast finds a person's act graded as too hasty, at "quickly", "fast",
// "early" or "soon" (i) after "too": "we rolled out to every site too
// quickly", "the on-call restarted the primary too early". The act is
// the past verb before it in the clause, and its subject is someone. A
// system's pace ("the cache expired too early") is a fact, and a plan
// ("we won't ship too early") is not the past.
func (c *Checker) tooFast(d *doc, i int) (int, int) {
	if d.tok(i-1) != "too" || !d.same(i-1, i) {
		return -1, -1
	}
	for v := i - 2; v >= max(0, i-10) && d.same(v, i); v-- {
		if d.toks[v].comma {
			return -1, -1
		}
		w := d.tok(v)
		if !isParticiple(w) && irregularPast[w] == "" {
			continue
		}
		if s, kind, _ := c.subjectOf(d, v); isSomeone(kind) && d.tok(s) != "you" {
			return s, i + 1
		}
		return -1, -1
	}
	return -1, -1
}
