package phrasing

// Counterfactuals whose subject is a guard the team did not have, or the
// writer: "one test case would have caught this", "a more aggressive
// setting would've caught it", "one debug line in that catch and I'd have
// seen it", "it could have been discovered earlier", "a misalignment that
// could have been resolved if everyone was in one place", "any one of
// which, if mitigated, would have prevented it". Each grades the past with
// what we know now; a blameless account names the guard that was missing
// and asks what made it hard to have. A system's capability is a fact ("an
// attacker could have read the tokens", "the backup could have been
// restored in an hour"), a guard named as a tool ("an alert on queue depth
// would have let us catch it") is the seeds' own question, and a
// condition about the system ("if the alert had been routed to us") keeps
// the sentence an account.

func init() {
	detectorNames["guard-counterfactual"] = true
	detectors["guard-counterfactual"] = detector{triggers: []string{"would", "would've", "could",
		"could've", "i'd", "we'd", "if"}, run: detectGuardCF}
}

// caughtByVerbs after "would have" say the guard would have caught it.
var caughtByVerbs = set("caught", "shown", "revealed", "surfaced", "exposed", "flagged", "detected",
	"found", "spotted", "prevented", "avoided", "saved", "stopped", "highlighted", "triggered")

// missingGuards head a subject that is a check the team could have had.
var missingGuards = set("test", "tests", "case", "cases", "check", "checks", "setting", "settings",
	"assertion", "assertions", "assert", "lint", "linter", "canary", "page", "run", "probe",
	"line", "print", "printf", "breakpoint", "review", "query", "grep", "look", "glance", "rehearsal",
	"dry-run", "trial", "config", "configuration", "threshold", "limit", "timeout", "flag", "testing",
	"suite")

// smallGuards make the guard small, single or graded: "one test
// case", "a single assertion", "a more aggressive setting".
var smallGuards = set("one", "single", "any", "more", "stricter", "tighter", "aggressive",
	"lower", "higher", "extra", "additional", "another", "shorter", "smaller", "few", "couple",
	"minute", "minutes", "second", "seconds", "obvious", "cheap", "easy", "trivial", "basic", "simple",
	"quick", "even")

// noticedVerbs after "I'd have" are the writer's own noticing.
var noticedVerbs = set("seen", "noticed", "caught", "spotted", "known", "found", "realised",
	"realized", "understood", "twigged")

// findWords after "could have been" make the miss the team's.
var findWords = set("discovered", "found", "caught", "noticed", "detected", "spotted",
	"identified", "uncovered", "flagged", "prevented", "avoided", "resolved", "fixed", "mitigated",
	"addressed", "solved")

// earlyWords after a find word put the miss in time.
var earlyWords = set("earlier", "sooner", "beforehand", "early", "before", "in", "ahead")

// conditionWords in a sentence give the passive a reason or a condition
// about the system, which keeps it an account.
var conditionWords = set("so", "because", "with", "without", "if", "had", "since", "given",
	"once", "unless", "whether", "might", "may")

func detectGuardCF(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || openQuestionBefore(d, i) {
		return
	}
	a, b := -1, -1
	q := "What would have caught this earlier, and what made it hard to have at the time?"
	w := d.toks[i].word
	switch w {
	case "if":
		a, b = ifCareElided(d, i)
	case "i'd", "we'd":
		a, b = writerWouldHaveSeen(d, i, i+1)
	default:
		p := i + 1
		if w == "would" || w == "could" {
			if d.tok(p) != "have" {
				return
			}
			p++
		}
		if d.tok(p) == "easily" || d.tok(p) == "probably" || d.tok(p) == "likely" {
			p++
		}
		switch {
		case w[0] == 'w' && d.tok(p) == "taken" && d.same(i, p):
			a, b = takenOneTest(d, i, p)
		case w[0] == 'w' && d.tok(p) == "been" && caughtByVerbs[d.tok(p+1)] && d.tok(p+2) == "by" &&
			smallGuardIn(d, p+3, min(p+7, d.sentOf(i).last)):
			// "This would have been caught by a single test"
			a, b = guardSubjectStart(d, i), p+3
		case w[0] == 'w' && caughtByVerbs[d.tok(p)] && d.same(i, p):
			a, b = guardSubject(d, i), p+1
			if a < 0 {
				a = hadThereBeen(d, i) // "Had there been a single test, this would have shown up"
			}
			if a < 0 {
				if s := i - 1; s >= 0 && (d.tok(s) == "i" || d.tok(s) == "we") {
					a, b = writerWouldHaveSeen(d, s, p-1)
				}
			}
		case w[0] == 'c' && d.tok(p) == "been" && findWords[d.tok(p+1)] && d.same(i, p+1):
			a, b = c.passiveFoundEarlier(d, i, p+1)
		}
	}
	if a < 0 || b <= a {
		return
	}
	f := c.finding(d, r, keyLine(d, a, i), b)
	switch {
	case w == "if":
		f.Question = q // mid-sentence: the rule's suggestion stands
	case d.tok(b-1) == "earlier" || d.tok(b-1) == "advance" || d.toks[i+1].word == "have" && d.tok(i+2) == "been":
		setRewrite(d, &f, a, clauseEnd(d, b-1), "Nothing in place surfaced it earlier", q)
	default:
		setRewrite(d, &f, a, clauseEnd(d, b-1), "Nothing in place at the time caught it", q)
	}
	if d.tok(a) == "i" || d.tok(a) == "we" || d.tok(a) == "i'd" || d.tok(a) == "we'd" {
		f.Severity = Warning // the writer judged, not a guard
	}
	*out = append(*out, f)
}

// openQuestionBefore reports whether the sentence asks the room before i:
// "we will ask if it could have been caught by the nightly run".
func openQuestionBefore(d *doc, i int) bool {
	for k := d.sentOf(i).first; k < i; k++ {
		switch d.toks[k].word {
		case "whether", "discuss", "ask", "asked", "wonder", "consider":
			return true
		}
	}
	return false
}

// guardSubject returns the start of the subject of the modal at m when it
// is a small or graded guard ("one test case", "a test", "a more
// aggressive setting") or a step named by a gerund ("switching to a more
// aggressive setting"), or -1.
func guardSubject(d *doc, m int) int {
	sent := d.sentOf(m)
	s := m - 1
	for s > sent.first && !d.toks[s].clause && !d.toks[s-1].comma {
		s--
	}
	if m-s > 10 || m == s {
		return -1
	}
	head, small := false, false
	for k := s; k < m; k++ {
		w := d.tok(k)
		if missingGuards[w] && k < m {
			head = true
		}
		if smallGuards[w] || (w == "a" || w == "an") && testHead(d, k+1, m) {
			small = true
		}
	}
	if gerundSubject(d, m) {
		return s // "running the suite once would have caught it": a step not taken
	}
	if !head || !small {
		return -1
	}
	return s
}

// testHead reports whether a test noun comes right after k, before m: "a
// test", "a unit test", "a smoke test".
func testHead(d *doc, k, m int) bool {
	for j := k; j < m && j <= k+2; j++ {
		switch d.tok(j) {
		case "test", "tests", "check", "assertion", "canary", "review", "rehearsal", "dry-run":
			return true
		}
	}
	return false
}

// writerWouldHaveSeen finds "one debug line in that catch and I'd have seen
// it": the writer at s, "have" at h, a verb of noticing after, and the
// clause before opening with a small guard.
func writerWouldHaveSeen(d *doc, s, h int) (int, int) {
	if d.tok(h) != "have" || !noticedVerbs[d.tok(h+1)] || !d.same(s, h+1) {
		return -1, -1
	}
	first := d.sentOf(s).first
	if d.tok(first) == "with" {
		// "With even a basic canary we'd have caught it"
		if smallGuardIn(d, first+1, s) {
			return s, h + 2
		}
		return -1, -1
	}
	if d.tok(s-1) != "and" {
		// "I'd have caught it with one more test"
		for k := h + 2; k <= h+4 && d.same(s, k); k++ {
			if d.tok(k) == "with" && smallGuardIn(d, k+1, min(k+5, d.sentOf(s).last)) {
				return s, k + 1
			}
		}
		return -1, -1
	}
	if w := d.tok(first); w != "one" && w != "a" && w != "just" && w != "single" && w != "another" {
		return -1, -1
	}
	for k := first + 1; k < s-1; k++ {
		if finiteVerbs[d.tok(k)] || isParticiple(d.tok(k)) && d.tok(k) != "that" {
			return -1, -1 // "A page fired and we would have seen it" is an account
		}
	}
	return s, h + 2
}

// smallGuardIn reports whether tokens [k, e) hold a small or graded word
// and then a guard: "even a basic canary", "one more test".
func smallGuardIn(d *doc, k, e int) bool {
	small := false
	for ; k < e && k < len(d.toks); k++ {
		w := d.tok(k)
		if smallGuards[w] || minimisers[w] {
			small = true
		}
		if small && missingGuards[w] {
			return true
		}
	}
	return false
}

// passiveFoundEarlier finds "it could have been discovered earlier" and
// "could have been resolved if everyone was in one place" at "could" (i),
// with the find word at p.
func (c *Checker) passiveFoundEarlier(d *doc, i, p int) (int, int) {
	n := p + 1
	e := n
	if d.tok(e) == "in" && d.tok(e+1) == "advance" {
		e += 2
	} else if d.tok(e) == "earlier" || d.tok(e) == "sooner" || d.tok(e) == "beforehand" {
		e++
	}
	if d.tok(e) == "by" && gerundLike(d.tok(e+1)) && d.same(i, e+1) {
		return i, e + 2 // "discovered in advance by aligning more closely"
	}
	if d.tok(n) == "by" && gerundLike(d.tok(n+1)) && d.same(i, n+1) {
		return i, n + 2 // "discovered in advance by aligning more closely"
	}
	for k := n; k <= n+3 && d.same(i, k); k++ {
		if d.tok(k) == "if" {
			if e := c.personStartingAt(d, k+1); e >= 0 || anyone[d.tok(k+1)] || d.tok(k+1) == "everyone" ||
				d.tok(k+1) == "we" || d.tok(k+1) == "i" {
				return i, k + 2
			}
			return -1, -1
		}
	}
	if !earlyWords[d.tok(n)] || !d.same(i, n) {
		return -1, -1
	}
	if d.tok(n) == "in" && d.tok(n+1) != "advance" || d.tok(n) == "before" && d.tok(n+1) != "release" {
		return -1, -1
	}
	sent := d.sentOf(i)
	for k := sent.first; k < sent.last; k++ {
		if conditionWords[d.tok(k)] {
			return -1, -1
		}
	}
	return i, n + 1
}

// ifCareElided finds "any one of which, if mitigated, would have prevented
// it": "if" and a participle of care with no subject, and "would have" in
// the same sentence.
func ifCareElided(d *doc, i int) (int, int) {
	p := i + 1
	if d.tok(p) == "not" {
		p++
	}
	if !careDone[d.tok(p)] || !d.same(i, p) {
		return -1, -1
	}
	e := p + 1
	if w := d.tok(e); w == "earlier" || w == "sooner" || w == "properly" || w == "in" && d.tok(e+1) == "time" {
		e++
	}
	sent := d.sentOf(i)
	for k := sent.first; k < sent.last; k++ {
		if w := d.tok(k); w == "would" && d.tok(k+1) == "have" && k+2 < sent.last && d.tok(k+2) != "been" {
			return i, e
		}
	}
	return -1, -1
}

// problemSubject reports whether the subject ending at j is the problem
// itself ("a problem that could have been solved in an hour"), not a thing
// whose capability is told ("the backup could have been restored in an
// hour").
func problemSubject(d *doc, j int) bool {
	w := d.tok(j)
	return problemObjects[w] || w == "that" || w == "which" || w == "it" || w == "this"
}

// alternativesLaidOut reports whether the "could have" clause whose participle is
// at p lays out the options open at the time: "we could have rolled back
// or failed over", "we could have waited, but we chose to fail over".
func alternativesLaidOut(d *doc, p int) bool {
	sent := d.sentOf(p)
	for k := p + 1; k < sent.last; k++ {
		switch w := d.tok(k); {
		case w == "or" && (isParticiple(d.tok(k+1)) || d.tok(k+1) == "we" || d.tok(k+1) == "i"):
			return true
		case w == "chose" || w == "decided" || w == "opted" || w == "preferred" || w == "picked":
			return true
		case w == "but" && writerSelf(d.tok(k+1)) && reasonedVerbs[d.tok(k+2)]:
			// "we could have brought everything up at once, but we believe
			// every disk must be checked first": a choice with its reason.
			return true
		}
	}
	return false
}

// reasonedVerbs give the writer's reason for the option not taken.
var reasonedVerbs = set("believe", "believed", "felt", "feel", "thought", "think", "wanted",
	"want", "judged", "considered", "preferred", "prefer", "decided", "chose")

// takenOneTest finds "it would have taken one test to catch this": the
// modal at m, "taken" at p, a small guard and a verb of catching after.
func takenOneTest(d *doc, m, p int) (int, int) {
	small := false
	for k := p + 1; k <= p+5 && d.same(m, k); k++ {
		switch w := d.tok(k); {
		case smallGuards[w] || w == "a" && testHead(d, k+1, k+3):
			small = true
		case w == "to" && small && noticedVerbs[participle(d.tok(k+1))]:
			return m, k + 2
		}
	}
	return -1, -1
}

// hadThereBeen returns the start of an opening "Had there been a single
// test" or "If there had been one more check" before the modal at m, or
// -1.
func hadThereBeen(d *doc, m int) int {
	f := d.sentOf(m).first
	k := f
	switch {
	case d.tok(f) == "had" && d.tok(f+1) == "there" && d.tok(f+2) == "been":
		k = f + 3
	case d.tok(f) == "if" && d.tok(f+1) == "there" && d.tok(f+2) == "had" && d.tok(f+3) == "been":
		k = f + 4
	default:
		return -1
	}
	small := false
	for ; k < m && k <= f+8; k++ {
		if smallGuards[d.tok(k)] || (d.tok(k) == "a" || d.tok(k) == "an") && testHead(d, k+1, m) {
			small = true
		}
		if small && missingGuards[d.tok(k)] {
			return f
		}
		if d.toks[k].comma {
			return -1
		}
	}
	return -1
}

// guardSubjectStart returns the first word of the clause holding the
// modal at m.
func guardSubjectStart(d *doc, m int) int {
	s := m - 1
	for s > d.sentOf(m).first && !d.toks[s].clause && !d.toks[s-1].comma && s > m-8 {
		s--
	}
	return max(s, 0)
}
