package phrasing

// People noticing only after a long span, the other half of noticed-late:
// "it took a while before anyone noticed", "the outage ran for hours
// before we realised", "it took days for the leak to get noticed".

// noticedLate reads "it took a while before anyone noticed", "the outage
// ran for five hours before we realised", "it was days until someone
// spotted it" and "it took a while for this to get noticed" at the
// noticing verb i: a person (or no one in particular) noticing, after a
// long span carried by a verb of time passing.
func (c *Checker) noticedLate(d *doc, i int) (int, int) {
	j := -1 // "before" or "for" that joins the span to the noticing
	switch {
	case (d.tok(i-1) == "get" || d.tok(i-1) == "be") && d.tok(i-2) == "to":
		// "for this to get noticed": the thing waits, people notice
		if seenParticiples[d.toks[i].word] {
			j = forBefore(d, i-3)
		}
	case d.tok(i-1) == "to":
		// "for anyone to notice"; "it took us a while to notice"
		if !lateNoticeVerbs[d.toks[i].word] {
			return -1, -1
		}
		if s := i - 2; noticers[d.tok(s)] || c.someoneEndingAt(d, s) {
			j = forBefore(d, s)
		} else if a := longLapse(d, i-1); a >= 0 && d.toks[a].word == "took" && tookPeople(d, a) {
			return a, i + 1
		}
	default:
		if !joinAhead(d, i) || !lateNoticeVerbs[d.toks[i].word] {
			return -1, -1
		}
		s := subjectBefore(d, i)
		if s < 0 || !(noticers[d.tok(s)] || c.someoneEndingAt(d, s)) {
			return -1, -1
		}
		start := s
		if st, kind := c.personEndingAt(d, s); kind != notPerson && kind != weakPerson {
			start = st
		}
		if t := d.tok(start - 1); (t == "before" || t == "until" || t == "till") && d.same(start-1, i) {
			j = start - 1
		}
	}
	if j < 0 {
		return -1, -1
	}
	a := longLapse(d, j)
	if a < 0 {
		return -1, -1
	}
	return a, i + 1
}

// joinAhead reports "before", "until" or "till" at most five words before
// i: the cheap test that lets most noticing verbs go without reading a
// subject.
func joinAhead(d *doc, i int) bool {
	for k := i - 1; k >= i-5 && k >= 0; k-- {
		switch d.toks[k].word {
		case "before", "until", "till":
			return true
		}
	}
	return false
}

// tookPeople reports "it took us", "took the team", "took me" at the verb
// a: the time is the people's, not a system's ("the scanner took hours").
func tookPeople(d *doc, a int) bool {
	switch d.tok(a + 1) {
	case "us", "me", "them", "him", "her", "everyone":
		return true
	}
	return d.tok(a-1) == "it" && d.same(a-1, a) && (d.tok(a+1) == "a" || d.tok(a+1) == "quite")
}

// noticers are no one in particular noticing: "before anyone noticed".
var noticers = set("anyone", "anybody", "someone", "somebody", "we", "i", "us", "people",
	"humans", "human")

// someoneEndingAt reports a person or role ending at s: "the on-call",
// "Dana", "the team".
func (c *Checker) someoneEndingAt(d *doc, s int) bool {
	_, kind := c.personEndingAt(d, s)
	return kind == selfPerson || kind == rolePerson || kind == namedPerson
}

// forBefore returns the "for" that opens the noticer's phrase ending at s
// ("for this", "for the bad config"), or -1.
func forBefore(d *doc, s int) int {
	for k := s; k > s-5 && k >= 0 && d.same(k, s); k-- {
		if d.toks[k].comma {
			return -1
		}
		if d.tok(k) == "for" {
			return k
		}
	}
	return -1
}

// longLapse reads back from the joining word j for a long span carried by
// a verb of time passing: "took quite some time", "lasted a long time
// (five hours)", "was days", "ran for three hours". It returns where the
// verb stands, or -1.
func longLapse(d *doc, j int) int {
	long := false
	for k := j - 1; k >= j-8 && k >= 0 && d.same(k, j); k-- {
		w := d.toks[k].word
		if d.toks[k].comma && k < j-1 {
			return -1
		}
		if longUnits[w] {
			long = true
			if w == "time" || w == "while" || w == "period" {
				long = vagueSpan(d, k)
			}
		}
		if long && timePassVerbs[w] {
			return k
		}
		if w == "minutes" || w == "seconds" || w == "minute" || w == "second" || w == "mins" {
			return -1
		}
	}
	return -1
}

// vagueSpan reports whether "time", "while" or "period" at k is a long,
// unmeasured span: "a while", "quite some time", "a long time", not "the
// first time" or "by the time".
func vagueSpan(d *doc, k int) bool {
	switch d.tok(k - 1) {
	case "a", "long", "some", "considerable", "significant", "extended", "good", "lengthy":
		return d.same(k-1, k) && d.tok(k-2) != "the"
	}
	return false
}
