package phrasing

// More of the writer or the team judging themselves, in the shapes real
// write-ups use: an act labelled a mistake ("the first mistake was an
// update I pushed", "a big mistake I made", "the painful extent of my big
// mistake"), a failure owned ("the biggest failure belongs to me", "I take
// full responsibility for this failure") and an apology for failing
// ("we're sorry we failed this time"). An apology for the outage, a
// mistake found and fixed, and a system's error are accounts, not labels.

// rankWords before "mistake" make it one of the writer's own acts, counted
// or graded: "the first mistake", "the biggest mistake".
var rankWords = set("first", "second", "third", "fourth", "fifth", "next", "last", "final",
	"biggest", "main", "real", "key", "worst", "big", "fundamental", "core", "critical", "major",
	"only", "other", "another", "initial", "original", "primary", "greatest", "costliest")

// harshMistake adjectives judge a mistake wherever it stands: "my big
// mistake", "our stupid mistake".
var harshMistake = set("big", "biggest", "huge", "stupid", "silly", "dumb", "rookie", "costly",
	"worst", "major", "terrible", "careless", "embarrassing", "grave", "serious", "fundamental",
	"massive", "horrible", "awful", "unforgivable", "inexcusable")

// foundVerbs before a mistake make it an account of finding it: "once we
// realized our mistake".
var foundVerbs = set("realized", "realised", "spotted", "found", "noticed", "fixed", "corrected",
	"caught", "saw", "discovered", "understood", "acknowledged", "admitted", "owned", "undid",
	"reverted", "repaired", "identified", "realize", "realise", "fix", "correct", "find", "spot")

// moreOwnMistake finds "the first mistake was", "a big mistake I made" and
// "my big mistake" where ownMistake found nothing, returning the span or
// -1.
func moreOwnMistake(d *doc, i int) (int, int) {
	k := i - 1
	adj := -1
	for k >= i-2 && d.same(k, i) && (rankWords[d.tok(k)] || harshMistake[d.tok(k)]) {
		adj = k
		k--
	}
	for j := k - 1; j >= max(0, k-3) && d.same(j, k); j-- {
		if foundVerbs[d.toks[j].word] {
			return -1, -1
		}
	}
	det := d.tok(k)
	if !d.same(k, i) {
		return -1, -1
	}
	// "a big mistake I made", "the mistake we made was"
	e := i + 1
	if d.tok(e) == "that" || d.tok(e) == "which" {
		e++
	}
	if (d.tok(e) == "i" || d.tok(e) == "we") && d.tok(e+1) == "made" && d.same(i, e+1) {
		if det == "my" || det == "our" || det == "a" || det == "the" || det == "one" || det == "another" || adj >= 0 {
			return max(k, 0), e + 2
		}
	}
	switch det {
	case "the":
		// "The first mistake was a small update I pushed."
		if adj < 0 || !d.toks[k].clause && !sentenceStart(d, k) {
			return -1, -1
		}
		if be := d.tok(i + 1); (be == "was" || be == "is" || be == "were") && d.same(i, i+1) {
			return k, i + 2
		}
	case "my", "our":
		// "the painful extent of my big mistake"
		for j := adj; j >= 0 && j < i; j++ {
			if harshMistake[d.toks[j].word] {
				return k, i + 1
			}
		}
	}
	return -1, -1
}

// ownTriggers anchor the owning and apologising shapes.
var ownTriggers = []string{"belongs", "belonged", "responsibility", "ownership", "sorry", "apologize",
	"apologise", "apologies", "apologized", "apologised", "failure", "regret", "blame", "lacked",
	"lack", "lacks"}

// ownFailWords are what the writer owns when judging themselves.
var ownFailWords = set("failure", "failures", "mistake", "mistakes", "fault", "error", "errors",
	"blunder", "oversight", "negligence", "lapse", "screw-up", "screwup")

// apologyFails after an apology and the writer make it about failing, not
// about the outage: "sorry we failed", "sorry that I let you down".
var apologyFails = set("failed", "let", "messed", "screwed", "dropped", "blew", "botched",
	"neglected", "underestimated")

// ownFailure finds "the biggest failure belongs to me", "I take full
// responsibility for this failure" and "sorry we failed", returning the
// span or -1.
func (c *Checker) ownFailure(d *doc, i int) (int, int) {
	switch w := d.toks[i].word; w {
	case "failure":
		// "our failure to monitor disk usage"
		if p := d.tok(i - 1); (p == "our" || p == "my") && d.tok(i+1) == "to" && d.same(i-1, i+2) {
			return i - 1, i + 3
		}
		return failureToCare(d, i)
	case "lacked", "lack", "lacks":
		// "our team lacked experience with upgrades"; "we lacked a pool
		// alert" names a missing artifact.
		k := i + 1
		if d.tok(k) == "the" || d.tok(k) == "any" || d.tok(k) == "enough" || d.tok(k) == "sufficient" {
			k++
		}
		if !competence[d.tok(k)] || !d.same(i, k) || !c.selfOrPerson(d, i) {
			return -1, -1
		}
		return subjectStartOf(c, d, i), k + 1
	case "regret":
		// "my biggest regret is not testing the migration", "I regret not
		// checking"
		k := i + 1
		if b := d.tok(k); b == "is" || b == "was" {
			k++
		}
		if d.tok(k) != "not" || !d.same(i, k+1) || !gerundLike(d.tok(k+1)) {
			return -1, -1
		}
		a := i - 1
		for a > 0 && d.same(a, i) && (rankWords[d.tok(a)] || harshMistake[d.tok(a)]) {
			a--
		}
		if t := d.tok(a); t != "my" && t != "our" && t != "i" && t != "we" || !d.same(a, i) {
			return -1, -1
		}
		return a, k + 2
	case "blame":
		// "I take the blame for this one"; "we don't assign blame" is not.
		k := i - 1
		if t := d.tok(k); t == "the" || t == "full" || t == "all" || t == "my" || t == "our" {
			k--
		}
		if !takeWords[d.tok(k)] && d.tok(k) != "accept" && d.tok(k) != "accepted" && d.tok(k) != "deserve" {
			return -1, -1
		}
		if s := subjectBefore(d, k); s >= 0 && (d.tok(s) == "i" || d.tok(s) == "we") {
			return s, i + 1
		}
	case "belongs", "belonged":
		// "the biggest failure belongs to me"
		if d.tok(i+1) != "to" && d.tok(i+1) != "with" || !d.same(i, i+2) {
			return -1, -1
		}
		if o := d.tok(i + 2); o != "me" && o != "us" {
			return -1, -1
		}
		for j := i - 1; j >= max(0, i-3) && d.same(j, i); j-- {
			if ownFailWords[d.toks[j].word] || d.toks[j].word == "one" && rankWords[d.tok(j-1)] {
				a := j
				for a > 0 && d.same(a-1, j) && (rankWords[d.tok(a-1)] || npStart[d.tok(a-1)]) {
					a--
				}
				return a, i + 3
			}
		}
	case "responsibility", "ownership":
		// "I take full responsibility for this failure"; "we take
		// responsibility for customer data" is a duty, not a judgement.
		k := i + 1
		if d.tok(k) != "for" && d.tok(k) != "of" {
			return -1, -1
		}
		k++
		if npStart[d.tok(k)] || d.tok(k) == "my" {
			k++
		}
		v := i - 1
		full := false
		if t := d.tok(v); t == "full" || t == "complete" || t == "sole" || t == "all" || t == "total" {
			full, v = true, v-1
		}
		if !takeWords[d.tok(v)] && d.tok(v) != "accept" && d.tok(v) != "accepted" || !d.same(v, k) {
			return -1, -1
		}
		s := subjectBefore(d, v)
		if s < 0 || d.tok(s) != "i" && d.tok(s) != "we" {
			return -1, -1
		}
		if !ownFailWords[d.tok(k)] && !(full && d.tok(s) == "i") {
			return -1, -1
		}
		return s, k + 1
	default:
		// "we're sorry we failed", "I apologise that I let you down"
		k := i + 1
		if d.tok(k) == "that" || d.tok(k) == "for" {
			k++
		}
		if d.tok(k) == "our" || d.tok(k) == "my" {
			if ownFailWords[d.tok(k+1)] || d.tok(k+1) == "failing" {
				return i, k + 2
			}
			return -1, -1
		}
		if d.tok(k) == "the" && (d.tok(k+1) == "mistake" || d.tok(k+1) == "mistakes" || d.tok(k+1) == "oversight") &&
			d.toks[i].word == "sorry" && !d.toks[k+1].comma && (!d.same(k+1, k+2) || d.tok(k+2) == "and") {
			return i, k + 2 // "we're sorry for the mistake and the downtime"
		}
		if d.tok(k) == "failing" && d.same(i, k) {
			return i, k + 1
		}
		if t := d.tok(k); t != "we" && t != "i" || !d.same(i, k+1) {
			return -1, -1
		}
		if !apologyFails[d.tok(k+1)] {
			return -1, -1
		}
		switch d.tok(k + 1) {
		case "let":
			if d.tok(k+3) != "down" && d.tok(k+4) != "down" {
				return -1, -1 // "sorry we let the job run"
			}
		case "dropped":
			if d.tok(k+3) != "ball" {
				return -1, -1 // "sorry we dropped your requests" is the outage
			}
		}
		return i, k + 2
	}
	return -1, -1
}

// rankedFactor rewrites a counted mistake as a contributing factor: "The
// first mistake was a refactor I pushed" -> "The first contributing factor
// was a refactor I pushed".
func rankedFactor(c *Checker, d *doc, f *Finding, a, b int) {
	if b-a != 4 || d.toks[a].word != "the" || !rankWords[d.tok(a+1)] {
		return
	}
	m := a + 2
	rep := "contributing factor"
	switch d.toks[m].word {
	case "mistake":
	case "mistakes":
		rep = "contributing factors"
	default:
		return
	}
	c.swap(d, f, m, m+1, rep)
	f.Suggestion = d.text[d.toks[a].start:d.toks[m].start] + rep + " " + d.toks[b-1].word
}
