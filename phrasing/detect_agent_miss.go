package phrasing

// A person named as the one who did not take something in, in the passive:
// "changes that weren't noticed by the one pushing them", "the warning was
// not seen by the on-call". The negated participle of noticing carries the
// judgement and the agent after "by" names who failed at it; "was noticed
// by the on-call" tells who caught it and stays an account.

// noticeParticiples are the acts of taking something in.
var noticeParticiples = set("noticed", "caught", "spotted", "seen", "reviewed", "checked",
	"tested", "read", "flagged", "followed", "heeded")

// missedBy reports a negated noticing participle at v and returns the
// index of its auxiliary, or -1: "weren't noticed", "was not caught",
// "had never been reviewed".
func missedBy(d *doc, v int) int {
	if !noticeParticiples[d.tok(v)] {
		return -1
	}
	switch d.tok(v - 1) {
	case "wasn't", "weren't":
		return v - 1
	case "not", "never":
		if beForms[d.tok(v-2)] && d.same(v-2, v) {
			return v - 2
		}
	}
	return -1
}

// oneDoing returns the end of "the one pushing the change" at k, a person
// named by what they were doing, or -1.
func oneDoing(d *doc, k int) int {
	if d.tok(k) != "the" || d.tok(k+1) != "one" && d.tok(k+1) != "person" || !d.same(k, k+2) {
		return -1
	}
	if ingBase(d.tok(k+2)) == "" {
		return -1
	}
	return doingAfter(d, k+2)
}

// doingAfter returns the end of a gerund at g and its object, which go
// with the agent before it: "the one pushing them", "the person merging
// it"; g itself when no gerund is there.
func doingAfter(d *doc, g int) int {
	if g >= len(d.toks) || ingBase(d.tok(g)) == "" || !d.same(g-1, g) {
		return g
	}
	e := g + 1
	for e < g+5 && d.same(g, e) && !d.toks[e-1].comma && !d.toks[e].clause && !npStop[d.tok(e)] {
		e++
	}
	return e
}
