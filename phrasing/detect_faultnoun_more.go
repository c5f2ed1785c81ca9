package phrasing

// More ways a writer grades what happened against a norm: said before a
// noun ("this was an unacceptable amount of downtime"), as a view the team
// takes ("we consider this incident completely unacceptable"), or as a
// length of time beyond what is acceptable ("finding it took far longer
// than acceptable").

// verdictAdverbs sharpen a norm word without changing whose it is.
var verdictAdverbs = set("simply", "totally", "completely", "frankly", "just", "absolutely",
	"clearly", "entirely", "wholly", "utterly", "truly", "really", "quite")

// viewVerbs take the team's view of something as a verdict: "we view X as
// unacceptable", "we find X unacceptable".
var viewVerbs = set("view", "views", "viewed", "consider", "considers", "considered", "regard",
	"regards", "regarded", "see", "deem", "deemed", "find", "found", "judge", "judged")

// overLengths measure against what is acceptable: "longer than acceptable".
var overLengths = set("longer", "slower", "later")

// pastSpans tell that a length already happened: "it took longer than
// acceptable", not "a wait longer than acceptable pages the on-call".
var pastSpans = set("took", "was", "were", "lasted", "been", "stayed", "remained")

// normVerdictMore returns the span of a norm verdict that normVerdict does
// not read, or -1, -1.
func normVerdictMore(d *doc, i int) (int, int) {
	k := i - 1
	if verdictAdverbs[d.tok(k)] {
		k--
	}
	if d.tok(i) == "acceptable" {
		// "took far longer than acceptable"
		if d.tok(k) == "than" && overLengths[d.tok(k-1)] && d.same(k-1, i) {
			for j := k - 2; j >= 0 && j > k-8 && d.same(j, i); j-- {
				if pastSpans[d.tok(j)] {
					return k - 1, i + 1
				}
			}
		}
		return -1, -1
	}
	// "this was an unacceptable amount of downtime"
	if t := d.tok(k); (t == "an" || t == "a") && d.same(k, i) {
		v := k - 1
		if b := d.tok(v); (b == "was" || b == "is" || b == "been") && d.same(v, i) {
			if s := d.tok(v - 1); (s == "this" || s == "that" || s == "it") && d.same(v-1, i) {
				return v - 1, i + 1
			}
		}
		return -1, -1
	}
	// "we view this incident as completely unacceptable"
	if d.tok(k) == "as" {
		k--
	}
	for j := k; j >= 0 && j > k-6 && d.same(j, i); j-- {
		if d.toks[j].comma || d.toks[j].clause && j < k {
			return -1, -1
		}
		if viewVerbs[d.tok(j)] {
			if s := d.tok(j - 1); (s == "we" || s == "i") && d.same(j-1, j) {
				return j - 1, i + 1
			}
			return -1, -1
		}
	}
	return -1, -1
}
