package phrasing

// resultWords join a reason to the wait it explains: "we had no alert on
// the queue, so the stall went unnoticed for hours".
var resultWords = set("so", "therefore", "hence", "thus", "consequently")

// absenceWords name the missing signal in the reason.
var absenceWords = set("no", "without", "lack", "lacked", "lacking", "missing", "nothing", "absence")

// waitReasonedBefore reports whether the clause holding a wait that
// starts at a follows a reason in the same sentence: a missing signal,
// then "so". The sentence then says what kept anyone from seeing it.
func waitReasonedBefore(d *doc, a int) bool {
	j := a - 1
	for ; j >= 0 && j > a-4 && d.same(j, a); j-- {
		if resultWords[d.tok(j)] {
			break
		}
	}
	if j < 0 || !resultWords[d.tok(j)] || !d.same(j, a) {
		return false
	}
	for k := j - 1; k >= 0 && k > j-2*maxClause && d.same(k, j); k-- {
		if absenceWords[d.tok(k)] {
			return true
		}
	}
	return false
}
