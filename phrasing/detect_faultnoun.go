package phrasing

// The writer's or the team's verdict said with an evaluative noun or
// adjective rather than a verb: "that was a clear miss", "two major
// oversights led to the outage", "the review exposed gaps in our release
// process", "our communication was unacceptable". The judgement is the
// noun (a fault only people make) or the adjective (conduct measured
// against a norm), said of the team's work or of what just happened. The
// same nouns about a thing ("a cache miss", "a gap in the metrics",
// "weaknesses in the TLS library") and a norm for a measurement ("two
// seconds is unacceptable for checkout") are accounts, not verdicts.

func init() {
	detectorNames["fault-verdict"] = true
	detectors["fault-verdict"] = detector{triggers: faultVerdictTriggers(), run: detectFaultVerdict}
}

// causingFaults are faults only people make; as the subject of a causing
// verb they blame the people: "two oversights led to this".
var causingFaults = set("oversight", "oversights", "lapse", "lapses", "misstep", "missteps",
	"blunder", "blunders", "failing", "failings", "mistake", "mistakes", "misjudgement",
	"misjudgements", "misjudgment", "misjudgments", "miscalculation", "miscalculations",
	"slip-up", "slip-ups", "screw-up", "screw-ups", "fumble", "fumbles")

// causingVerbs make a fault the cause of what happened.
var causingVerbs = set("led", "lead", "leads", "caused", "causes", "contributed", "contribute",
	"resulted", "allowed", "combined", "compounded", "enabled", "produced", "triggered", "meant")

// processFaults are shortfalls in a way of working: "gaps in our process".
// Singular "hole" is left out: it shares the checker's quick filter slot
// with "have", and every "have" would then pay a trigger lookup.
var processFaults = set("gap", "gaps", "deficiency", "deficiencies", "weakness", "weaknesses",
	"shortcoming", "shortcomings", "failing", "failings", "holes", "lapse", "lapses",
	"breakdown", "breakdowns", "flaw", "flaws", "oversight", "oversights", "shortfall",
	"shortfalls", "inadequacies", "inadequacy")

// waysOfWorking are what a team does, as opposed to the systems it runs.
var waysOfWorking = set("process", "processes", "procedure", "procedures", "practice",
	"practices", "runbook", "runbooks", "playbook", "playbooks", "testing", "review", "reviews",
	"planning", "preparation", "communication", "communications", "coordination", "handover",
	"handovers", "handoff", "onboarding", "offboarding", "training", "governance", "oversight",
	"monitoring", "alerting", "response", "readiness", "preparedness", "diligence", "culture", "approach", "policies", "policy", "checklist", "checklists",
	"workflow", "workflows", "qa", "vetting", "documentation", "comms", "escalation",
	"execution", "operations", "understanding", "thinking", "reasoning", "decision-making")

// systemTails after a way of working make it a thing: "the review tool",
// "the monitoring service".
var systemTails = set("tool", "tools", "system", "systems", "service", "services", "app", "engine",
	"bot", "script", "scripts", "page", "pages", "queue", "api", "server", "servers", "job",
	"jobs", "agent", "agents", "stack", "cluster", "database", "table", "library", "data", "ui",
	"dashboard", "dashboards", "endpoint", "code", "module", "plugin", "config", "configuration")

// missGrades grade a miss as people's: "a clear miss", "a big miss".
var missGrades = set("clear", "big", "major", "huge", "serious", "significant", "real", "obvious",
	"glaring", "critical", "costly", "definite", "embarrassing", "unfortunate", "bad", "key",
	"massive", "notable", "painful", "basic", "fundamental", "important", "very", "pretty",
	"rather", "quite", "really", "avoidable", "clear-cut", "total", "complete")

// normVerdicts are conduct measured against a norm: "that was unacceptable".
var normVerdicts = set("unacceptable", "inexcusable", "unforgivable", "indefensible",
	"unjustifiable", "shameful", "disgraceful")

func faultVerdictTriggers() []string {
	out := []string{"miss", "acceptable"}
	return withWords(out, causingFaults, processFaults, normVerdicts)
}

func detectFaultVerdict(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	a, b := -1, -1
	switch {
	case w == "miss":
		a, b = missVerdict(d, i)
	case w == "acceptable" || normVerdicts[w]:
		a, b = c.normVerdict(d, i)
		if a < 0 {
			a, b = normVerdictMore(d, i)
		}
		if a < 0 {
			a, b = generalNormVerdict(d, i)
		}
	}
	if a < 0 && causingFaults[w] {
		a, b = faultCaused(d, i)
	}
	if a < 0 && processFaults[w] {
		a, b = processFault(d, i)
	}
	if a < 0 || toldOrLearned(d, a) || hedgedFault(d, a) || questionSentence(d, i) || d.sentOf(i).question {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// faultHedges before a fault make it a possibility or a thing to look
// for: "this could be gaps in runbooks", "look for any gaps in the
// process", "whether there were deficiencies in the handover".
var faultHedges = set("could", "may", "might", "can", "would", "possible", "possibly", "potential",
	"potentially", "any", "whether", "if", "perhaps", "maybe")

// hedgedFault reports a hedge at most four words before a.
func hedgedFault(d *doc, a int) bool {
	for k := a - 1; k >= a-4 && k >= 0 && d.same(k, a); k-- {
		if faultHedges[d.toks[k].word] {
			return true
		}
	}
	return false
}

// accountWords before a verdict make it something said or learned about:
// "he sent a message saying it was unacceptable", "a better
// understanding of the current gaps in the process", "I also discuss a
// few gaps in monitoring".
var accountWords = set("saying", "said", "says", "told", "tells", "wrote", "writes", "claimed",
	"claims", "replied", "understanding", "understand", "understood", "learned", "learnt",
	"learn", "discuss", "discussed", "discusses", "discussing", "explore", "explores",
	"describe", "describes", "described", "covers", "outline", "outlines", "asked", "asks")

// toldOrLearned reports an account word before a in the same sentence
// (at most maxClause words back).
func toldOrLearned(d *doc, a int) bool {
	for k := a - 1; k >= a-maxClause && k >= 0 && d.same(k, a); k-- {
		if accountWords[d.toks[k].word] {
			return true
		}
	}
	return false
}

// missVerdict reads "that was a (very) clear miss", "it was a big miss":
// "miss" as a noun after "a" and a verdict adjective, or after "this was
// a" / "that was a". "a cache miss" names a lookup.
func missVerdict(d *doc, i int) (int, int) {
	k := i - 1
	graded := false
	for k > i-4 && missGrades[d.tok(k)] && d.same(k, i) {
		graded = true
		k--
	}
	if d.tok(k) != "a" && d.tok(k) != "an" || !d.same(k, i) {
		return -1, -1
	}
	be := d.tok(k - 1)
	if be != "was" && be != "is" && be != "been" {
		return -1, -1
	}
	s := d.tok(k - 2)
	if !graded && s != "this" && s != "that" && s != "that's" {
		return -1, -1
	}
	if !d.same(k-1, i) {
		return -1, -1
	}
	return k, i + 1
}

// faultCaused reads "two major oversights led to this issue", "a series
// of missteps caused the outage", "the oversight that left the bypass
// on": a fault people make as the subject of a causing verb. A thing's
// noun before the fault ("the certificate lapse caused") makes it the
// thing's.
func faultCaused(d *doc, i int) (int, int) {
	v := i + 1
	if t := d.tok(v); (t == "that" || t == "which") && d.same(i, v+1) {
		v++
	}
	if !(causingVerbs[d.tok(v)] || d.tok(v) == "left" || d.tok(v) == "let") || !d.same(i, v) ||
		d.toks[i].comma {
		return -1, -1
	}
	a := i
	for a > i-4 && a > 0 && d.same(a-1, i) && !d.toks[a-1].comma && faultModifier(d.tok(a-1)) {
		a--
	}
	if a > 0 && d.same(a-1, a) && !d.toks[a-1].comma && !d.toks[a].clause && !npStart[d.tok(a-1)] &&
		!possessive(d.tok(a-1)) && !clauseWords[d.tok(a-1)] && !finiteVerbs[d.tok(a-1)] &&
		!causeLeads[d.tok(a-1)] {
		return -1, -1 // "the certificate lapse caused": a thing's
	}
	return a, v + 1
}

// causeLeads may stand before a fault that caused something: "due to
// two oversights", "after a few missteps".
var causeLeads = set("to", "of", "after", "by", "from", "with", "through", "were", "are", "also")

// faultModifier reports words that may grade or count a fault: "two
// major", "a series of", "operational".
func faultModifier(w string) bool {
	return numberWords[w] || missGrades[w] || npStart[w] || w == "several" || w == "of" ||
		w == "series" || w == "few" || w == "multiple" || w == "human" || w == "operational" ||
		w == "small" || w == "couple" || w == "separate" || w == "simple" || w == "chain" ||
		w == "string" || w == "number"
}

// processFault reads "gaps in our release process", "deficiencies in the
// handover process", "an oversight in how we ran the tests": a shortfall
// in a way of working.
func processFault(d *doc, i int) (int, int) {
	p := i + 1
	if !d.same(i, p) || d.toks[i].comma {
		return -1, -1
	}
	switch d.tok(p) {
	case "in", "within":
	case "of", "with":
		if w := d.tok(i); w == "breakdown" || w == "breakdowns" || w == "hole" || w == "holes" {
			return -1, -1 // "a breakdown of response times" lists parts
		}
	default:
		return -1, -1
	}
	// "in how we tested", "in the way we reviewed"
	if h := d.tok(p + 1); h == "how" || h == "the" && d.tok(p+2) == "way" {
		n := p + 2
		if h == "the" {
			n = p + 3
		}
		if t := d.tok(n); (t == "we" || t == "our" || t == "i") && d.same(i, n) {
			return i, n + 1
		}
		return -1, -1
	}
	for e := p + 1; e < p+6 && d.same(p, e); e++ {
		t := d.tok(e)
		if waysOfWorking[t] {
			if n := d.tok(e + 1); (systemTails[n] || waysOfWorking[n] && systemTails[d.tok(e+2)]) &&
				d.same(e, e+1) {
				return -1, -1
			}
			return i, e + 1
		}
		if d.toks[e].comma || npStop[t] && t != "the" {
			return -1, -1
		}
	}
	return -1, -1
}

// normVerdict reads "that is unacceptable", "our communication was
// unacceptable", "it was not acceptable that customers heard first": a
// norm applied to what just happened or to the team's work, said
// predicatively. A norm for a measurement ("two seconds is unacceptable
// for checkout") sets a requirement.
func (c *Checker) normVerdict(d *doc, i int) (int, int) {
	k := i - 1
	if verdictAdverbs[d.tok(k)] {
		k--
	}
	if d.tok(k) == "and" && normVerdicts[d.tok(i)] && d.same(k-1, i) && !d.toks[k-1].clause && d.tok(k-2) != "and" {
		// "this outage was disruptive and unacceptable": a verdict shares
		// its subject with the word before it.
		k -= 2
		if verdictAdverbs[d.tok(k)] {
			k--
		}
	}
	if d.tok(i) == "acceptable" {
		if d.tok(k) != "not" {
			return -1, -1
		}
		k--
	}
	switch d.tok(k) {
	case "that's":
		return k, i + 1
	case "it's":
		if n := d.tok(i + 1); (n == "that" || n == "to") && d.same(i, i+1) {
			return k, i + 1
		}
		return -1, -1
	case "was", "is", "were", "are", "been":
	case "isn't", "wasn't":
		if d.tok(i) != "acceptable" {
			return -1, -1
		}
	default:
		return -1, -1
	}
	if n := d.tok(i + 1); n == "for" && d.same(i, i+1) && npStart[d.tok(i+2)] && d.tok(i+2) != "our" {
		return -1, -1 // "unacceptable for a checkout page": a requirement
	}
	s := k - 1
	if d.tok(s) == "been" || d.tok(s) == "has" || d.tok(s) == "have" {
		s--
	}
	if t := d.tok(s); (t == "however" || t == "though" || t == "also" || t == "still") && d.same(s, i) {
		s-- // "this outage however was unacceptable"
	}
	if !d.same(s, i) {
		return -1, -1
	}
	switch t := d.tok(s); {
	case t == "that" || t == "this":
	case t == "it" && d.same(i, i+1) && (d.tok(i+1) == "that" || d.tok(i+1) == "to"):
		// "it is unacceptable that customers heard first"
	default:
		if w := ownWorkBefore(d, s); w >= 0 {
			s = w
			break
		}
		if w := incidentSubject(d, s); w >= 0 {
			s = w // "the outage was completely unacceptable"
			break
		}
		if start, kind := c.personEndingAt(d, s); kind == selfPerson || kind == rolePerson ||
			kind == namedPerson {
			s = start
		} else {
			return -1, -1
		}
	}
	return s, i + 1
}

// ownWorkBefore finds the team's work heading the subject that ends at s
// ("our communication with customers", "the response that night"): a work
// noun after "our", "my" or "the", at most five words back in the clause.
// It returns where the subject starts, or -1.
func ownWorkBefore(d *doc, s int) int {
	for j := s; j > s-6 && j > 0 && d.same(j, s); j-- {
		if w := d.tok(j); isWork(w) || peopleWork[w] {
			if p := d.tok(j - 1); (p == "our" || p == "my" || p == "the") && d.same(j-1, j) {
				return j - 1
			}
			if j == s && (d.toks[j].clause || sentenceStart(d, j)) {
				return j // "Communication was unacceptable."
			}
			return -1
		}
		if d.toks[j].clause || j < s && d.toks[j].comma || finiteVerbs[d.tok(j)] {
			return -1
		}
	}
	return -1
}

// verdictIncidents name the incident or its toll: a verdict on one is the
// writer's verdict on what happened ("this level of downtime is
// unacceptable").
var verdictIncidents = set("outage", "outages", "downtime", "incident", "incidents", "failure",
	"failures", "disruption", "disruptions", "interruption", "interruptions", "delay", "delays",
	"breach", "situation", "experience", "event", "events", "disaster", "breakdown")

// incidentSubject returns where a subject ending at s starts when its head
// names the incident after a determiner ("the outage", "these failures",
// "this level of downtime"), or -1.
func incidentSubject(d *doc, s int) int {
	if !verdictIncidents[d.tok(s)] {
		return -1
	}
	for j := s - 1; j >= max(0, s-4) && d.same(j, s); j-- {
		switch d.tok(j) {
		case "the", "this", "these", "that", "those", "our", "such", "today's", "yesterday's":
			return j
		}
	}
	return -1
}
