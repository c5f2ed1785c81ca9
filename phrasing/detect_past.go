package phrasing

// Past decisions and acts graded with what we know now, read from the
// clause's grammar: a verdict on the act ("that was a dangerous decision",
// "it was a big mistake", "merging three changes at once is less than
// ideal"), the better course named ("it would have been wiser to wait"),
// time judged lost ("we wasted two hours on the cache") and a vow about the
// act ("won't do that again", "we did it again"). A risk weighed at the
// time ("it was a risky call, so we waited for the vendor" is still a
// verdict, but "a risky call is one that needs two approvers" is a
// definition), a system's time ("the retries wasted CPU") and advice in
// the present ("it would be wise to rotate the keys") are not.

func init() { detectorNames["graded-past"] = true }

// verdictNouns are what a verdict grades: the decision or the act.
var verdictNouns = set("decision", "decisions", "call", "choice", "choices", "move", "gamble",
	"mistake", "mistakes", "error", "misstep", "blunder", "oversight", "miscalculation",
	"misjudgment", "misjudgement", "bet", "tradeoff", "trade-off", "plan")

// verdictAdjs grade the act as bad; intensifiers and the risk and
// conduct words of graded-decision also count.
var verdictAdjs = set("big", "huge", "costly", "bad", "poor", "terrible", "grave", "serious",
	"major", "critical", "fatal", "dangerous", "risky", "wrong", "unfortunate", "regrettable",
	"questionable", "dubious", "silly", "stupid", "dumb", "naive", "massive", "classic",
	"rookie", "avoidable", "unnecessary", "needless", "expensive", "painful")

// betterAdjs name the course that would have been right.
var betterAdjs = set("useful", "helpful", "wise", "wiser", "prudent", "smarter", "smart",
	"sensible", "preferable", "better", "best", "nice", "good", "safer", "advisable",
	"appropriate", "beneficial", "valuable", "worthwhile", "ideal")

// idealGrades after "is" or "was" grade an act as not what it should have
// been: "less than ideal", "not ideal", "suboptimal".
var idealGrades = set("ideal", "suboptimal", "sub-optimal", "unfortunate", "regrettable",
	"unwise", "misguided", "ill-advised", "shortsighted", "short-sighted")

// lostTime are what time is wasted in.
var lostTime = set("time", "hours", "hour", "minutes", "minute", "days", "day", "effort",
	"weeks", "week", "cycles", "energy", "morning", "afternoon", "evening", "night")

func pastTriggers() []string {
	out := []string{"wasted", "wasting", "waste", "again", "been", "cost", "matter", "bound"}
	return withWords(out, verdictNouns, idealGrades)
}

func detectPast(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) {
		return
	}
	w := d.toks[i].word
	a, b := -1, -1
	q := "What made this look like the right call at the time, and what would have shown the risk?"
	switch {
	case verdictNouns[w]:
		a, b = verdictOnAct(d, i)
	case idealGrades[w]:
		a, b = actGradedIdeal(d, i)
	case w == "been":
		a, b = betterCourse(d, i)
	case w == "wasted" || w == "wasting" || w == "waste":
		a, b = c.timeWasted(d, i)
		q = "What made the wrong lead look promising at the time?"
	case w == "again":
		a, b = c.vowAgain(d, i)
	case w == "cost":
		a, b = actCostUs(d, i)
	case w == "matter" || w == "bound":
		a, b = foreordained(d, i)
		q = "What did the signals look like at the time, before we knew how it ended?"
	}
	c.addAsking(d, r, a, b, q, out)
}

// verdictOnAct finds "this was a dangerous decision", "that was a big
// mistake" and "in hindsight, a costly call" ending at the noun at i.
func verdictOnAct(d *doc, i int) (int, int) {
	k := i - 1
	graded := false
	for k >= i-3 && d.same(k, i) && (verdictAdjs[d.tok(k)] || riskAdjs[d.tok(k)] ||
		intensifiers[d.tok(k)] || badCalls[d.tok(k)]) {
		// "risky" alone is a risk weighed at the time: "this was a risky
		// call, so we asked the vendor first".
		graded = graded || !intensifiers[d.tok(k)] && d.tok(k) != "risky"
		k--
	}
	if !graded || !d.same(k, i) {
		return -1, -1
	}
	if t := d.tok(k); t != "a" && t != "an" {
		return -1, -1
	}
	v := k - 1
	if t := d.tok(v); t != "was" && t != "were" && t != "been" || !d.same(v, i) {
		return -1, -1 // "is a risky call" defines; "a big mistake I made" is own-conduct's
	}
	// The subject is the act: "this", "that", "it", an -ing clause, or
	// nothing ("Was a big mistake."); "the weather was a big problem" is
	// not a verdict on anyone.
	s := v - 1
	if d.tok(s) == "also" || d.tok(s) == "probably" || d.tok(s) == "clearly" || d.tok(s) == "obviously" {
		s--
	}
	switch t := d.tok(s); {
	case t == "this" || t == "that" || t == "it" || t == "which":
	case s < 0 || !d.same(s, v) || d.toks[v].clause:
		s = v
	case gerundSubject(d, v):
		s = d.sentOf(v).first
	default:
		return -1, -1
	}
	return s, i + 1
}

// actGradedIdeal finds "merging three changes at once is less than ideal"
// and "deploying at midnight was not ideal": an act, as an -ing subject,
// graded at the word at i.
func actGradedIdeal(d *doc, i int) (int, int) {
	k := i - 1
	switch d.tok(k) {
	case "than":
		if d.tok(k-1) != "less" {
			return -1, -1
		}
		k -= 2
	case "not", "hardly", "far":
		if d.tok(k) == "far" && d.tok(k-1) == "from" {
			k--
		}
		k--
	}
	if d.tok(k) == "from" && d.tok(k-1) == "far" {
		k -= 2
	}
	if i-k < 2 && d.tok(i) == "ideal" {
		return -1, -1 // "is ideal" praises
	}
	if t := d.tok(k); t != "is" && t != "was" && t != "were" && t != "are" || !d.same(k, i) {
		return -1, -1
	}
	if !gerundSubject(d, k) {
		return -1, -1
	}
	if f := d.tok(d.sentOf(k).first); f == "having" || f == "being" {
		return -1, -1 // "having two regions is less than ideal" is a state
	}
	// "was not ideal timing": the grade is a noun's, not the act's.
	if n := d.tok(i + 1); d.same(i, i+1) && !d.toks[i].comma && !clauseWords[n] && !wherePreps[n] &&
		n != "given" && n != "here" && n != "either" {
		return -1, -1
	}
	return d.sentOf(k).first, i + 1
}

// betterCourse finds "it would have been wiser to wait": the right course
// named after the fact, at "been" (i).
func betterCourse(d *doc, i int) (int, int) {
	wv := wouldBefore(d, i)
	if wv < 0 || d.tok(wv-1) != "it" || !d.same(wv-1, i) {
		return -1, -1
	}
	k := i + 1
	if t := d.tok(k); t == "much" || t == "far" || t == "more" || t == "a" || t == "lot" || t == "very" {
		k++
		if d.tok(k) == "lot" {
			k++
		}
	}
	if !betterAdjs[d.tok(k)] || d.tok(k+1) != "to" || !d.same(i, k+2) {
		return -1, -1
	}
	// "it would have been nice to have a dashboard" wishes for a tool.
	if n := d.tok(k + 2); n == "have" || n == "be" || n == "see" || n == "know" || n == "get" && d.tok(k+3) == "alerted" {
		return -1, -1
	}
	return wv - 1, k + 3
}

// timeWasted finds "we wasted two hours chasing the cache", "wasting time
// on the wrong dashboard" and "it was a waste of time".
func (c *Checker) timeWasted(d *doc, i int) (int, int) {
	k := i + 1
	if d.toks[i].word == "waste" {
		if d.tok(k) != "of" || !lostTime[d.tok(k+1)] || !d.same(i, k+1) {
			return -1, -1
		}
		a := i - 1
		if t := d.tok(a); t == "a" || t == "complete" || t == "total" || t == "huge" || t == "big" {
			for a > 0 && d.same(a-1, i) && d.tok(a) != "a" {
				a--
			}
		}
		if t := d.tok(a - 1); t != "was" && t != "were" || !d.same(a-1, i) {
			return -1, -1
		}
		// The act is the subject: "chasing the cache was a waste of
		// time", "that was a waste of time"; "it was a waste of time", as
		// a reason given at the time, is not graded after the fact.
		switch s := a - 2; {
		case (d.tok(s) == "that" || d.tok(s) == "this") && d.same(s, i):
			return s, k + 2
		case gerundSubject(d, a-1):
			return d.sentOf(i).first, k + 2
		}
		return -1, -1
	}
	for n := 0; n < 3 && d.same(i, k) && !lostTime[d.tok(k)] && !d.toks[k-1].comma; n++ {
		if t := d.tok(k); t == "no" || t == "little" || t == "zero" || t == "not" {
			return -1, -1 // "the team wasted no time" praises
		}
		k++ // "wasted two whole hours", "wasted a lot of time"
	}
	if !lostTime[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	if d.toks[i].clause {
		return i, k + 1 // a fragment: "Wasted time on the wrong dashboard."
	}
	if s := c.doerBefore(d, i); s >= 0 {
		return s, k + 1
	}
	return -1, -1
}

// vowAgain finds "won't do that again", "we will never do this again" and
// "we did it again" ending at "again" (i).
func (c *Checker) vowAgain(d *doc, i int) (int, int) {
	o := i - 1
	if t := d.tok(o); (t == "mistake" || t == "error") && d.same(o, i) {
		o-- // "make that mistake again", "make the same mistake again"
		if d.tok(o) == "same" {
			o--
		}
		if t := d.tok(o); t != "that" && t != "this" && t != "the" {
			return -1, -1
		}
	} else if t != "that" && t != "this" && t != "it" || !d.same(o, i) {
		return -1, -1
	}
	v := o - 1
	switch d.tok(v) {
	case "doing", "making":
		// "Never doing that again."
		if d.tok(v-1) != "never" || !d.toks[v-1].clause || !d.same(v-1, i) {
			return -1, -1
		}
		return v - 1, i + 1
	case "do", "make":
		if d.tok(i+1) == "without" {
			return -1, -1 // "we will not do it again without a canary" names the guard
		}
		m := v - 1
		if d.tok(m) == "ever" {
			m--
		}
		switch d.tok(m) {
		case "won't", "wont", "never", "shan't":
		case "not":
			if t := d.tok(m - 1); t != "will" && t != "shall" {
				return -1, -1
			}
			m--
		default:
			return -1, -1
		}
		if !d.same(m, i) {
			return -1, -1
		}
		if d.toks[m].clause {
			return m, i + 1 // "won't do that again"
		}
		if s := c.doerBefore(d, m); s >= 0 && d.tok(s) != "you" {
			return s, i + 1
		}
		if t := d.tok(m - 1); (t == "we'll" || t == "i'll" || t == "will") && d.same(m-1, m) {
			return m - 1, i + 1
		}
	case "did":
		// "We did it again!": the team's own slip, counted.
		if d.tok(o) != "it" || !d.same(v, i) {
			return -1, -1
		}
		if s := c.doerBefore(d, v); s >= 0 && d.tok(s) != "you" && !d.same(i, i+1) {
			return s, i + 1
		}
	}
	return -1, -1
}

// actCostUs finds "skipping the canary cost us four hours": an act, as an
// -ing subject, charged with what it cost the team.
func actCostUs(d *doc, i int) (int, int) {
	n := d.tok(i + 1)
	if n != "us" && n != "me" && n != "the" && n != "our" || !d.same(i, i+1) || !gerundSubject(d, i) {
		return -1, -1
	}
	if n == "the" && d.tok(i+2) != "team" {
		return -1, -1
	}
	return d.sentOf(i).first, i + 2
}

// foreordained finds "it was only a matter of time" and "this was bound to
// happen": the outcome made to look certain once it is known. The
// present ("human errors are bound to happen") speaks of everyone and
// stays.
func foreordained(d *doc, i int) (int, int) {
	k := i - 1
	e := i + 1
	if d.toks[i].word == "matter" {
		if d.tok(k) != "a" || d.tok(i+1) != "of" || d.tok(i+2) != "time" {
			return -1, -1
		}
		k--
		// "only a matter of time", or "a matter of time before/until";
		// "it was a matter of time" alone may mean it would pass.
		if t := d.tok(k); t == "only" || t == "just" || t == "simply" {
			k--
		} else if n := d.tok(i + 3); n != "before" && n != "until" || !d.same(i, i+3) {
			return -1, -1
		}
		e = i + 3
	} else {
		if d.tok(i+1) != "to" || !d.same(i, i+2) {
			return -1, -1
		}
		e = i + 3
	}
	if t := d.tok(k); t != "was" && t != "were" || !d.same(k, i) {
		return -1, -1
	}
	if someDay(d, e) {
		return -1, -1 // "an outage was bound to happen one day": any system's lot
	}
	a := k
	if s := d.tok(k - 1); (s == "it" || s == "this" || s == "that") && d.same(k-1, i) {
		a = k - 1
	}
	return a, e
}

// someDay reports an unnamed time at k ("one day", "someday",
// "eventually", "sooner or later", "at some point"): a general expectation
// about systems, not this incident told as foreordained.
func someDay(d *doc, k int) bool {
	if !d.same(k-1, k) {
		return false
	}
	switch d.tok(k) {
	case "someday", "eventually", "sooner":
		return true
	case "one":
		return d.tok(k+1) == "day"
	case "at":
		return d.tok(k+1) == "some" && d.tok(k+2) == "point"
	}
	return false
}
