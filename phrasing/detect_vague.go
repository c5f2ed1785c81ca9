package phrasing

// Vague factors and actions in the wording real write-ups use beyond
// "improve" and "lack of": "strengthen code review processes", "enhance
// real-time monitoring", "conduct regular training sessions",
// "insufficient capacity planning". A word may qualify the area ("code",
// "capacity") as long as the area still heads its phrase: in "improved the
// load testing harness" the harness is the thing, and it is named.

// vagueVerbs ask for more of an area without saying what: "strengthen",
// "enhance". Like vagueAmount, they need the area to head its phrase, and
// they judge nothing when the phrase goes on to say where it applies.
var vagueVerbs = set("strengthen", "strengthened", "strengthening", "enhance", "enhanced",
	"enhancing", "bolster", "bolstered", "tighten", "tightened", "regular", "formalize",
	"formalise", "formalized", "formalised", "proper", "additional", "reinforce", "reinforced",
	"stricter", "thorough", "rigorous", "robust", "update", "revisit", "refresh", "rethink",
	"reassess", "reevaluate", "re-evaluate", "refine", "streamline", "revamp", "overhaul")

// areaQualifiers may stand between the vague word and the area: "code
// review", "capacity planning", "real-time monitoring". A list, because
// most words there name a thing ("child processes", "domain checks").
var areaQualifiers = set("code", "real-time", "realtime", "internal", "incident", "release",
	"change", "deployment", "deploy", "error", "capacity", "load", "unit", "integration",
	"security", "peer", "end-to-end", "e2e", "automated", "manual", "cross-team", "on-call",
	"production", "regression", "proactive", "continuous", "formal", "scenario", "exhaustive",
	"stress", "performance", "operational", "disaster", "recovery", "staff", "team", "qa",
	"pre-deployment", "post-deployment", "pre-release", "user", "customer", "internal", "test",
	"testing", "review", "design", "architecture", "communication", "process", "quality",
	"rigorous", "robust", "thorough", "stronger", "better", "clear", "clearer", "strict", "stricter",
	"upgrade", "migration", "maintenance", "rollout", "rollback", "backup", "onboarding",
	"offboarding", "escalation", "handover", "approval", "access", "privacy", "vendor",
	"infrastructure", "operations", "ops", "support", "engineering", "development")

// moreAreas are further things a vague action may ask for without naming
// one: "implement stricter controls", "better practices".
var moreAreas = []string{"controls", "practices", "procedures", "runbook", "runbooks",
	"playbook", "playbooks", "handoff", "handoffs", "handover", "handovers", "management", "safeguards",
	"guardrails"}

// moreAreaSet is moreAreas as a set.
var moreAreaSet = set(moreAreas...)

// genericObjects after "double-check" name nothing in particular:
// "double-check configurations before deploying".
var genericObjects = set("configurations", "configs", "settings", "changes", "code", "your",
	"all", "work", "inputs", "deployments", "deploys")

// areaTails after an area keep it vague: "training sessions", "review
// processes".
var areaTails = set("session", "sessions", "process", "processes", "practices", "practice",
	"procedures", "program", "programs", "programme", "efforts", "effort", "culture", "measures",
	"mechanisms", "capabilities", "exercises", "workshops")

// areaModifier reports whether the word at k may qualify an area between
// the vague word and the area.
func areaModifier(d *doc, k int) bool {
	t := &d.toks[k]
	return !t.comma && !t.clause && areaQualifiers[t.word]
}

// vagueVerbDone reports whether the vague word at a follows a past verb or
// names where it applies: "implemented stricter code review processes" is
// what was done, "enhancing monitoring with Datadog to detect ..." names
// the tool.
func vagueVerbDone(d *doc, a, i int) bool {
	if p := d.tok(a - 1); d.same(a-1, a) && isParticiple(p) && !stillWanted[p] {
		return true
	}
	if areaTails[d.tok(i+1)] && d.same(i, i+1) {
		i++ // "the testing process for post-deployment checks"
	}
	if specificAfter(d, i) {
		return true
	}
	switch d.tok(i + 1) {
	case "with", "using", "via", "through":
		return !d.toks[i].comma && d.same(i, i+2) && namedAfter(d, i, i+2)
	case "after", "before", "whenever", "once":
		// "update tests after the array size changes"; not "before every
		// deployment", which says when, not what.
		k := i + 2
		for d.same(i, k) && (determiners[d.tok(k)] || d.tok(k) == "every" || d.tok(k) == "each" ||
			d.tok(k) == "any" || d.tok(k) == "all") {
			k++
		}
		return !d.toks[i].comma && d.same(i, k) && !everyTime[d.toks[k].word] && !genericHeads[d.toks[k].word]
	case "and", "or":
		// "stricter controls and automated checks for load balancer
		// changes": the place named applies to both.
		for j := i + 2; j < i+7 && d.same(i, j) && !d.toks[j-1].comma; j++ {
			if whereAt(d, j) && d.toks[j].word != "when" { // "reviews and updates to the scheduler"
				return namedAfter(d, i, j+1)
			}
		}
	}
	return false
}

// labelAhead reports whether the area at i ends a label that a specific
// item follows on its line: "**Enhanced Monitoring**: Implement alerts for
// consensus block time spikes".
func labelAhead(d *doc, i int) bool {
	e := d.toks[i].end
	for e < len(d.text) && (d.text[e] == '*' || d.text[e] == '_') {
		e++
	}
	if e >= len(d.text) || d.text[e] != ':' {
		return false
	}
	for e++; e < len(d.text) && d.text[e] != '\n'; e++ {
		if d.text[e] != ' ' && d.text[e] != '*' && d.text[e] != '_' {
			return true
		}
	}
	return false
}

// areaHead reports whether the area at i heads its noun phrase: the
// phrase ends there (or goes on with a vague tail such as "sessions"),
// rather than the area qualifying a thing that is named ("the load
// testing harness").
func areaHead(d *doc, i int) bool {
	k := i + 1
	if k >= len(d.toks) || !d.same(i, k) || d.toks[i].comma {
		return true
	}
	w := d.toks[k].word
	if areaTails[w] {
		return !d.same(k, k+1) || d.toks[k].comma || npStop[d.tok(k+1)] || d.tok(k+1) == "and"
	}
	return npStop[w] || finiteVerbs[w] || modalChain[w] || w == "and" || w == "or" || w == "to" ||
		w == "of" || w == "for" || w == "should" || w == "must"
}

// plainVague reports whether an area reached past a qualifier or from a
// further area word (placed), or asked for with a vague verb, is still
// vague: it stands as an action item or a factor ("Add more e2e tests",
// not "allow for more error logging"), heads its phrase, is not a label
// before a specific item, and is not a done action or one that says where
// it applies ("we improved the release process for the mobile app by
// adding a canary stage").
func plainVague(d *doc, a, i int, placed bool) bool {
	if !areaHead(d, i) || labelAhead(d, i) || vagueVerbDone(d, a, i) || introducesList(d, i) {
		return false
	}
	for k := a; k < i; k++ {
		if maskedGap(d, k) {
			return false // "improve `fetch_module` test coverage" names the module
		}
	}
	if d.toks[i].quoted != d.toks[a].quoted {
		return false // `update "Testing and CI" in the guide`: a title, named
	}
	if n := d.tok(i + 1); (n == "is" || n == "are" || n == "was" || n == "were" || n == "has") &&
		d.same(i, i+2) && !stillWanted[d.tok(i+2)] && d.tok(i+2) != "not" {
		return false // "Additional documentation is available in the guide"
	}
	if isParticiple(d.toks[a].word) && subjectBefore(d, a) >= 0 {
		return false // "we improved the release process": what was done
	}
	return !vagueVerbs[d.toks[a].word] && !placed || actionFrame(d, a)
}

// asksFor open an action item that asks for more of something: "Conduct
// regular training", "Add additional monitoring"; "mark additional tests
// as flaky" does something particular to them.
var asksFor = set("add", "conduct", "implement", "introduce", "set", "establish", "hold", "run",
	"do", "perform", "provide", "write", "create", "build", "have", "need", "require", "ensure",
	"invest", "put", "schedule", "adopt", "enforce", "institute", "develop", "organize",
	"organise", "offer", "plan", "apply", "use", "get", "include")

// actionFrame reports whether the vague word at a stands where an action
// item or a factor does: opening its clause ("Strengthen review
// processes", "Insufficient capacity planning"), after an opening verb
// ("Conduct regular training"), or after a modal or "to" ("we will
// implement stricter controls", "we plan to enhance monitoring"). In the
// middle of an account ("not triggering additional code coverage") it
// describes.
func actionFrame(d *doc, a int) bool {
	if d.toks[a].clause {
		return true
	}
	if determiners[d.tok(a-1)] && d.same(a-1, a) {
		return false // "to the update process": a noun, not an action
	}
	if p := d.tok(a - 1); (p == "and" || p == "or") && a > 1 && d.same(a-2, a) && d.toks[a-2].clause {
		return true // "Review and improve our runbooks"
	}
	for k := a - 1; k >= max(0, a-3) && d.same(k, a); k-- {
		if d.toks[k].clause && asksFor[d.toks[k].word] {
			return true // "Conduct regular training", "Implement a more robust process"
		}
		if d.toks[k].word == "to" && k != a-1 {
			continue // "respond to the review process": a preposition
		}
		switch d.toks[k].word {
		case "should", "must", "need", "needs", "will", "'ll", "to", "shall", "let's", "lack",
			"lacked", "lacks", "lacking", "absence", "missing", "without":
			return true
		}
		if d.toks[k].clause {
			break
		}
	}
	return false
}

// introducesList reports whether the line holding token i ends with a
// colon: "a few additional safeguards will be put into place:" before a
// list that names them.
func introducesList(d *doc, i int) bool {
	e := d.toks[i].end
	for n := 0; e < len(d.text) && d.text[e] != '\n' && n < 240; n++ {
		e++
	}
	for e > d.toks[i].end && (d.text[e-1] == ' ' || d.text[e-1] == '\r' || d.text[e-1] == '\t') {
		e--
	}
	return e > d.toks[i].end && d.text[e-1] == ':'
}

// maskedGap reports whether a run of blanks sits between tokens k and k+1:
// `debrief lint` blanks inline code and links, so the gap is a name the
// writer gave.
func maskedGap(d *doc, k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	gap := d.text[d.toks[k].end:d.toks[k+1].start]
	if len(gap) < 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if gap[i] != ' ' {
			return false
		}
	}
	return true
}

// everyTime after "before" or "after" says when, not what: "before every
// deployment".
var everyTime = set("deployment", "deploy", "release", "change", "merge", "push", "incident",
	"outage", "rollout", "launch", "sprint", "shift", "upgrade", "migration")
