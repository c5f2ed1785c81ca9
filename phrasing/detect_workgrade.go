package phrasing

// The team's or another team's work graded in more of the forms real
// write-ups use than "our testing was inadequate": a grade denied ("the
// monitoring setup was not sufficient", "logging was not comprehensive
// enough"), a subject of several kinds of work ("logging and metrics were
// insufficient"), a grade as an idiom ("our implementation left a lot to
// be desired") and a grading adjective before the work ("substandard
// quality", "uneven offboarding practices"). A system's capacity ("the
// disk was not large enough", "the pool was insufficient") and a grade
// denied in turn ("the review was not inadequate") are not judged here.

// workMore are kinds of work and the setups a team builds, beyond
// workNouns: "the monitoring setup", "logging and metrics".
var workMore = set("logging", "metrics", "setup", "set-up", "implementation", "instrumentation",
	"telemetry", "observability", "visibility", "regimen", "safeguards", "controls", "hygiene",
	"tooling", "offboarding", "quality", "contributions", "coverage", "investigation",
	"investigations", "reviews", "handling", "tracing", "paging", "announcements",
	"messaging", "scripts", "patches", "commits", "guide", "guides", "manual", "readme", "changelog",
	"watching", "checking", "checks", "alerts", "supervising", "auditing", "vetting", "guardrails")

// goodGrades denied grade the work: "was not sufficient", "was not
// thorough enough". The ones marked true need "enough" after them.
var goodGrades = map[string]bool{"sufficient": false, "adequate": false, "satisfactory": false,
	"acceptable": false, "ideal": false, "comprehensive": true, "sophisticated": true,
	"robust": true, "extensive": true, "detailed": true, "mature": true, "good": true,
	"thorough": false, "rigorous": false, "granular": true, "strict": true, "careful": true,
	"frequent": true, "clear": true, "complete": true, "broad": true, "proactive": true,
	"reliable": true}

// badGradeAdjs before a kind of work grade it wherever the phrase stands:
// "substandard quality", "uneven offboarding practices". The words
// vague-area reads ("insufficient", "poor") are left to it.
var badGradeAdjs = set("substandard", "sub-standard", "shoddy", "lax", "uneven", "inconsistent",
	"haphazard", "careless", "lackluster", "lacklustre", "deficient", "spotty", "patchy",
	"mediocre", "low-quality", "poor-quality", "amateurish", "slapdash", "half-hearted", "perfunctory")

// lowGrades after "too", or before "quality" after "of", grade the work:
// "coverage was too low", "tests of poor quality".
var lowGrades = set("low", "thin", "sparse", "shallow", "light", "poor", "bad", "questionable",
	"substandard", "variable", "mixed", "dubious")

// workGradeTriggers anchor the shapes of this file.
func workGradeTriggers() []string {
	out := []string{"desired", "enough", "quality", "low", "thin", "sparse", "shallow", "light", "date",
		"short"}
	for w := range goodGrades {
		out = append(out, w)
	}
	for w := range badGradeAdjs {
		out = append(out, w)
	}
	return out
}

// isWork reports whether w names work people do or a setup they build.
func isWork(w string) bool { return workNouns[w] || workMore[w] }

// gradedWork finds the shapes above at i and returns the span, or -1.
func gradedWork(d *doc, i int) (int, int) {
	w := d.toks[i].word
	switch {
	case w == "desired":
		return leftToBeDesired(d, i)
	case w == "date" || w == "short":
		return outOfDate(d, i)
	case badGradeAdjs[w]:
		for e := i + 1; e < i+3 && d.same(i, e); e++ {
			if isWork(d.toks[e].word) {
				return i, e + 1
			}
			if d.toks[e].comma || npStop[d.toks[e].word] {
				break
			}
		}
		return -1, -1
	}
	if lowGrades[w] && d.tok(i-1) == "too" || w == "quality" && lowGrades[d.tok(i-1)] && d.tok(i-2) == "of" {
		// "test coverage was too low", "the patches were of poor quality"
		k := i - 2
		if w == "quality" {
			k = i - 3
		}
		if be := d.tok(k); !beVerbs[be] || !d.same(k, i) {
			return -1, -1
		}
		if s := workSubject(d, k); s >= 0 {
			return s, i + 1
		}
		return -1, -1
	}
	needEnough, ok := goodGrades[w]
	end := i + 1
	if w == "enough" {
		// "not comprehensive enough": the grade is the word before.
		if needEnough, ok = goodGrades[d.tok(i-1)]; !ok || !needEnough || !d.same(i-1, i) {
			return -1, -1
		}
		i--
	} else if !ok || needEnough {
		return -1, -1
	}
	k := i - 1
	for n := 0; n < 2 && gradeAdverbs[d.tok(k)] && d.tok(k) != "not"; n++ {
		k--
	}
	if d.tok(k) != "not" && d.tok(k) != "never" {
		if be := d.tok(k); be != "wasn't" && be != "weren't" && be != "isn't" && be != "aren't" {
			return -1, -1
		}
	} else {
		k--
		for n := 0; n < 2 && (gradeAdverbs[d.tok(k)] || adverbs[d.tok(k)]) && d.same(k, i); n++ {
			k-- // "was simply not sufficient", "was really not comprehensive enough"
		}
	}
	if be := d.tok(k); !beVerbs[be] || !d.same(k, i) {
		return -1, -1
	}
	s := workSubject(d, k)
	if s < 0 {
		return -1, -1
	}
	return s, end
}

// beVerbs carry a grade: "was", "were not", "isn't".
var beVerbs = set("was", "were", "is", "are", "wasn't", "weren't", "isn't", "aren't", "been")

// workSubject returns the first token of a subject that ends at the verb
// at k and names work, or -1: "the current monitoring setup", "logging
// and metrics", "our runbook for failover".
func workSubject(d *doc, k int) int {
	if d.tok(k) == "been" && (d.tok(k-1) == "has" || d.tok(k-1) == "have" || d.tok(k-1) == "had") {
		k--
	}
	s := -1
	for j := k - 1; j >= max(0, k-7) && d.same(j, k); j-- {
		t := &d.toks[j]
		if j < k-1 && t.comma {
			break
		}
		if subjectOpeners[t.word] || clauseWords[t.word] && t.word != "and" || isParticiple(t.word) && t.word != "set" {
			break
		}
		s = j
		if t.clause {
			break
		}
	}
	if s < 0 {
		return -1
	}
	if r := relativeHead(d, s, k); r >= 0 {
		return r // "the monitoring setup we had inherited from the old team"
	}
	// The head is the last word before the first preposition: "the paging
	// setup for the storage tier", "our status updates during the outage";
	// "the disk for the logging service" is a disk.
	head := k - 1
	for j := s + 1; j < k; j++ {
		if subjectPreps[d.toks[j].word] {
			head = j - 1
			break
		}
	}
	h := d.toks[head].word
	if h == "updates" && (d.tok(head-1) == "status" || d.tok(head-1) == "customer") {
		return s // "our status updates", not the kernel's
	}
	if head < k-1 && workNouns[h] && !workMore[h] && !minimalWork[h] && !peopleAfter(d, head+1, k) {
		return -1 // "the communication to the broker" is the driver's
	}
	if isWork(h) || d.tok(head-1) == "and" && isWork(d.tok(head-2)) {
		return s
	}
	return -1
}

// relativeHead returns the start of a work noun phrase (its head a kind of
// work) followed by a
// relative clause with its pronoun left out ("the monitoring setup we had
// inherited from the old team was not sufficient"), looking back from the
// verb at k past where workSubject stopped at s, or -1.
func relativeHead(d *doc, s, k int) int {
	for p := s; p >= max(0, k-12) && d.same(p, k); p-- {
		if !selfPronouns[d.tok(p)] && !subjectPronouns[d.tok(p)] || p == 0 || !isWork(d.tok(p-1)) {
			if d.toks[p].comma || p < s && d.toks[p+1].clause {
				return -1
			}
			continue
		}
		h := p - 1
		for h > 0 && d.same(h-1, p) && !d.toks[h].clause && (isWork(d.tok(h-1)) || determiners[d.tok(h-1)] ||
			adverbLike(&d.toks[h-1]) || d.tok(h-1) == "current") {
			h--
		}
		return h
	}
	return -1
}

// subjectPreps end the head of a subject: what follows qualifies it.
var subjectPreps = set("for", "of", "on", "in", "around", "across", "at", "with", "to", "during",
	"between", "behind", "from", "about", "over", "under", "within", "among")

// leftToBeDesired finds "left a lot to be desired", "leaves much to be
// desired" at i ("desired"), with its subject, returning the span or -1.
func leftToBeDesired(d *doc, i int) (int, int) {
	if d.tok(i-1) != "be" || d.tok(i-2) != "to" {
		return -1, -1
	}
	k := i - 3
	for n := 0; n < 3 && k > 0 && d.same(k, i); n++ {
		switch d.tok(k) {
		case "a", "lot", "much", "something", "great", "deal", "plenty", "quite", "bit", "very":
			k--
			continue
		}
		break
	}
	switch d.tok(k) {
	case "left", "leaves", "leave", "leaving":
	default:
		return -1, -1
	}
	if !d.same(k, i) || k == i-3 {
		return -1, -1
	}
	if s := subjectBefore(d, k); s >= 0 {
		if st := passiveSubject(d, k); st <= s {
			return st, i + 1
		}
	}
	return k, i + 1
}

// gradedWorkFinding adds a work-graded finding over [a, b). When the grade
// ends its sentence the rewrite says what the work did not do, in place
// of the grade: "Logging and metrics did not cover this case."
func (c *Checker) gradedWorkFinding(d *doc, r *rule, a, b int, out *[]Finding) {
	f := c.finding(d, r, a, b)
	f.Question = "What was missing that would have made this work easier to do well?"
	if b == d.sentOf(a).last && rewriteStart(d, a) && !d.sentOf(a).question {
		for v := a + 1; v < b; v++ {
			if w := d.toks[v].word; beVerbs[w] || w == "left" || w == "leaves" || w == "lacked" || w == "lacks" {
				c.swap(d, &f, v, b, "did not cover this case")
				break
			}
		}
	}
	*out = append(*out, f)
}

// outOfDate finds "the previous team's documentation was out of date" and
// "our security practices fell short" at i ("date" or "short"), with a
// kind of work as the subject, returning the span or -1.
func outOfDate(d *doc, i int) (int, int) {
	v := i - 1
	if d.toks[i].word == "date" {
		if d.tok(i-1) != "of" || d.tok(i-2) != "out" {
			return -1, -1
		}
		v = i - 3
		if !beVerbs[d.tok(v)] {
			return -1, -1
		}
	} else if t := d.tok(v); t != "fell" && t != "falls" && t != "fall" {
		return -1, -1
	}
	if !d.same(v, i) {
		return -1, -1
	}
	if s := workSubject(d, v); s >= 0 {
		return s, i + 1
	}
	return -1, -1
}
