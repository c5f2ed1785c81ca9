package phrasing

// The team's pace judged through "not ... enough": "we did not roll back
// fast enough", "the investigation did not complete soon enough", "our
// response was not quick enough". Who is judged is a person or the
// people's work (peopleWork); a system's pace ("the disk did not drain
// fast enough") is a measurement and stays quiet.

// paceWords grade how soon something was done.
var paceWords = set("soon", "fast", "quickly", "quick", "early", "promptly", "rapidly")

// paceEnough returns the span of a pace judged at i ("enough"), or -1:
// from the subject to "enough".
func (c *Checker) paceEnough(d *doc, i int) (int, int) {
	k := i - 1
	if !paceWords[d.tok(k)] || !d.same(k, i) {
		return -1, -1
	}
	// Back to the negation: at most a verb and a particle between.
	n := k - 1
	for n > k-4 && n >= 0 && d.same(n, k) && d.tok(n) != "not" && d.tok(n) != "didn't" &&
		d.tok(n) != "wasn't" && d.tok(n) != "weren't" && !d.toks[n].comma {
		n--
	}
	be := false // "was not fast enough" grades work, not people's state
	switch d.tok(n) {
	case "not":
		a := d.tok(n - 1)
		if a != "did" && a != "was" && a != "were" {
			return -1, -1
		}
		be = a != "did"
		n--
	case "didn't":
	case "wasn't", "weren't":
		be = true
	default:
		return -1, -1
	}
	s := subjectBefore(d, n)
	if t := d.tok(s); (t == "but" || t == "and") && d.same(s, n) {
		s = c.clauseSubject(d, n) // "an investigation was started, but did not complete soon enough"
	}
	if p := d.tok(n - 1); s < 0 && (p == "but" || p == "and") {
		// "an investigation was started, but did not complete soon
		// enough": the work named in the clause before.
		for j := n - 2; j > n-10 && j >= 0 && d.same(j, n); j-- {
			if peopleWork[d.toks[j].word] {
				s = j
				break
			}
		}
	}
	if s < 0 {
		return -1, -1
	}
	start, kind := c.personEndingAt(d, s)
	if kind == selfPerson || kind == rolePerson || kind == namedPerson {
		if be {
			return -1, -1 // "we were not sure soon enough" is a state
		}
		return start, i + 1
	}
	if !peopleWork[d.toks[s].word] {
		return -1, -1
	}
	for start = s; start > 0 && start > s-3 && d.same(start-1, s) && (npStart[d.tok(start-1)] || possessive(d.tok(start-1))); {
		start--
	}
	return start, i + 1
}
