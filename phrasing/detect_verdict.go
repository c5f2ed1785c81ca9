package phrasing

// The writer or the team passing a verdict on itself or on its own past
// work, in grammar the conduct lists do not read: "I was wrong to push
// it", "we were wrong about the cache", "the outage was made much worse
// by ourselves", "our mitigation could have been better", "the mistake
// was where the retry went", "two mistakes combined". Who is judged is the
// writer (a first-person subject or agent) or the team's own work (a work
// noun as subject); the verdict is an adjective of being wrong, a
// comparative of how it went, or the noun "mistake" as a label.

// verdictTriggers are the words the verdicts hang on.
var verdictTriggers = []string{"wrong", "worse", "better"}

// selfAgents after "by" are the writer or the team.
var selfAgents = set("us", "ourselves", "me", "myself")

// ownWork are the team's acts that "could have been better" grades.
var ownWork = set("response", "mitigation", "communication", "communications", "handling",
	"testing", "monitoring", "coordination", "escalation", "rollout", "rollback", "review",
	"reviews", "preparation", "planning", "process", "processes", "documentation", "qa",
	"execution", "follow-up", "alerting", "messaging", "reaction", "triage")

// selfVerdict returns the span of a verdict at i (one of verdictTriggers,
// or "mistake"/"mistakes" the other readings left), or -1.
func (c *Checker) selfVerdict(d *doc, i int) (int, int) {
	e := i
	switch d.toks[i].word {
	case "wrong":
		// "I was wrong", "we were wrong to assume"; "the value was wrong"
		// and "we weren't wrong" are not the writer judging itself.
		be := i - 1
		if d.tok(be) == "completely" || d.tok(be) == "simply" || d.tok(be) == "just" {
			be--
		}
		switch d.tok(be) {
		case "was", "were", "am":
		default:
			return -1, -1
		}
		if d.tok(i+1) == "about" && d.same(i, i+1) {
			return -1, -1 // "wrong about the cache" revises a belief
		}
		if s := d.tok(be - 1); (s == "i" || s == "we") && d.same(be-1, i) {
			return be - 1, i + 1
		}
	case "worse":
		// "made much worse by ourselves"
		k := i - 1
		if d.tok(k) == "much" || d.tok(k) == "far" || d.tok(k) == "even" || d.tok(k) == "a" || d.tok(k) == "lot" {
			k--
		}
		if d.tok(k) == "a" {
			k--
		}
		if d.tok(k) == "made" && d.tok(i+1) == "by" && selfAgents[d.tok(i+2)] && d.same(k, i+2) {
			return k, i + 3
		}
	case "better":
		// "our mitigation could have been (much) better"
		if t := d.tok(i - 1); (t == "much" || t == "far") && d.same(i-1, i) {
			i--
		}
		if d.tok(i-1) != "been" || d.tok(i-2) != "have" || !d.same(i-4, i) {
			return -1, -1
		}
		if m := d.tok(i - 3); m != "could" && m != "should" {
			return -1, -1
		}
		s := i - 4
		if d.tok(s) == "overall" || d.tok(s) == "all" {
			s--
		}
		if !ownWork[d.tok(s)] || !d.same(s, i) {
			return -1, -1
		}
		if p := d.tok(s - 1); (p == "our" || p == "the") && d.same(s-1, s) {
			s--
		}
		if !d.toks[s].clause && !sentenceStart(d, s) {
			return -1, -1
		}
		return s, e + 1
	case "mistake":
		// "The mistake was where the routing happened"; "the mistake was
		// fixed" tells what happened to a typo.
		if d.tok(i-1) == "the" && d.tok(i+1) == "was" && d.same(i-1, i+2) && sentenceStart(d, i-1) &&
			!isParticiple(d.tok(i+2)) && d.tok(i+2) != "in" {
			return i - 1, i + 2
		}
	case "mistakes":
		// "Two mistakes combined:", "we made two mistakes" is own-conduct's.
		if n := d.tok(i - 1); numberWords[n] && n != "one" && d.same(i-1, i) && sentenceStart(d, i-1) {
			if v := d.tok(i + 1); v == "combined" || v == "compounded" || v == "were" || !d.same(i, i+1) {
				return i - 1, i + 1
			}
		}
	}
	return -1, -1
}

// sawThat reports "see that the app was crashing" at k, after "failed
// to": what the writer did not take in, not an investigation's outcome
// ("we failed to see any difference").
func sawThat(d *doc, k int) bool {
	// "see that warning as an error" takes "that" as a determiner.
	n := d.tok(k + 2)
	return d.tok(k) == "see" && d.tok(k+1) == "that" && d.same(k, k+2) &&
		(npStart[n] || subjectPronouns[n] || selfPronouns[n] || n == "it")
}
