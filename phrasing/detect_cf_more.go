package phrasing

// Counterfactuals in more voices: the verb left to the clause before ("when
// they shouldn't have"), a contracted conditional ("if we'd waited"), and a
// counterfactual about the team's practice: "More granular deployments
// would have allowed us to catch it", "Smaller batches would have let us
// see the error sooner", "Testing on staging would have helped us notice".
// The subject is a way of working graded as better, and "us" the team it
// would have spared. A guard named as a tool ("an alert on queue depth
// would have let us catch it") and a denial ("would not have helped us")
// are left to the rules that read guards and denials.

// enableVerbs after "would have" say the practice would have let us act.
var enableVerbs = set("allowed", "let", "helped", "enabled", "permitted")

// seeVerbs are what the practice would have let the team do.
var seeVerbs = set("catch", "find", "notice", "detect", "spot", "see", "prevent", "avoid", "know",
	"identify", "react", "respond", "stop", "isolate", "roll", "revert", "realize", "realise")

// practiceGrades in the subject make it a way of working graded as better.
var practiceGrades = set("more", "better", "smaller", "earlier", "closer", "proper", "granular",
	"careful", "thorough", "frequent", "incremental", "staged", "gradual", "slower", "fewer")

// wouldHaveLetUs finds the shape above at "would" (i), returning the span
// or -1.
func wouldHaveLetUs(d *doc, i int) (int, int) {
	k := i + 1
	if d.tok(k) != "have" || !enableVerbs[d.tok(k+1)] {
		return -1, -1
	}
	k += 2
	switch d.tok(k) {
	case "us", "me":
		k++
	case "the", "our":
		if d.tok(k+1) != "team" {
			return -1, -1
		}
		k += 2
	default:
		return -1, -1
	}
	if d.tok(k) == "to" {
		k++
	}
	if !seeVerbs[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	// The subject, from the clause start to "would".
	a := i - 1
	for a > 0 && a > i-8 && d.same(a-1, i) && !d.toks[a].clause {
		a--
	}
	graded := gerundSubject(d, i)
	for j := a; j < i && !graded; j++ {
		graded = practiceGrades[d.toks[j].word]
	}
	if !graded || a >= i {
		return -1, -1
	}
	return a, k + 1
}

// ellipticShould flags a "should have" whose verb is left to the clause
// before it: "people rolled back when they shouldn't have", "we shipped
// it, though we should not have". It reports whether it did.
func (c *Checker) ellipticShould(d *doc, i, next int, r *rule, out *[]Finding) bool {
	if w := d.toks[i].word; w[0] != 's' && w != "ought" || !d.same(i, next-1) {
		return false
	}
	if e := d.toks[next-1].end; e < len(d.text) && d.text[e] == ':' {
		return false // a list of what should have happened follows
	}
	if d.sentOf(i).question {
		return false // "(I believe we should have?)" wonders, it does not judge
	}
	s := subjectBefore(d, i)
	if s < 0 {
		return false
	}
	start, kind := c.personEndingAt(d, s)
	if kind != selfPerson && kind != rolePerson && kind != namedPerson || d.tok(start) == "you" {
		return false
	}
	if p := d.tok(start - 1); d.toks[i].word != "shouldn't" && d.tok(i+1) != "not" &&
		(p == "as" || p == "like" || p == "than" || p == "what") {
		return false // "they rolled back as they should have" praises
	}
	f := c.finding(d, r, start, next)
	f.Question = "What made this look like the right step at the time?"
	*out = append(*out, f)
	return true
}

// contractedHad flags "If we'd waited for the canary, ..." as detectHad
// flags "If we had waited": "we'd" before a participle after "if" is a
// past conditional about a person's choice. "If we'd known" and "if we'd
// had an alert" reason about what was there.
func (c *Checker) contractedHad(d *doc, i int, r *rule, out *[]Finding) {
	p := d.tok(i + 1)
	if d.tok(i-1) != "if" && d.tok(i-1) != "only" || !d.same(i-1, i+1) || d.sentOf(i).question {
		return
	}
	if !isParticiple(p) || p == "had" || p == "been" || p == "known" || p == "got" || p == "liked" ||
		p == "needed" || p == "wanted" {
		return
	}
	f := c.finding(d, r, i-1, i+2)
	f.Question = "What made this hard to do at the time?"
	*out = append(*out, f)
}

// pseudoCleft reports whether the sentence of the modal at i is "What we
// should have done is roll back": a statement that opens with "what", not
// a question.
func pseudoCleft(d *doc, i int) bool {
	sent := d.sentOf(i)
	if sent.question || d.toks[sent.first].word != "what" || i != sent.first+2 {
		return false
	}
	switch d.tok(sent.first + 1) {
	case "we", "i", "they", "he", "she":
		return true
	}
	return false
}

// ideallyWould finds "Ideally, we would have rolled back" and "we would
// ideally have paged the vendor": what the team should have done, worded
// as an ideal, at "would" (i). It returns the span or -1.
func (c *Checker) ideallyWould(d *doc, i int) (int, int) {
	k := i + 1
	ideal := d.tok(k) == "ideally"
	if ideal {
		k++
	}
	if d.tok(k) != "have" || !isParticiple(d.tok(k+1)) || !d.same(i, k+1) {
		return -1, -1
	}
	s := subjectBefore(d, i)
	if s < 0 {
		return -1, -1
	}
	start, kind := c.personEndingAt(d, s)
	if kind != selfPerson && kind != rolePerson && kind != namedPerson || d.tok(start) == "you" {
		return -1, -1
	}
	if !ideal {
		// "Ideally, we would have ..." opens the sentence.
		first := d.sentOf(i).first
		if d.tok(first) != "ideally" || start != first+1 {
			return -1, -1
		}
		return first, k + 2
	}
	return start, k + 2
}

// cleftRewrite offers "Rolling back did not happen" for "What we should
// have done is roll back", reading the act after "is" or "was" past
// "done" at k.
func cleftRewrite(d *doc, f *Finding, k int) {
	f.Question = "What made the other option hard to take at the time?"
	j := k + 1
	if d.tok(j) == "instead" {
		j++
	}
	if t := d.tok(j); t != "is" && t != "was" {
		return
	}
	j++
	if d.tok(j) == "to" {
		j++
	}
	sent := d.sentOf(k)
	if j >= sent.last {
		return
	}
	act := gerund(baseOf(d.toks[j].word))
	f.Suggestion = capitalize(joinWords(act, trimPunct(d.span(j+1, sent.last)))) + " did not happen"
}
