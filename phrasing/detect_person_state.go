package phrasing

// beStates are the forms of "be" person-failure reads a judged state after:
// "Kim was careless", "we weren't paying attention".
var beStates = set("was", "wasn't", "is", "were", "weren't")

// stateAhead reports whether the word after the form of "be" at i is one of
// the states person-failure judges (see detectPersonFailure), so the common
// "was" skips the subject search when it cannot lead to a finding.
func stateAhead(d *doc, i int) bool {
	w, st := d.toks[i].word, d.tok(i+1)
	negated := w == "wasn't" || w == "weren't"
	switch {
	case st == "not" && unawareWords[d.tok(i+2)], negated && unawareWords[st]:
		return true
	case negated && (st == "paying" || st == "careful" || st == "watching" || st == "thinking"):
		return true
	}
	_, ok := stateWords[st]
	return ok
}
