package phrasing

// One cause claimed in other words: "The core problem stemmed from the
// datastore", "the underlying issue was a stale lease", "At the bottom of
// everything, the server ran out of memory". A problem graded only as
// the main one of several ("the main issue we saw was latency"), a hedge
// ("the underlying issue is probably the driver") and a symptom's problem
// are left alone, as they are for "cause".

// coreMods make a problem the one behind everything.
var coreMods = set("core", "underlying", "fundamental", "root", "real", "actual", "ultimate",
	"true", "sole", "single", "central", "basic", "deeper", "deepest")

// problemNouns name what went wrong as a whole.
var problemNouns = set("problem", "issue", "flaw", "culprit", "fault", "failure")

// coreProblem finds "the core (technical) problem stemmed from X" with the
// noun at i, returning the span or -1.
func coreProblem(d *doc, i int) (int, int) {
	k := i - 1
	if d.tok(k) == "technical" || d.tok(k) == "design" {
		k--
	}
	if !coreMods[d.tok(k)] || d.tok(k-1) != "the" || !d.same(k-1, i) ||
		!causeSubject(d, k-1) && !thatClauseSubject(d, k-1) {
		return -1, -1
	}
	v := causeVerbAt(d, i+1)
	if v < 0 || v > i+3 {
		return -1, -1
	}
	e := v + 1
	switch d.toks[v].word {
	case "stemmed", "stems", "came", "comes":
		if n := d.tok(e); n != "from" && n != "down" {
			return -1, -1
		}
		e++
		if d.tok(e-1) == "down" && d.tok(e) == "to" {
			e++
		}
	case "turned", "proved":
		// "turned out to be", "proved to be"
		for _, w := range []string{"out", "to", "be"} {
			if d.tok(e) == w {
				e++
			}
		}
	}
	if !causeNamedAfter(d, v) && d.toks[v].word != "stemmed" && d.toks[v].word != "stems" {
		return -1, -1
	}
	return k - 1, e
}

// bottomOf finds "At the bottom of everything, X" and "at the bottom of it
// all was X" at "bottom" (i), returning the span or -1.
func bottomOf(d *doc, i int) (int, int) {
	if d.tok(i-1) != "the" || d.tok(i-2) != "at" || d.tok(i+1) != "of" || !causeSubject(d, i-2) {
		return -1, -1
	}
	switch d.tok(i + 2) {
	case "everything", "this", "it", "all":
		e := i + 3
		if d.tok(i+2) == "it" && d.tok(e) == "all" {
			e++
		}
		return i - 2, e
	}
	return -1, -1
}

// coreRewrite makes the claim one factor of several: "The core problem
// stemmed from the datastore" becomes "One contributing factor was the
// datastore", "At the bottom of everything," becomes "Among the
// contributing factors,".
func coreRewrite(d *doc, f *Finding, a, e int) {
	rep := "one contributing factor was"
	if d.toks[a].word == "at" {
		rep = "among the contributing factors"
	}
	if d.toks[a].cap {
		rep = capitalize(rep)
	}
	causeRewrite(d, f, a, e, rep)
}

// thatClauseSubject reports whether the subject at a opens a "that"
// clause no hedge holds: "it was clear that the root problem was X".
func thatClauseSubject(d *doc, a int) bool {
	return d.tok(a-1) == "that" && d.same(a-1, a) && !hedgedBefore(d, a)
}
