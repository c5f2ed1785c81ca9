package phrasing

// A past choice graded by denying it was the right one ("this was not the
// right way", "it wasn't the best call") or by calling it too much ("it
// was overkill", "rebuilding the cluster was a bit of an overkill"). Both
// look back at a decision with what we know now. Advice in the present
// ("this is not the right way to store secrets", "a cluster is overkill
// for ten users") and a question stay quiet.

// deniedRight reads "was not the right way", "wasn't the best approach"
// ending at the decision noun i, and returns the span, or -1.
func deniedRight(d *doc, i int) (int, int) {
	k := i - 1
	if !goodCalls[d.tok(k)] || !d.same(k, i) {
		return -1, -1
	}
	k--
	if t := d.tok(k); t == "the" || t == "a" || t == "an" {
		k--
	}
	switch d.tok(k) {
	case "wasn't", "weren't":
	case "not", "never":
		if b := d.tok(k - 1); b != "was" && b != "were" {
			return -1, -1
		}
		k--
	default:
		return -1, -1
	}
	if !d.same(k, i) {
		return -1, -1
	}
	return k, i + 1
}

// overkillMods may stand between "was" and "overkill": "a bit of an".
var overkillMods = set("a", "an", "bit", "of", "total", "complete", "massive", "clearly",
	"obviously", "probably", "definitely", "huge", "rather", "somewhat", "all", "just")

// overkillJudged reads "it was overkill", "this was an overkill" at i and
// returns the span, or -1. "is overkill" is advice.
func overkillJudged(d *doc, i int) (int, int) {
	k := i - 1
	for n := 0; n < 4 && d.same(k, i) && overkillMods[d.tok(k)]; n++ {
		k--
	}
	if t := d.tok(k); t != "was" && t != "were" || !d.same(k, i) {
		return -1, -1
	}
	return k, i + 1
}
