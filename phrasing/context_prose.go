package phrasing

import "strings"

// Context read from technical prose (READMEs, changelogs, FAQs, design
// notes), where the same words describe software and point readers
// elsewhere: a word inside a path, a count ("two or more processes"), a
// pointer to where more is found, a why-question about a standing design
// choice, a decision given with its reason. These shapes turn up in
// postmortems too, wherever a write-up quotes code or points to docs.

// proseContext reports whether finding f at token k is one of the shapes
// above.
func proseContext(d *doc, k int, f *Finding) bool {
	if inPath(d, f) {
		return true
	}
	switch f.Rule {
	case "vague-area":
		return countedMore(d, k) || foundElsewhere(d, f)
	case "why-question":
		return standingChoice(d, k)
	case "own-conduct":
		return choiceExplained(d, k)
	case "minimising":
		return wordSense(d, k)
	case "person-failure":
		return participleAdjective(d, k)
	}
	return false
}

// participleAdjective reports whether the failure finding at k opens with
// a failure participle used as an adjective or in an elliptical clause:
// "an ignored request may hang", "avoid ignored attribute warnings", "if
// ignored, it behaves like no action", "removed forgotten defines". "Kim
// ignored the request" stays.
func participleAdjective(d *doc, k int) bool {
	switch d.tok(k) {
	case "a", "an", "the", "any", "avoid", "removed", "remove", "if", "when", "unless":
	default:
		return false
	}
	p := k + 1
	if p >= len(d.toks) || !d.same(k, p) || !isParticiple(d.tok(p)) {
		return false
	}
	if w := d.tok(k); w == "if" || w == "when" || w == "unless" {
		return d.toks[p].comma // "if ignored, ..."
	}
	return true
}

// inPath reports whether the finding's words are part of a file path or a
// URL ("debian/missing/docs", "docs/polkit/overview.xml"): a slash touches
// them and the run of text around it has another slash, a dot or a
// leading slash. "Better/more formal process" and "Planning/Management"
// are prose alternatives and stay.
func inPath(d *doc, f *Finding) bool {
	a, b := f.Offset, f.Offset+f.Length
	if !(a > 0 && d.text[a-1] == '/' || b < len(d.text) && d.text[b] == '/') {
		return false
	}
	lo, hi := a, b
	for lo > 0 && lo > a-120 && !isSpaceByte(d.text[lo-1]) {
		lo--
	}
	for hi < len(d.text) && hi < b+120 && !isSpaceByte(d.text[hi]) {
		hi++
	}
	run := strings.TrimRight(d.text[lo:hi], ",:;)")
	return strings.Count(run, "/") >= 2 || strings.Contains(run, ".") || strings.HasPrefix(run, "/")
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// numberWords count things.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "few", "several", "many", "dozen", "dozens", "hundred", "hundreds")

// countedMore reports whether "more" at k is part of a count: "two or more
// processes", "mark two more tests as slow". "Add more tests" stays.
func countedMore(d *doc, k int) bool {
	if d.tok(k) != "more" || k == 0 || !d.same(k-1, k) {
		return false
	}
	p := k - 1
	if d.tok(p) == "or" && p > 0 && d.same(p-1, p) {
		p--
	}
	w := d.tok(p)
	return numberWords[w] || isDigits(w)
}

// foundElsewhere reports whether the area of finding f is said to be
// found or available somewhere: "more documentation can be found at the
// project's website". "More documentation is needed" stays.
func foundElsewhere(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	if e >= len(d.toks) || !d.same(e-1, e) {
		return false
	}
	for j := e; j < e+10 && j < len(d.toks) && d.same(e, j); j++ {
		switch d.toks[j].word {
		case "found", "available", "located", "kept", "hosted":
			return true
		case "needed", "required", "necessary", "should", "must":
			return false
		}
	}
	return false
}

// standingChoice reports whether a why-question asks about a design that
// stands, in the present: "Why don't you just use float64?". "Why didn't
// you check the dashboard?" asks about a step in the incident and stays.
func standingChoice(d *doc, k int) bool {
	switch d.tok(k + 1) {
	case "don't", "doesn't":
		return d.same(k, k+1)
	case "do", "does":
		return d.tok(k+2) == "not" && d.same(k, k+2)
	}
	return false
}

// choiceExplained reports whether the writer's choice at k is given as the
// reason for a design: "that is the reason I chose to omit the soname".
// "I chose to ignore the alert" stays.
func choiceExplained(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k); j-- {
		if w := d.toks[j].word; w == "reason" || w == "reasons" || w == "why" {
			return true
		}
	}
	return false
}

// wordSense reports whether "common sense" names the ordinary meaning of a
// word: "it is not strictly words in the common sense".
func wordSense(d *doc, k int) bool {
	if !strings.HasPrefix(d.tok(k), "common") {
		return false
	}
	return d.tok(k-1) == "the" && (d.tok(k-2) == "in" || d.tok(k-2) == "of") && d.same(k-2, k)
}

// thingModals stand between a subject and a care or conduct word that a
// program's behaviour is described with: "configure should be more
// careful with linker scripts", "a shell command may mess up the key
// state". "To" is not one: "we need to be more careful" is a call.
var thingModals = set("should", "must", "may", "might", "could", "would", "can", "will",
	"now", "also")

// proseSystem reports whether finding f at k is said of a program or a
// mechanism rather than a person.
func (c *Checker) proseSystem(d *doc, k int, f *Finding) bool {
	return c.thingBehaves(d, k, f) || c.noOnePunished(d, k, f)
}

// noOnePunished reports whether a punishment word sits in a sentence that
// names no person, role or pronoun: "the punishment for a missed
// heartbeat is a restart of the pod" is a mechanism. "The engineer should
// be fired" and "whoever ran it should be punished" stay.
func (c *Checker) noOnePunished(d *doc, k int, f *Finding) bool {
	if f.Rule != "punitive" {
		return false
	}
	// Only the words a mechanism is described with; "heads will roll"
	// names no one and still calls for punishment.
	if m := strings.ToLower(d.text[f.Offset : f.Offset+f.Length]); !strings.Contains(m, "punish") &&
		!strings.Contains(m, "penal") {
		return false
	}
	sent := d.sentOf(k)
	if sent.last-sent.first > 3*ctxWindow {
		return false
	}
	for j := sent.first; j < sent.last; j++ {
		t := &d.toks[j]
		w := t.word
		if selfPronouns[w] || subjectPronouns[w] || objectPronouns[w] || possessive(w) && w != "its" ||
			personalDeterminers[w] ||
			c.isRole(w) || c.isName(t) || t.handle || t.cap && j > sent.first && !d.toks[j].clause ||
			strings.HasPrefix(w, "who") || w == "me" || w == "us" || w == "anyone" || w == "people" {
			return false
		}
	}
	return true
}

// personalDeterminers own something a person has.
var personalDeterminers = set("his", "her", "their", "your", "my", "our", "whose")

// thingBehaves reports whether finding f at k (a call for care or a
// conduct label) is said of a program or a thing through a modal
// or "now": the subject before is not a person, a role or a pronoun.
// "Kim should be more careful" and "engineers must be careful" stay.
func (c *Checker) thingBehaves(d *doc, k int, f *Finding) bool {
	switch f.Rule {
	case "vague-action", "blame-labels":
	default:
		return false
	}
	w := d.tok(k)
	if w != "be" && !strings.HasPrefix(w, "mess") {
		return false
	}
	m := k - 1
	if m < 0 || !d.same(m, k) || !thingModals[d.tok(m)] {
		return false
	}
	j := m - 1
	for j >= 0 && j > m-6 && d.same(j, m) && (thingModals[d.tok(j)] || strings.HasSuffix(d.tok(j), "ly")) {
		j--
	}
	if j < 0 || !d.same(j, k) || d.toks[j+1].clause || d.toks[j].comma {
		return false
	}
	switch d.tok(j) {
	case "i", "we", "you", "he", "she", "they", "someone", "everyone", "people", "users",
		"user", "engineers", "developers", "team", "teams", "one":
		return false
	}
	_, kind := c.personEndingAt(d, j)
	return kind == notPerson && !determiners[d.tok(j)] && !c.isRole(d.tok(j))
}
