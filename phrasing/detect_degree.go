package phrasing

// The team's checks graded by degree against what they failed to catch:
// "our alerting was not sensitive enough to catch the spike", "the staging
// checks were inadequate to detect the drift", "the canary was too short
// to surface the leak"; and the team's plans graded by degree: "our
// estimates were far too low", "the cleanup policy is a bit too naive".
// The judgement is a degree word (insufficient, not ... enough, too) with
// a purpose the work missed, or with planning the team did. A thing too
// small to be seen ("the leak was too small to detect"), a system's
// capacity ("the disk was not large enough to hold the logs"), an
// investigation's state ("the evidence is not sufficient to identify the
// attacker"), a requirement ("checks must be thorough enough to catch it")
// and a condition are not verdicts.

func init() {
	detectorNames["graded-short"] = true
	detectors["graded-short"] = detector{triggers: degreeTriggers(), run: detectGradedShort}
}

// checkPurposes are what a check is for: a purpose the work missed.
var checkPurposes = set("catch", "detect", "notice", "spot", "flag", "surface", "reveal", "uncover",
	"expose", "alert", "warn", "page", "highlight", "trigger", "prevent", "stop", "block", "reject",
	"trip", "fire")

// careGrades are qualities of careful work, denied with "not ... enough":
// "not sensitive enough", "not thorough enough".
var careGrades = set("sensitive", "thorough", "strict", "rigorous", "careful", "comprehensive",
	"detailed", "granular", "extensive", "broad", "wide", "deep", "specific", "precise",
	"tight", "aggressive", "frequent", "robust", "effective", "complete", "realistic",
	"representative", "fine-grained", "good", "close", "sophisticated", "diligent")

// weakGrades after "too" grade careful work as lacking: "too shallow",
// "too lax".
var weakGrades = set("shallow", "weak", "lax", "coarse", "narrow", "sparse", "superficial",
	"brief", "infrequent", "lenient", "loose", "crude", "permissive", "cursory")

// naiveGrades after "too" grade the team's thinking: "too naive",
// "far too optimistic".
var naiveGrades = set("low", "naive", "naïve", "simplistic", "optimistic", "ambitious", "rosy", "hopeful")

// thinkingAhead are the team's thinking ahead: "our estimates were too low".
var thinkingAhead = set("estimate", "estimates", "estimation", "plan", "plans", "planning",
	"forecast", "forecasts", "projection", "projections", "assumption", "assumptions",
	"expectation", "expectations", "policy", "policies", "approach", "thinking",
	"sizing", "timeline", "schedule", "guess", "guesses")

// checkNouns are guards a team puts in place, beyond its kinds of work.
var checkNouns = set("check", "checks", "alert", "alerts", "alarm", "alarms", "canary",
	"canaries", "monitor", "monitors", "probe", "probes", "guard", "guards", "safeguard",
	"safeguards", "guardrail", "guardrails", "control", "controls", "threshold", "thresholds",
	"suite", "assertions", "validation", "validations", "gate", "gates", "lint", "linting",
	"dashboards", "dashboard", "staging", "soak", "bake")

func degreeTriggers() []string {
	out := []string{"enough", "insufficient", "inadequate", "sufficient", "adequate", "proper"}
	return withWords(out, weakGrades, naiveGrades)
}

func detectGradedShort(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted {
		return
	}
	a, b := lackedCare(d, i)
	if a < 0 {
		a, b = c.gradedShort(d, i)
	}
	if a < 0 || questionSentence(d, i) || d.sentOf(i).question {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// gradedShort returns the span of a check or a plan graded by degree at
// i, or -1.
func (c *Checker) gradedShort(d *doc, i int) (int, int) {
	be, g, plan := degreeAt(d, i)
	if be < 0 {
		return -1, -1
	}
	if m := d.tok(be - 1); gradeModals[m] || conditionBefore(d, be) {
		return -1, -1
	}
	s := subjectBefore(d, be)
	if s < 0 {
		return -1, -1
	}
	a := -1
	if plan {
		// "our estimates were far too low": no purpose needed, the plan is
		// the team's own
		a = headIn(d, s, func(w string) bool { return thinkingAhead[w] })
		if a < 0 {
			if start, kind := c.personEndingAt(d, s); kind == selfPerson || kind == rolePerson || kind == namedPerson {
				a = start
			}
		}
		if a < 0 || !ownedFrom(d, a, be) {
			return -1, -1
		}
		return a, g
	}
	if ga, _ := gradedWork(d, i); ga >= 0 {
		return -1, -1 // work-graded's: "the setup was not sufficient"
	}
	// a purpose the work missed: "to catch the spike"
	v := g + 1
	if d.tok(g) != "to" || !d.same(g, v) {
		return -1, -1
	}
	if adverbLike(&d.toks[v]) && d.same(v, v+1) {
		v++ // "to reliably catch"
	}
	if !checkPurposes[d.tok(v)] || !d.same(v, v+1) || d.toks[v].comma {
		return -1, -1 // "too small to detect." has no object: the thing is the subject
	}
	if n := d.tok(v + 1); npStop[n] && !(n == "on" || n == "for") || (n == "on" || n == "for") && !npStart[d.tok(v+2)] {
		return -1, -1 // "fire on the leak" has its object after the particle
	}
	if a = headIn(d, s, func(w string) bool { return checkNouns[w] || isWork(w) || peopleWork[w] }); a < 0 {
		return -1, -1
	}
	return a, v + 1
}

// ownedFrom reports the team owning the subject [a, be): "our
// estimates", "the estimates we made". "The estimate was too optimistic"
// may be a tool's.
func ownedFrom(d *doc, a, be int) bool {
	for k := a; k < be; k++ {
		switch d.toks[k].word {
		case "our", "my", "we", "i", "team's", "we'd":
			return true
		}
	}
	return false
}

// gradeModals make a grade a requirement or a hypothesis: "must be
// thorough enough", "would be insufficient".
var gradeModals = set("must", "should", "would", "could", "might", "may", "will", "shall", "to",
	"can", "needs", "need")

// degreeAt reads the degree at i and returns the copula before it, the
// end of the grade and whether it grades planning ("too low") rather than
// care ("not thorough enough"); be is -1 when there is none.
func degreeAt(d *doc, i int) (be, g int, plan bool) {
	w := d.toks[i].word
	k := i - 1
	switch {
	case w == "insufficient" || w == "inadequate":
		g = i + 1
	case w == "sufficient" || w == "adequate":
		if d.tok(k) != "not" {
			return -1, 0, false
		}
		k--
		g = i + 1
	case w == "enough":
		// "not sensitive enough", "not enough"
		if careGrades[d.tok(k)] {
			k--
		}
		if d.tok(k) != "not" {
			return -1, 0, false
		}
		k--
		g = i + 1
	case weakGrades[w] || naiveGrades[w]:
		if d.tok(k) != "too" {
			return -1, 0, false
		}
		k--
		if t := d.tok(k); t == "far" || t == "way" || t == "much" || t == "a" && d.tok(k-1) != "bit" {
			k--
		}
		if d.tok(k) == "bit" && d.tok(k-1) == "a" {
			k -= 2
		}
		g = i + 1
		plan = naiveGrades[w] && !weakGrades[w]
	default:
		return -1, 0, false
	}
	if t := d.tok(k); t == "simply" || t == "clearly" || t == "just" || t == "still" || t == "also" {
		k--
	}
	switch d.tok(k) {
	case "was", "were", "is", "are", "been", "proved", "seemed", "remained":
	case "wasn't", "weren't", "isn't", "aren't":
		if w != "enough" && w != "sufficient" && w != "adequate" {
			return -1, 0, false
		}
	default:
		return -1, 0, false
	}
	if !d.same(k, g-1) {
		return -1, 0, false
	}
	return k, g, plan
}

// conditionBefore reports "if", "unless" or "whether" opening the clause
// that holds the copula at be: a condition, not a verdict.
func conditionBefore(d *doc, be int) bool {
	for k := be - 1; k >= be-maxClause && k >= 0 && d.same(k, be); k-- {
		switch d.toks[k].word {
		case "if", "unless", "whether", "when", "once":
			return true
		}
		if d.toks[k].clause {
			return false
		}
	}
	return false
}

// headIn finds a noun that isHead accepts heading the subject that ends at s ("the
// staging checks", "our estimates for the migration") at most five words
// back in the clause, and returns where the subject starts, or -1.
func headIn(d *doc, s int, isHead func(string) bool) int {
	for j := s; j > s-6 && j >= 0 && d.same(j, s); j-- {
		if isHead(d.toks[j].word) {
			a := j
			for a > 0 && a > j-3 && d.same(a-1, j) && !d.toks[a-1].comma && !d.toks[a].clause &&
				!finiteVerbs[d.tok(a-1)] && !clauseWords[d.tok(a-1)] {
				a--
			}
			return a
		}
		if d.toks[j].clause || j < s && d.toks[j].comma || finiteVerbs[d.tok(j)] {
			return -1
		}
	}
	return -1
}

// wentWithout say the work went without: "lacked sufficient checks".
var wentWithout = set("lacked", "lacks", "lacking", "lack")

// lackedCare reads "the deploy script lacked sufficient safety checks",
// "the service lacks adequate alerting" at the degree word i: a degree of
// care the work went without, named by a kind of care. "The node lacked
// sufficient CPU" is a system's capacity.
func lackedCare(d *doc, i int) (int, int) {
	switch d.toks[i].word {
	case "sufficient", "adequate", "enough", "proper":
	default:
		return -1, -1
	}
	v := i - 1
	if !wentWithout[d.tok(v)] || !d.same(v, i) {
		return -1, -1
	}
	for e := i + 1; e < i+4 && d.same(i, e); e++ {
		if w := d.toks[e].word; checkNouns[w] || isWork(w) {
			if n := d.tok(e + 1); systemTails[n] && d.same(e, e+1) {
				return -1, -1
			}
			return v, e + 1
		}
		if d.toks[e].comma || npStop[d.toks[e].word] {
			return -1, -1
		}
	}
	return -1, -1
}
