package phrasing

// Demands for more care that name nothing to build: "hardforks require
// more careful handling", "we need to be more vigilant", "remind everyone
// to be more cautious", "double and triple check". They ask people to try
// harder; the next incident needs a step, a check or a tool. A system's
// behaviour ("the new cache is more careful about eviction") makes no
// demand, and a question asks rather than demands.

func init() {
	detectorNames["care-demand"] = true
	detectors["care-demand"] = detector{triggers: []string{"careful", "cautious", "vigilant",
		"attentive", "mindful", "triple", "triple-check"}, run: detectCareDemand}
}

// careDemandWords before the grade make the sentence a demand: "needs",
// "should", "have to", "remind ... to be".
var careDemandWords = set("need", "needs", "require", "requires", "should", "must", "remind",
	"reminded", "ought", "demand", "demands", "deserve", "deserves", "call", "calls", "got")

func detectCareDemand(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || d.sentOf(i).question || questionSentence(d, i) {
		return
	}
	a, b := -1, i+1
	switch w := d.toks[i].word; w {
	case "triple", "triple-check":
		// "double and triple check", "triple-check everything": trying
		// harder, stated as the lesson.
		if w == "triple" && (d.tok(i+1) != "check" || !d.same(i, i+1)) {
			return
		}
		if w == "triple" {
			b = i + 2
		}
		a = i
		if (d.tok(i-1) == "and" || d.tok(i-1) == "or") && d.tok(i-2) == "double" && d.same(i-2, i) {
			a = i - 2
		}
	default:
		p := d.tok(i - 1)
		if p != "more" && p != "extra" && p != "especially" || !d.same(i-1, i) || d.tok(i-2) == "be" {
			return // "be more careful" is vague-action's
		}
		found := false
		for k := i - 2; k >= i-6 && k >= 0 && d.same(k, i); k-- {
			if careDemandWords[d.toks[k].word] || d.toks[k].word == "to" && d.tok(k-1) == "have" {
				found = true
				break
			}
		}
		if !found {
			return
		}
		a = i - 1
		if n := d.tok(i + 1); d.same(i, i+1) && (gerundLike(n) || n == "attention" || n == "approach") {
			b = i + 2 // "more careful handling"
		}
	}
	*out = append(*out, c.finding(d, r, a, b))
}
