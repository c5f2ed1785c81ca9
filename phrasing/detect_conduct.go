package phrasing

// The writer, the team or a person judged by what they are or what they
// did to others, read from the clause's grammar rather than from fixed
// sentences: an error owned as an act ("we made a configuration error", "I
// have made two mistakes"), a conduct label with a person as the subject
// ("when I'm lazy", "we were complacent", "the on-call was careless"), the
// problem made worse ("I have compounded the problem", "we made things
// worse"), the people let down ("we annoyed our validators", "we failed
// our users") and an apology for allowing it ("sorry for allowing this to
// happen"). A system with the same words is a fact ("the parser made an
// error", "the cache was lazy-loaded"), and an error found or fixed is an
// account ("we fixed the error we made").

func init() { detectorNames["own-conduct"] = true }

// madeVerbs own an error as an act.
// Only past and perfect forms: "when they make a mistake" is general.
// "Introduced" and "shipped" own a defect the same way when someone else
// did it ("the contractor introduced a bug"); the writer's own "we
// introduced a syntax error" tells an act.
var madeVerbs = set("made", "committed", "introduced", "shipped", "pushed", "deployed")

// errorNouns are what a person makes when they err.
var errorNouns = set("error", "errors", "mistake", "mistakes", "blunder", "blunders", "misstep",
	"missteps", "misjudgment", "misjudgement", "misjudgments", "misjudgements", "miscalculation",
	"miscalculations", "slip", "slip-up", "slip-ups", "goof", "gaffe", "oversight", "oversights",
	"screw-up", "screwup", "typo", "typos", "misconfiguration", "faux", "bug", "bugs",
	"regression", "regressions", "defect", "defects")

// conductLabels judge what kind of person someone was, said after "was",
// "were", "got" or "am".
var conductLabels = set("lazy", "careless", "sloppy", "complacent", "negligent", "reckless",
	"hasty", "naive", "naïve", "overconfident", "over-confident", "impatient", "lax", "cavalier",
	"inattentive", "stupid", "foolish", "dumb", "arrogant", "rash", "irresponsible", "clumsy",
	"lazier", "sloppier", "incompetent", "unprofessional", "thoughtless", "short-sighted",
	"shortsighted", "inexcusable", "overzealous", "smug", "stubborn", "cocky", "obstinate",
	"pigheaded", "pig-headed", "headstrong", "gullible", "presumptuous", "blasé", "blase")

// labelLinks link a subject to a label; "got" and "became" too ("we got
// complacent").
var labelLinks = set("was", "were", "am", "are", "is", "been", "being", "be", "got", "get", "gets",
	"getting", "became", "become", "grew", "seemed", "felt")

// selfBe are contractions of a self pronoun and "am"/"are".
var selfBe = set("i'm", "we're", "you're", "they're", "he's", "she's", "we'd", "i'd")

// worsenVerbs make a problem worse.
var worsenVerbs = set("compounded", "compound", "exacerbated", "exacerbate", "worsened", "aggravated",
	"amplified", "prolonged", "deepened")

// problemObjects are what a person makes worse: "the problem", "matters".
var problemObjects = set("problem", "problems", "issue", "issues", "outage", "incident", "situation",
	"matters", "things", "it", "this", "everything", "damage", "mess", "impact", "confusion",
	"downtime", "disruption", "error", "mistake", "failure")

// harmVerbs are what a team does to the people it serves when it judges
// itself: "we annoyed our validators".
var harmVerbs = set("annoyed", "frustrated", "disappointed", "upset", "angered", "alienated",
	"failed", "burned", "burnt", "inconvenienced", "confused", "misled", "hurt", "abandoned",
	"embarrassed", "irritated")

// servedPeople are who a team serves; a harm verb with one of them as its
// object is a self-judgement.
var servedPeople = set("users", "customers", "validators", "operators", "community", "clients",
	"members", "developers", "contributors", "partners", "maintainers", "readers", "subscribers",
	"players", "students", "you", "everyone", "everybody", "people", "them", "us", "team",
	"teammates", "colleagues", "stakeholders", "fans", "followers", "miners", "node", "nodes",
	"delegators", "holders", "merchants", "sellers", "buyers", "visitors", "user", "customer")

// apologyWords open an apology; "for allowing", "for letting" after them make it an apology
// for failing.
var apologyWords = set("sorry", "apologize", "apologise", "apologies", "apology", "apologized",
	"apologised", "regret")

// allowWords are the failing a team apologises for.
var allowWords = set("allowing", "letting", "allowed", "let", "permitting", "failing",
	"neglecting", "overlooking", "missing", "ignoring", "not")

func conductTriggers() []string {
	out := []string{"worse", "us", "me", "wrong", "reused", "reusing", "too", "failing", "off",
		"chose", "decided", "opted", "elected", "shortcut", "shortcuts", "anyway", "prematurely", "short"}
	return withWords(out, misGerunds, madeVerbs, conductLabels, worsenVerbs, harmVerbs, apologyWords)
}

func detectConduct(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	// A question asks the room; "When I'm lazy, I skip it" is a statement.
	if d.sentOf(i).question {
		return
	}
	w := d.toks[i].word
	a, b := -1, -1
	q := "What made this the sensible thing to do at the time, and what would have caught it?"
	switch {
	case madeVerbs[w]:
		if a, b = c.madeError(d, i); a >= 0 {
			f := c.finding(d, r, a, b)
			f.Question = q
			madeRewrite(d, &f, a, i, b)
			*out = append(*out, f)
			return
		}
	case conductLabels[w]:
		a, b = c.labelledPerson(d, i)
		a = keyLine(d, max(a, 0), i)
		q = "What about the situation made this easy to do at the time?"
	case worsenVerbs[w]:
		if e := problemAfter(d, i+1); e > 0 && c.doerBefore(d, i) >= 0 {
			a, b = c.doerBefore(d, i), e
		}
		q = "What did the step look like it would do at the time, and what would have shown otherwise?"
	case w == "worse":
		// "we made things worse", "I made the outage worse"
		if k := madeBefore(d, i); k >= 0 {
			if a = c.doerBefore(d, k); a < 0 {
				a = ownActBefore(d, k) // "our rollback made matters worse"
			}
			b = i + 1
		}
		q = "What did the step look like it would do at the time, and what would have shown otherwise?"
	case harmVerbs[w]:
		if e := servedAfter(d, i+1); e > 0 {
			if s := c.doerBefore(d, i); s >= 0 && d.tok(s) != "they" {
				a, b = s, e
			}
		}
		q = "What did the change ask of the people it reached, and what would have made it easier on them?"
	case w == "reused" || w == "reusing":
		a, b = c.secretReused(d, i)
		q = "What made reusing it the easy path, and what would have made the safe one easier?"
	case w == "too":
		a, b = c.trustedTooMuch(d, i)
		q = "What made the old checks look trustworthy at the time?"
	case w == "us" || w == "me":
		a, b = onUs(d, i)
		q = "What made this easy to get wrong, and what would have caught it?"
	case w == "wrong":
		a, b = c.gotWrong(d, i)
	case w == "failing":
		// "and us failing to handle this traffic"
		if p := d.tok(i - 1); (p == "us" || p == "me") && d.tok(i+1) == "to" && d.same(i-1, i+2) {
			a, b = i-1, i+3
		} else if e := servedAfter(d, i+1); e > 0 {
			// "we're failing our customers", "we are failing you"
			if s := progressiveSelf(d, i); s >= 0 {
				a, b = s, e
			}
		}
		q = "What did the people we serve need from us that the system did not give them?"
	case w == "short":
		// "we fell short of our promise", "we have fallen short"
		if v := d.tok(i - 1); v == "fell" || v == "fallen" || v == "falling" {
			if s := c.doerBefore(d, i-1); s >= 0 && d.tok(s) != "they" && d.tok(s) != "you" {
				a, b = s, i+1
			}
		}
		q = "What did we promise, and what in the system kept us from it?"
	case w == "chose" || w == "decided" || w == "opted" || w == "elected":
		a, b = c.choseToSkip(d, i)
	case w == "shortcut" || w == "shortcuts":
		a, b = c.tookShortcut(d, i)
	case w == "anyway" || w == "prematurely":
		a, b = c.actedAnyway(d, i)
		q = "What made going ahead look reasonable at the time?"
	case w == "off":
		a, b = c.wroteOff(d, i)
		q = "What made the warning look safe to set aside at the time?"
	case misGerunds[w]:
		a, b = c.misreadOpening(d, i)
	case apologyWords[w]:
		a, b = apologyForAllowing(d, i)
		q = "What made this possible, and what would have caught it?"
	}
	c.addAsking(d, r, a, b, q, out)
}

// doerBefore returns the first token of the person, the writer or the team
// who is the subject of the verb at v, or -1. A perfect ("I have
// compounded") and an adverb between ("we just made") are read through.
func (c *Checker) doerBefore(d *doc, v int) int {
	k := v
	for n := 0; n < 3; n++ {
		switch p := d.tok(k - 1); p {
		case "have", "has", "had", "'ve", "then", "also", "really", "probably", "certainly",
			"inadvertently", "unfortunately", "unknowingly", "unwittingly", "again", "only", "further", "even":
			if !d.same(k-1, v) {
				return -1
			}
			k--
			continue
		}
		break
	}
	s := subjectBefore(d, k)
	if t := d.tok(s); t == "and" || t == "but" {
		s = c.clauseSubject(d, k) // "Sam assumed it was fine and merged anyway"
	}
	if s < 0 {
		s = asideSubject(d, k) // "The release team, under pressure, made ..."
	}
	if s >= 0 && c.relativeHead(d, s) >= 0 {
		s = c.relativeHead(d, s) // "The maintainer whose account was taken had reused ..."
	}
	if s < 0 {
		return -1
	}
	if t := d.tok(s); t == "we've" || t == "i've" || t == "i'd" || t == "we'd" {
		return s
	}
	start, kind := c.personEndingAt(d, s)
	if kind == selfPerson || kind == rolePerson || kind == namedPerson {
		return start
	}
	return -1
}

// madeError finds "we made a configuration error", "I have made two
// mistakes" and "the intern committed an error" from the verb at v.
func (c *Checker) madeError(d *doc, v int) (int, int) {
	if p := d.tok(v - 1); mistakeAfter(d, v+1) && p != "have" && p != "has" && p != "had" && subjectBefore(d, v) >= 0 {
		return -1, -1 // person-failure reads "we made a big mistake"
	}
	s := c.doerBefore(d, v)
	if s < 0 || d.tok(s) == "you" {
		return -1, -1 // "if you made a silly mistake, so did we all"
	}
	if v0 := d.toks[v].word; writerSelf(d.tok(s)) && v0 != "made" && v0 != "committed" {
		return -1, -1 // "we introduced a syntax error" tells an act; "we made an error" owns one
	}
	// "once we realized the mistake we made": an account of finding it.
	for j := s - 1; j >= max(0, s-3) && d.same(j, s); j-- {
		if foundVerbs[d.toks[j].word] {
			return -1, -1
		}
	}
	for k := v + 1; k <= v+5 && d.same(v, k) && !d.toks[k-1].comma; k++ {
		t := d.tok(k)
		if errorNouns[t] {
			if t == "faux" && d.tok(k+1) != "pas" {
				return -1, -1
			}
			// "made an error in the template" is still the person's act;
			// "made no mistakes" is not a failure.
			for j := v + 1; j < k; j++ {
				if n := d.toks[j].word; n == "no" || n == "few" || n == "fewer" || n == "any" {
					return -1, -1
				}
			}
			return s, k + 1
		}
		if npStop[t] || clauseWords[t] {
			return -1, -1
		}
	}
	return -1, -1
}

// labelledPerson finds "when I'm lazy", "we were complacent" and "the
// on-call got careless": a conduct label said of a person, ending at the
// label at i.
func (c *Checker) labelledPerson(d *doc, i int) (int, int) {
	k := i - 1
	for k > i-3 && d.same(k, i) && (intensifiers[d.tok(k)] || adverbs[d.tok(k)] ||
		d.tok(k) == "too" || d.tok(k) == "so" || d.tok(k) == "a" || d.tok(k) == "bit" ||
		d.tok(k) == "little" || d.tok(k) == "somewhat" || d.tok(k) == "rather" || d.tok(k) == "quite") {
		k--
	}
	if !d.same(k, i) {
		return -1, -1
	}
	// "we were lazy loading the images", "they were blind signing": the
	// label is a modifier of the verb or noun after it.
	if n := d.tok(i + 1); d.same(i, i+1) && !d.toks[i].comma && (gerundLike(n) || isParticiple(n) ||
		n == "evaluation" || n == "initialization" || n == "initialisation") {
		return -1, -1
	}
	t := d.tok(k)
	if selfBe[t] {
		return k, i + 1
	}
	if !labelLinks[t] {
		return -1, -1
	}
	if t == "been" || t == "being" || t == "be" {
		for n := 0; n < 2 && (d.tok(k-1) == "have" || d.tok(k-1) == "had" || d.tok(k-1) == "has" ||
			d.tok(k-1) == "was" || d.tok(k-1) == "were" || d.tok(k-1) == "am" ||
			d.tok(k-1) == "are" || d.tok(k-1) == "to" || d.tok(k-1) == "not"); n++ {
			k--
		}
		if d.tok(k) == "to" || d.tok(k) == "not" {
			return -1, -1 // "we need to be less complacent" is advice, not a label
		}
	}
	s := c.doerBefore(d, k)
	if s < 0 || d.tok(s) == "you" {
		return -1, -1
	}
	return s, i + 1
}

// problemAfter returns the end of "the problem", "matters" or "it" after
// a worsening verb at k, or -1.
func problemAfter(d *doc, k int) int {
	if npStart[d.tok(k)] && d.tok(k) != "this" && d.tok(k) != "it" {
		k++
		if d.same(k, k+1) && !problemObjects[d.tok(k)] && !d.toks[k].comma {
			k++ // "the original problem"
		}
	}
	if !problemObjects[d.tok(k)] || !d.same(k-1, k) {
		return -1
	}
	return k + 1
}

// madeBefore finds "made" before "things worse" or "the outage worse",
// returning its index or -1.
func madeBefore(d *doc, i int) int {
	for k := i - 1; k >= max(0, i-4) && d.same(k, i); k-- {
		switch d.toks[k].word {
		case "made", "making":
			if problemAfter(d, k+1) == i || d.tok(k+1) == "matters" && k+2 == i {
				return k
			}
			return -1
		}
	}
	return -1
}

// servedAfter returns the end of "our validators", "the users" or "you"
// after a harm verb, or -1.
func servedAfter(d *doc, k int) int {
	if t := d.tok(k); t == "our" || t == "the" || t == "all" || t == "many" || t == "some" || t == "your" || t == "their" {
		k++
		if d.same(k, k+1) && !servedPeople[d.tok(k)] && !d.toks[k].comma {
			k++ // "our node operators"
		}
	} else if t != "you" && t != "everyone" && t != "everybody" && t != "them" && t != "us" {
		return -1
	}
	if !servedPeople[d.tok(k)] || !d.same(k-1, k) {
		return -1
	}
	return k + 1
}

// progressiveSelf returns the writer's pronoun before a progressive at i
// ("we're failing", "we are failing", "I am failing"), or -1.
func progressiveSelf(d *doc, i int) int {
	p := d.tok(i - 1)
	switch {
	case p == "we're" || p == "i'm":
		return i - 1
	case (p == "are" || p == "were" || p == "am" || p == "was") && writerSelf(d.tok(i-2)) && d.same(i-2, i):
		return i - 2
	}
	return -1
}
