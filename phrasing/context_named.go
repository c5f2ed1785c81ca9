package phrasing

import "strings"

// Context read from round nine's false alarms, kept to families of shape:
// a question that stands alone on its line as a form's heading ("How will
// we prevent this from happening again?"), a milestone that opens its line
// among other events ("Root cause identified: ...", read by the root-cause
// claim grammar), a never-again narrowed to a type of failure, an
// agent that is a vendor's software, "would have caught" said of a guard
// the plan just described ("Such a check would have caught it"), problems
// between systems, care that names the situation it applies to, an area
// said to have been added, and an area with its artifact after a
// coordinated noun. Every scan reads a bounded window around the finding.

// namedContext reports whether finding f at token k is one of the shapes
// above.
func namedContext(d *doc, k int, f *Finding) bool {
	switch f.Rule {
	case "absolute-remediation":
		return formQuestion(d, k) || remedyAsked(d, k) || forecastOnly(d, k, f) || typeNarrowed(d, k) || pastGoalItem(d, k)
	case "passive-agent":
		return vendorThing(d, f)
	case "guard-counterfactual":
		return guardReferredBack(d, k)
	case "vague-factor":
		return betweenSystems(d, f)
	case "diligence-call":
		return careSituation(d, f)
	case "vague-area":
		return areaAdded(d, f) || placeAfterAnd(d, f)
	}
	return false
}

// formOpeners open a question a form asks of its writer: "What was the
// root cause?", "How will we prevent this from happening again?".
var formOpeners = set("what", "how", "which", "were", "was", "are", "is", "did", "do", "does")

// formQuestion reports whether the sentence holding k is a question that
// fills its line alone, opened by a form's question word, and not a why:
// a heading for the answer below. "What was the root cause? Sam's rushed
// deploy." shares its line with the answer and stays.
func formQuestion(d *doc, k int) bool {
	s := d.sentOf(k)
	if !s.question || s.last-s.first > 20 || !formOpeners[d.toks[s.first].word] {
		return false
	}
	a, b := lineAround(d.text, d.toks[k].start)
	head := strings.TrimLeft(d.text[a:d.toks[s.first].start], " \t*#>-0123456789.")
	tail := strings.TrimRight(d.text[min(s.end, b):b], " \t*\r")
	return head == "" && tail == "" && s.end <= b
}

// milestoneOpensLine reports whether "root cause" opens its line and a
// status word with a colon or a dash follows: "Root cause identified: the
// analytics call was timing out", a milestone in a list of events.
func milestoneOpensLine(d *doc, k int) bool {
	e := causeEnd(d, k)
	if !causeStatus[d.tok(e)] || !d.same(k, e) {
		return false
	}
	a, b := lineAround(d.text, d.toks[k].start)
	lead := d.text[a:d.toks[k].start]
	if strings.TrimLeft(lead, " \t*-+•") != "" {
		return false
	}
	rest := strings.TrimLeft(d.text[d.toks[e].end:min(len(d.text), d.toks[e].end+4)], " *")
	if rest != "" && rest[0] != ':' && rest[0] != '\n' && rest[0] != '-' &&
		!strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") {
		return false
	}
	// One of a list of events: a list marker, or a neighbouring line that is
	// not blank. "Root cause identified: the pool size." alone is the claim.
	return strings.TrimLeft(lead, " \t") != "" || a >= 2 && d.text[a-2] != '\n' ||
		b+1 < len(d.text) && d.text[b+1] != '\n' && d.text[b+1] != '\r'
}

// kindNouns before "of" narrow a never-again to a type of failure that a
// guard can be built for: "this type of failure", "this class of bug".
var kindNouns = set("type", "types", "kind", "kinds", "class", "classes", "category", "sort")

// typeNarrowed reports whether the never-again at k is said of a type of
// failure: "we will ensure this type of failure does not happen again".
func typeNarrowed(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && d.same(j, k); j-- {
		if kindNouns[d.toks[j].word] && d.tok(j+1) == "of" {
			return true
		}
	}
	return false
}

// vendorThings after an agent make it a compound naming a thing: "caused by
// a vendor software issue", "by a third-party library update".
var vendorThings = set("software", "issue", "issues", "bug", "bugs", "update", "updates", "outage",
	"system", "systems", "tool", "product", "patch", "release", "change", "library", "service",
	"api", "error", "failure", "defect", "firmware", "driver", "hardware", "platform", "component")

// vendorThing reports whether the agent that ends f is the first word of
// a thing's name.
func vendorThing(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	return d.same(e, e+1) && !d.toks[e].comma && vendorThings[d.tok(e+1)]
}

// guardReferredBack reports whether a would-have-caught is said of a guard
// the text has just described as planned: "Such a health check would have
// caught this error". "A simple health check would have caught it" grades
// the past with a guard nobody planned, and stays.
func guardReferredBack(d *doc, k int) bool {
	s := d.sentOf(k)
	for j := s.first; j <= k && j < s.first+3; j++ {
		w := d.toks[j].word
		if w == "such" {
			// "Such a simple test would have caught this" grades the guard.
			n := j + 1
			if d.tok(n) == "a" || d.tok(n) == "an" {
				n++
			}
			return !smallGuards[d.tok(n)]
		}
		if (w == "this" || w == "that") && kindNouns[d.tok(j+1)] {
			return true
		}
	}
	return false
}

// systemNouns are parts of a system that exchange messages.
var systemNouns = set("systems", "services", "components", "servers", "nodes", "regions",
	"clusters", "databases", "processes", "apps", "applications", "microservices", "hosts",
	"replicas", "modules", "queues", "datacenters", "shards", "machines")

// betweenSystems reports whether the vague factor that ends f is between
// parts of a system: "communication problems between systems" is a state
// of the system. "Communication problems between teams" stays.
func betweenSystems(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e+1) != "between" && d.tok(e+1) != "among" {
		return false
	}
	for j := e + 2; j < e+6 && d.same(e, j); j++ {
		if systemNouns[d.toks[j].word] {
			return true
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// careSituation reports whether a call for care names the situation it is
// for: "More carefully testing deployments whenever the cache changes",
// "test more carefully each time the schema moves". "Be more careful"
// stays.
func careSituation(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := e + 1; j < e+ctxWindow && d.same(e, j); j++ {
		switch d.toks[j].word {
		case "whenever":
			return !vagueConditions[d.tok(j+1)]
		case "each", "every":
			if d.tok(j+1) == "time" && d.same(j, j+2) {
				return !vagueConditions[d.tok(j+2)]
			}
		}
	}
	return false
}

// addedVerbs after an area say a change supplied it: "better logging and
// auto-restart added to the run service".
var addedVerbs = set("added", "shipped", "deployed", "introduced", "enabled", "implemented")

// areaAdded reports whether the area that ends f is told as what a change
// added, in the same clause.
func areaAdded(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := e + 1; j < e+5 && d.same(e, j); j++ {
		if addedVerbs[d.toks[j].word] {
			return true
		}
		if d.toks[j-1].comma {
			return false
		}
	}
	return false
}

// placeAfterAnd reports whether the area is coordinated with one more noun
// before the artifact it names: "Improve testing and validation of
// rollback procedures".
func placeAfterAnd(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e+1) != "and" || d.toks[e].comma || !d.same(e, e+2) || d.toks[e+2].comma {
		return false
	}
	g := *f
	g.Length = d.toks[e+2].end - f.Offset
	return placeAfter(d, &g)
}

// needVerbs before an area say what a thing needs: "the templates need
// better test coverage".
var needVerbs = set("need", "needs", "needed", "needing", "require", "requires", "required")

// thingNeeds reports whether the area at k is what a named thing needs: "we
// found the content templates to need better test coverage", "the parser
// needs better test coverage". "We need better test coverage" stays.
func (c *Checker) thingNeeds(d *doc, k int) bool {
	j := k - 1
	if !needVerbs[d.tok(j)] || !d.same(j, k) {
		return false
	}
	if d.tok(j-1) == "to" && d.same(j-1, j) {
		j-- // "found X to need": X, the object, is the subject of "need"
	}
	s := subjectBefore(d, j)
	if s < 0 || selfPronouns[d.toks[s].word] || d.toks[s].word == "they" || d.toks[s].word == "team" ||
		d.toks[s].word == "everyone" || d.toks[s].word == "us" {
		return false
	}
	return c.thingSubject(d, j)
}

// lackVerbs in an if-clause name what a thing did not give: "if the SDK
// provided a delete call".
var lackVerbs = set("provided", "exposed", "supported", "offered", "had", "allowed", "included",
	"shipped", "gave", "returned", "implemented", "documented")

// ellipsisOfThing reports whether a bare "they didn't" answers an
// if-clause whose subject is a thing: "it would have worked if TypeORM
// provided a delete mechanism, but they didn't". "If Kim had rolled back,
// but she didn't" and "if the on-call paged, but they didn't" stay.
func (c *Checker) ellipsisOfThing(d *doc, k int) bool {
	if d.tok(k) != "they" {
		return false
	}
	n := k + 1
	if d.tok(n) == "did" && d.tok(n+1) == "not" {
		n++
	}
	switch d.tok(n) {
	case "didn't", "not", "don't", "doesn't":
	default:
		return false
	}
	if d.same(n, n+1) && !d.toks[n].comma && !d.toks[n+1].clause {
		return false // a verb follows: "they didn't test it"
	}
	s := d.sentOf(k)
	for j := k - 1; j >= s.first && j >= k-ctxWindow; j-- {
		if d.toks[j].word != "if" && d.toks[j].word != "unless" {
			continue
		}
		subj := j + 1
		for subj < k && determiners[d.toks[subj].word] {
			subj++
		}
		if subj+1 >= k || !lackVerbs[d.tok(subj+1)] || selfPronouns[d.tok(subj)] || d.tok(subj) == "they" {
			return false
		}
		return c.personStartingAt(d, subj) < 0 && !c.isRole(d.tok(subj))
	}
	return false
}
