package phrasing

// The writer grading the team against its own bar: "we fell far short of
// our high expectations", "this incident failed to uphold that standard",
// "we certainly failed at the latter goal". The bar is named, so the
// sentence is a verdict on the team, not an account of what broke. Said
// as a condition or a future ("if we fall short of our standards", "we
// will not fail to meet our commitments") it is a plan.

// barNouns name a standard the team holds itself to.
var barNouns = set("expectations", "expectation", "standards", "standard", "bar", "promise",
	"promises", "commitment", "commitments", "goal", "goals", "values", "ideals", "mark")

// barModifiers may stand between the verb and the bar: "our own high".
var barModifiers = set("our", "my", "the", "this", "that", "these", "those", "own", "high",
	"highest", "usual", "latter", "former", "first", "stated", "customers'", "very", "core")

// shortAdverbs grade how far: "fell far short".
var shortAdverbs = set("far", "well", "way", "clearly", "certainly", "badly", "significantly")

// barHedges before the verb make it a plan or a condition.
var barHedges = set("if", "whether", "when", "will", "would", "could", "may", "might", "never",
	"to", "can", "must", "should", "ensure", "unless")

// barVerdict returns the start of a verdict whose bar is the noun at i, or -1.
func barVerdict(d *doc, i int) int {
	j := i - 1
	for n := 0; n < 4 && barModifiers[d.tok(j)] && d.same(j, i); n++ {
		j--
	}
	if !d.same(j, i) {
		return -1
	}
	v := -1
	switch d.tok(j) {
	case "of": // fell short of
		k := j - 1
		if d.tok(k) != "short" {
			return -1
		}
		k--
		if shortAdverbs[d.tok(k)] {
			k--
		}
		switch d.tok(k) {
		case "fell", "fallen", "falling", "fall", "falls":
			v = k
		}
	case "uphold", "meet", "honour", "honor", "keep":
		k := j - 1
		if d.tok(k) == "to" && (d.tok(k-1) == "failed" || d.tok(k-1) == "fail") {
			v = k - 1
		} else if d.tok(k) == "not" || d.tok(k) == "didn't" {
			v = k
		}
	case "to": // did not live up to
		if d.tok(j-1) == "up" && (d.tok(j-2) == "live" || d.tok(j-2) == "lived") {
			k := j - 3
			if d.tok(j-2) == "lived" || d.tok(k) == "not" || d.tok(k) == "didn't" ||
				d.tok(k) == "to" && d.tok(k-1) == "failed" {
				v = j - 2
				if d.tok(j-2) == "lived" && d.tok(k) != "never" {
					return -1 // "we lived up to our promise"
				}
			}
		}
	case "at":
		k := j - 1
		if shortAdverbs[d.tok(k)] {
			k--
		}
		if d.tok(k) == "failed" {
			v = k
			if shortAdverbs[d.tok(k-1)] {
				v = k - 1
			}
		}
	}
	if v < 0 || !d.same(v, i) {
		return -1
	}
	for k := v - 1; k >= v-4 && k >= 0 && d.same(k, v); k-- {
		if barHedges[d.tok(k)] {
			return -1
		}
	}
	return v
}
