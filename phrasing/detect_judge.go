package phrasing

// Judgements of how people worked, in the shapes real postmortems use
// beyond "should have": the team's speed ("we were slow to realize", "it
// took us too long to declare the incident"), a past decision graded
// ("it was a bad idea to deploy so much at once", "the best approach would
// have been to revert"), calls for more diligence that name no artifact
// ("more carefully test and review code", "take extra care", "admins
// should refamiliarize themselves with the policy") and omissions listed as
// what went wrong ("Not double checking the update beforehand").

// diligenceVerbs are the care a reviewer expects of people: leaving one out
// reads as a failure of diligence rather than a plain account.
var diligenceVerbs = set("test", "check", "double-check", "verify", "review", "catch", "monitor",
	"communicate", "coordinate", "consider", "validate", "follow", "read", "alert", "notify",
	"inform", "escalate", "block", "assign", "declare", "think", "plan", "analyze", "analyse",
	"look", "watch", "document", "vet", "confirm", "ensure", "investigate", "prepare",
	"understand", "anticipate", "announce")

// diligenceGerunds maps "testing" to "test" for the verbs above.
var diligenceGerunds = func() map[string]string {
	m := make(map[string]string, len(diligenceVerbs))
	for v := range diligenceVerbs {
		m[gerund(v)] = v
	}
	return m
}()

// careAdverbs graded with "more" or "enough" ask people to be more careful.
var careAdverbs = set("carefully", "closely", "thoroughly", "rigorously", "attentively",
	"diligently", "cautiously", "conscientiously")

// reeducateVerbs sent at people ("should refamiliarize themselves with the
// policy") ask them to know better instead of changing the system.
var reeducateVerbs = set("familiarize", "familiarise", "refamiliarize", "refamiliarise",
	"re-familiarize", "re-familiarise", "reacquaint", "re-educate", "reeducate", "educate",
	"brush")

func diligenceTriggers() []string {
	out := []string{"care", "effort", "efforts", "better", "double", "double-check"}
	for w := range careAdverbs {
		out = append(out, w)
	}
	for w := range reeducateVerbs {
		out = append(out, w)
	}
	return out
}

// detectDiligence flags calls for more care that name nothing to build.
func detectDiligence(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	a, b := i, i+1
	switch {
	case careAdverbs[w]:
		if ableBefore(d, i) {
			return // "be able to track the origin more closely": a tool to build
		}
		switch {
		case (d.tok(i-1) == "more" || d.tok(i-1) == "extra") && d.same(i-1, i):
			a = i - 1 // "more carefully test", "review it more closely"
			if diligenceVerbs[d.tok(i+1)] && d.same(i, i+1) {
				b = i + 2
			}
		case d.tok(i+1) == "enough" && d.same(i, i+1):
			b = i + 2 // "we were not monitoring closely enough"
		default:
			return
		}
	case w == "care":
		p := d.tok(i - 1)
		if p != "extra" && p != "more" && p != "greater" && p != "special" && p != "additional" ||
			!takeWords[d.tok(i-2)] || !d.same(i-2, i) {
			return
		}
		a = i - 2
	case w == "effort" || w == "efforts":
		p := d.tok(i - 1)
		if p != "more" && p != "extra" && p != "additional" || !d.same(i-1, i) {
			return
		}
		if n := d.tok(i + 1); n != "into" && n != "in" && n != "on" && n != "to" {
			return
		}
		a = i - 1
	case w == "better":
		// "Better analyze the consequences": an exhortation at the start
		// of a clause, not "better alerting" (a thing to build).
		if !d.toks[i].clause || !diligenceVerbs[d.tok(i+1)] || !d.same(i, i+1) {
			return
		}
		b = i + 2
	case w == "double" || w == "double-check":
		k := i + 1
		if w == "double" {
			if d.tok(k) != "check" || !d.same(i, k) {
				return
			}
			k++
		}
		// Only with nothing specific to check: "double check", "double
		// check everything"; "double-check the certificate expiry" names
		// the step.
		if d.same(i, k) && !d.toks[k-1].comma {
			if n := d.tok(k); n != "everything" && n != "twice" && n != "again" && n != "things" &&
				!genericObjects[n] {
				return
			}
			k++
		}
		b = k
	case reeducateVerbs[w]:
		if w == "brush" && d.tok(i+1) != "up" {
			return
		}
		found := false
		for k := i - 1; k >= i-3 && d.same(k, i); k-- {
			switch d.toks[k].word {
			case "should", "must", "need", "needs", "shall", "ought":
				found = true
			}
		}
		// Sent at the people themselves: "refamiliarize themselves with
		// the policy", "brush up on"; "educate us on the quota" is news.
		t := d.tok(i + 1)
		if !found || !(reflexives[t] || w == "brush" || t == "with" && w != "educate") {
			return
		}
		b = i + 2
	default:
		return
	}
	if questionSentence(d, i) {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

var takeWords = set("take", "takes", "took", "taking", "taken")
var reflexives = set("themselves", "himself", "herself", "ourselves", "yourselves", "yourself",
	"myself")

// detectOmission flags a list item that names a diligence step left out:
// "Not double checking the consequences of the updates beforehand",
// "Not considering the default scope".
func detectOmission(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if a, b := guardPassive(d, i); a >= 0 {
		f := c.finding(d, r, a, b)
		f.Question = guardQuestion
		*out = append(*out, f)
		return
	}
	if w := d.toks[i].word; w != "not" || !d.toks[i].clause {
		moreOmission(c, d, i, r, out)
		return
	}
	k := i + 1
	if d.tok(k) == "double" || d.tok(k) == "properly" || d.tok(k) == "carefully" ||
		d.tok(k) == "fully" || d.tok(k) == "thoroughly" {
		k++
	}
	v := d.tok(k)
	if _, ok := diligenceGerunds[v]; !ok || !d.same(i, k) {
		moreOmission(c, d, i, r, out)
		return
	}
	c.omissionFinding(d, r, i, k+1, out)
	notDoingRewrite(c, d, &(*out)[len(*out)-1], i, k)
}

// detectSlow flags the team's speed judged: slow to act, too long, too much
// time spent.
func detectSlow(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	a, b := -1, i+1
	switch w {
	case "slow":
		// "We were slow to realize", "the on-call was too slow to react".
		// "The team was far too slow." ends the clause on its verdict.
		j := i - 1
		graded := false
		if t := d.tok(j); t == "too" || t == "very" || t == "so" || t == "rather" || t == "quite" {
			j, graded = j-1, t == "too" || t == "so"
			if t := d.tok(j); t == "far" || t == "way" || t == "much" {
				j--
			}
		}
		ends := graded && (!d.same(i, i+1) || d.toks[i].comma)
		if t := d.tok(j); t != "was" && t != "were" && t != "been" ||
			!ends && (d.tok(i+1) != "to" || !d.same(j, i+2)) {
			return
		}
		if h := d.tok(j - 1); d.tok(j) == "been" && (h == "has" || h == "have" || h == "had") {
			j-- // "the provider has been very slow to explain"
		}
		s := subjectBefore(d, j)
		if s < 0 {
			return
		}
		start, kind := c.personEndingAt(d, s)
		if (kind == notPerson || kind == weakPerson) && !(graded && peopleWork[d.toks[s].word]) {
			return
		}
		if start < 0 {
			start = s // "our response was too slow": the team's work, graded
			if p := d.tok(s - 1); (p == "our" || p == "the" || p == "their") && d.same(s-1, s) {
				start--
			}
		}
		a, b = start, i+3
		if ends {
			b = i + 1
		}
	case "long":
		// "It took us too long to declare the incident", "we took too
		// long to roll back"; not "the job took too long".
		if d.tok(i-1) != "too" || !d.same(i-1, i) {
			return
		}
		k := i - 2
		for k >= i-4 && (d.tok(k) == "way" || d.tok(k) == "far" || d.tok(k) == "much") {
			k--
		}
		if objectPronouns[d.tok(k)] || d.tok(k) == "us" || d.tok(k) == "me" {
			if !takeWords[d.tok(k-1)] || !d.same(k-1, i) {
				return
			}
			a = k - 1
		} else if s, kind := c.personEndingAt(d, k); (kind == rolePerson || kind == namedPerson) &&
			takeWords[d.tok(s-1)] && d.same(s-1, i) {
			a = s - 1 // "it took the team too long"
		} else {
			if !takeWords[d.tok(k)] || !d.same(k, i) {
				return
			}
			s := subjectBefore(d, k)
			if s < 0 {
				return
			}
			start, kind := c.personEndingAt(d, s)
			if kind == notPerson || kind == weakPerson {
				return
			}
			a = start
		}
	case "time":
		// "We spent too much time getting the service back", "Spending
		// too much time analyzing logs".
		if d.tok(i-1) != "much" || d.tok(i-2) != "too" || !d.same(i-3, i) {
			return
		}
		v := i - 3
		switch d.tok(v) {
		case "spent", "spend", "spending", "wasted", "wasting", "lost":
		default:
			return
		}
		a = v
		if s := subjectBefore(d, v); s >= 0 {
			start, kind := c.personEndingAt(d, s)
			if kind == notPerson || kind == weakPerson {
				return
			}
			a = start
		}
	case "took", "takes", "take", "taking":
		// "It took us hours to update the status page."
		if a, b = c.tookLong(d, i); a < 0 {
			return
		}
	case "enough":
		a, b = c.paceEnough(d, i)
	case "quickly", "fast", "early", "soon", "quick", "promptly", "swiftly":
		if a, b = paceAsLiked(d, i); a >= 0 {
			break
		}
		if a, b = c.tooFast(d, i); a >= 0 && !questionSentence(d, i) {
			f := c.finding(d, r, a, b)
			f.Message = "Judges how fast people moved with what we know now; say what made going ahead look safe."
			f.Suggestion = "Say what the pace was and what would have shown it was too fast, e.g. \"The rollout went to every site in one step\""
			f.Question = "What made going at that pace look safe at the time?"
			*out = append(*out, f)
		}
		return
	case "slower", "longer":
		// "our response was slower than it had to be"
		if d.tok(i+1) != "than" || !d.same(i, i+2) {
			return
		}
		switch d.tok(i + 2) {
		case "necessary", "needed":
			b = i + 3
		case "it", "they":
			if n := d.tok(i + 3); n != "had" && n != "needed" && n != "should" && n != "ought" {
				return
			}
			b = i + 4
		default:
			return
		}
		a = i
	}
	if a < 0 || questionSentence(d, i) {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// goodCalls and badCalls grade a decision.
var goodCalls = set("good", "better", "best", "right", "wiser", "smarter", "safer", "sensible",
	"correct", "proper")
var badCalls = set("bad", "poor", "terrible", "wrong", "unwise", "questionable", "risky", "dumb",
	"stupid", "costly", "silly", "naive")

// detectDecision flags a past decision graded with hindsight: "it was a bad
// idea to deploy so many changes at once", "the best approach would have
// been to revert", "it would have been a good idea to test".
// callIntensifiers sharpen a grade of a decision.
var callIntensifiers = set("terribly", "very", "really", "truly", "pretty", "quite", "horribly",
	"spectacularly", "particularly", "downright", "clearly", "obviously")

func detectDecision(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if detectGradedMore(c, d, i, r, out) {
		return
	}
	k := i - 1
	adj := d.tok(k)
	good, bad := goodCalls[adj], badCalls[adj]
	if !good && !bad || !d.same(k, i) {
		return
	}
	k--
	if callIntensifiers[d.tok(k)] && d.same(k, i) {
		k-- // "this was a terribly wrong idea"
	}
	if t := d.tok(k); t == "a" || t == "an" || t == "the" {
		k--
	}
	a := k
	switch {
	case bad:
		// "was a bad idea"; "is a bad idea" is advice, not a look back.
		if t := d.tok(k); t != "was" && t != "were" {
			return
		}
	case good:
		// "would have also been a good idea", or "the best approach would
		// have been": the grade comes after "would have been" or before it.
		if w := wouldBefore(d, k); w >= 0 {
			a = w
		} else if t := d.tok(i + 1); (t == "would" || t == "would've") && d.same(i, i+3) &&
			wouldBefore(d, wouldBeen(d, i+1)) == i+1 {
			a = i - 1
			if d.tok(i-2) == "the" {
				a = i - 2
			}
			if !questionSentence(d, i) {
				*out = append(*out, c.finding(d, r, a, wouldBeen(d, i+1)+1))
			}
			return
		} else {
			return
		}
	}
	if a < 0 || !d.same(a, i) || questionSentence(d, i) {
		return
	}
	*out = append(*out, c.finding(d, r, a, i+1))
}

// wouldBefore returns the index of "would" when "been" at k follows "would
// have", possibly with an adverb between ("would have also been"), or -1.
func wouldBefore(d *doc, k int) int {
	if k < 0 || d.tok(k) != "been" {
		return -1
	}
	j := k - 1
	if adverbs[d.tok(j)] {
		j--
	}
	if d.tok(j) == "would've" {
		return j
	}
	if d.tok(j) != "have" {
		return -1
	}
	j--
	if adverbs[d.tok(j)] {
		j--
	}
	if d.tok(j) == "would" {
		return j
	}
	return -1
}

// wouldBeen returns the index of "been" in "would [also] have [also] been"
// starting at k, or -1.
func wouldBeen(d *doc, k int) int {
	for j := k + 1; j <= k+4 && j < len(d.toks); j++ {
		if d.toks[j].word == "been" {
			return j
		}
	}
	return -1
}

// ableBefore reports whether the sentence before i speaks of what a tool
// would let us do: "we would be able to track it more closely".
func ableBefore(d *doc, i int) bool {
	for k := i - 1; k >= max(d.sentOf(i).first, i-16); k-- {
		switch d.toks[k].word {
		case "able", "ability", "lets", "let", "allow", "allows", "enable", "enables":
			return true
		}
	}
	return false
}
