package phrasing

// Blame taken or placed: the writer or the team owning its faults as a
// verdict ("my repeated failures are an embarrassment", "our mistakes
// cost customers a day", "we are sorry for our many failings") and blame
// or responsibility for what happened placed on someone ("the
// responsibility nevertheless falls on me", "the blame lies squarely with
// the vendor"). The words own the fault rather than say what happened. A
// mistake found ("once we saw our mistake"), a lesson ("we learn from our
// mistakes"), blame denied ("no blame lies with anyone"), a question, a
// condition and who owns the work ahead ("responsibility for the fix lies
// with the platform team") are accounts or plans, not verdicts.

func init() {
	detectorNames["blame-owned"] = true
	detectors["blame-owned"] = detector{triggers: ownedTriggers(), run: detectBlameOwned}
}

// ownedGrades may stand between the owner and the fault: "my repeated".
var ownedGrades = set("repeated", "many", "own", "several", "numerous", "past", "recent",
	"earlier", "personal", "big", "biggest", "various", "multiple", "countless", "obvious",
	"silly", "stupid", "careless", "avoidable", "serious", "costly", "collective", "continued")

// faultTimes may place owned faults in time or place before the verb:
// "our missteps that week".
var faultTimes = set("here", "there", "too", "that", "this", "last", "week", "night", "day",
	"month", "year", "morning", "weekend", "so", "far", "today", "yesterday")

// faultVerdictVerbs make owned faults the cause of harm: "our mistakes
// cost a day".
var faultVerdictVerbs = set("led", "caused", "contributed", "resulted", "allowed", "let", "cost",
	"meant", "compounded", "hurt", "made", "left", "put", "created", "brought")

// shameWords after "is"/"are" make owned faults a verdict: "an
// embarrassment".
var shameWords = set("embarrassment", "embarrassing", "shameful", "disgrace", "inexcusable",
	"unacceptable", "unforgivable", "responsible", "blame", "reason", "cause", "why", "failure",
	"shame", "indefensible")

// faultCounts after "is"/"are" judge owned faults by number: "our failures have been many".
var faultCounts = set("many", "numerous", "legion", "plenty")

// comparedCount after a faultCounts word make it a measure, not a verdict.
var comparedCount = set("fewer", "more", "less", "times", "of")

// ownedAdmissions before the owner take the faults as blame: "sorry for
// our mistakes", "I admit my failures".
var ownedAdmissions = set("sorry", "apologize", "apologise", "apologies", "apology", "ashamed",
	"embarrassed", "admit", "acknowledge", "regret", "own", "answer", "excuse")

// blamePlaced put blame or responsibility on someone: "falls on", "lies
// with".
var blamePlaced = set("falls", "fell", "fall", "lies", "lay", "lie", "rests", "rested", "rest",
	"sits", "sat", "belongs", "belonged")

// blameFirm mark responsibility as taken for what happened, not assigned
// ahead: "the responsibility nevertheless falls on me".
var blameFirm = set("squarely", "entirely", "solely", "ultimately", "nevertheless", "nonetheless",
	"still", "firmly", "fully", "wholly", "completely", "clearly", "ultimate", "full", "final")

// blamedGroups are groups of people a role list need not hold: "the night
// shift", "the hosting company".
var blamedGroups = set("shift", "company", "vendor", "vendors", "provider", "providers",
	"supplier", "suppliers", "partner", "partners", "management", "leadership", "department")

// writerObjects are the writer and the team as the one blamed.
var writerObjects = set("me", "us", "myself", "ourselves", "mine", "ours")

func ownedTriggers() []string {
	return []string{"failures", "failings", "mistakes", "blunders", "missteps", "shortcomings",
		"responsibility", "blame", "mistake", "blunder", "misstep"}
}

func detectBlameOwned(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || questionSentence(d, i) || d.sentOf(i).question {
		return
	}
	var a, b int
	switch w := d.toks[i].word; {
	case w == "mistake" || w == "blunder" || w == "misstep":
		if a, b := ownedLabel(d, i); a >= 0 {
			*out = append(*out, c.finding(d, r, a, b))
		}
		return
	case w == "responsibility" || w == "blame":
		a, b = c.blameLaid(d, i)
	default:
		a, b = faultsOwned(d, i)
	}
	if a < 0 || missHypothetical(d, a, b-1) {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// faultsOwned reads "my repeated failures are an embarrassment", "our
// mistakes cost a day", "sorry for our many failings": the writer's or
// the team's faults as a verdict. It returns the span, or -1.
func faultsOwned(d *doc, i int) (int, int) {
	o := i - 1
	for n := 0; n < 3 && d.same(o, i) && ownedGrades[d.tok(o)]; n++ {
		o--
	}
	if w := d.tok(o); w != "my" && w != "our" || !d.same(o, i) {
		return -1, -1
	}
	// Admitted: "sorry for our mistakes", "I admit my failures".
	for k := o - 1; k >= o-3 && d.same(k, o); k-- {
		if ownedAdmissions[d.tok(k)] {
			return k, i + 1
		}
		if d.toks[k].comma {
			break
		}
	}
	// Judged: "my failures are an embarrassment", "our mistakes cost".
	v := i + 1
	for v < i+4 && d.same(i, v) && !d.toks[v-1].comma && !finiteVerbs[d.tok(v)] &&
		!faultVerdictVerbs[d.tok(v)] && (adverbs[d.tok(v)] || faultTimes[d.tok(v)] || adverbLike(&d.toks[v])) {
		v++ // "my failures here are", "our missteps that week were"
	}
	if !d.same(i, v) || d.toks[v-1].comma {
		return -1, -1
	}
	if faultVerdictVerbs[d.tok(v)] {
		return o, v + 1
	}
	switch d.tok(v) {
	case "is", "are", "was", "were":
	case "have", "has", "had":
		if d.tok(v+1) != "been" || !d.same(v, v+1) {
			return -1, -1
		}
		v++ // "our failures have been many"
	default:
		return -1, -1
	}
	for k := v + 1; k < v+4 && d.same(v, k); k++ {
		w := d.tok(k)
		if w == "not" || w == "never" {
			return -1, -1
		}
		if faultCounts[w] && comparedCount[d.tok(k+1)] && d.same(k, k+1) {
			return -1, -1 // "our failures are many fewer since May"
		}
		if shameWords[w] || faultCounts[w] {
			return o, k + 1
		}
	}
	return -1, -1
}

// blameLaid reads "the responsibility nevertheless falls on me", "the
// blame lies squarely with the vendor": blame placed on a person, an
// organisation, the writer or the team. Responsibility, which also names
// who owns work ahead, counts only when it is taken firmly or by the
// writer. It returns the span, or -1.
func (c *Checker) blameLaid(d *doc, i int) (int, int) {
	a := i
	firm := false
	for k := i - 1; k >= i-3 && d.same(k, i); k-- {
		w := d.tok(k)
		if w == "no" || w == "not" {
			return -1, -1
		}
		if blameFirm[w] {
			firm = true
			a = k
			continue
		}
		if w == "the" || w == "this" || w == "that" || w == "all" {
			a = k
		}
		break
	}
	k := i + 1
	if d.tok(k) == "for" {
		// "the blame for the outage lies with", a few words at most
		for k++; k < i+6 && d.same(i, k) && !blamePlaced[d.tok(k)]; k++ {
			if d.toks[k].comma {
				return -1, -1
			}
			// "for the outage", "for this ultimately": what happened
			firm = firm || blameFirm[d.tok(k)] || incidentNouns[d.tok(k)]
		}
	}
	for ; k < i+9 && d.same(i, k) && !blamePlaced[d.tok(k)]; k++ {
		if !adverbLike(&d.toks[k]) && !blameFirm[d.tok(k)] || d.toks[k].comma {
			return -1, -1
		}
		firm = true
	}
	if !blamePlaced[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	p := k + 1
	for p < k+4 && d.same(k, p) && (blameFirm[d.tok(p)] || adverbLike(&d.toks[p])) {
		firm = true
		p++
	}
	if w := d.tok(p); w != "on" && w != "with" && w != "upon" || !d.same(k, p) {
		return -1, -1
	}
	o := p + 1
	if !d.same(p, o) {
		return -1, -1
	}
	if writerObjects[d.tok(o)] {
		return a, o + 1
	}
	if d.tok(i) == "responsibility" && !firm {
		return -1, -1 // "responsibility for the fix lies with the platform team": who owns it
	}
	switch w := d.tok(o); {
	case w == "him" || w == "her" || w == "them" || d.toks[o].handle || c.isName(&d.toks[o]):
		return a, o + 1
	case npStart[w] || possessive(w):
		for e := o + 1; e < o+4 && d.same(o, e); e++ {
			if c.isRole(d.tok(e)) || blamedGroups[d.tok(e)] {
				return a, e + 1
			}
		}
	}
	return -1, -1
}
