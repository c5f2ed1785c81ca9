package phrasing

import "strings"

// Conditional and modal counterfactuals about care, beside the passive
// ones in detect_care.go: "had the app been tested", "if the change had
// been reviewed", "if addressed sooner", "this should never have made it
// to production", "we might have noticed sooner".

// askVerbs before "if" make it an indirect question: "we asked if the
// change had been reviewed".
var askVerbs = set("ask", "asked", "asking", "check", "checked", "checking", "wonder", "wondered",
	"know", "knew", "see", "saw", "sure", "unsure", "clear", "unclear", "verify", "verified",
	"confirm", "confirmed", "determine", "tell", "told", "find", "found", "discuss", "review")

// hadBeenCare finds the inverted passive conditional "had the app been
// tested", "had it not been reviewed", returning the span or -1. A person
// ("had Bob been paged") is not judged: being paged is not care.
func (c *Checker) hadBeenCare(d *doc, i int) (int, int) {
	n := d.tok(i + 1)
	if !d.same(i, i+1) || n == "been" || n == "not" || n == "never" || n == "to" || isParticiple(n) ||
		!npStart[n] && n != "it" && n != "this" && !d.toks[i].clause {
		return -1, -1
	}
	if i > 0 && d.same(i-1, i) && !d.toks[i].clause && !timingWords[d.tok(i-1)] &&
		!modalBefore(d, i) {
		return -1, -1 // not inverted: "the app had been tested" is a fact
	}
	for k := i + 2; k < i+7 && d.same(i, k); k++ {
		w := d.toks[k].word
		if d.toks[k-1].comma || w == "had" || finiteVerbs[w] && w != "been" {
			return -1, -1
		}
		if w != "been" {
			continue
		}
		if _, kind := c.personEndingAt(d, k-1); kind != notPerson && kind != weakPerson {
			return -1, -1
		}
		p := k + 1
		if d.tok(p) == "properly" || d.tok(p) == "first" || d.tok(p) == "thoroughly" {
			p++
		}
		if !careDone[d.tok(p)] || !d.same(i, p) {
			return -1, -1
		}
		return i, p + 1
	}
	return -1, -1
}

// modalBefore reports whether "would|could have" comes earlier in the
// sentence: "it could have been addressed earlier had the app been tested".
func modalBefore(d *doc, i int) bool {
	for j := i - 1; j >= max(d.sentOf(i).first, i-maxClause); j-- {
		if w := d.toks[j].word; (w == "would" || w == "could" || w == "might") && d.tok(j+1) == "have" {
			return true
		}
	}
	return false
}

// ifCare finds "if the change had been reviewed" and the reduced "if
// addressed sooner" in a counterfactual, returning the span or -1.
func (c *Checker) ifCare(d *doc, i int) (int, int) {
	for j := i - 1; j >= max(0, i-3) && d.same(j, i); j-- {
		if askVerbs[d.toks[j].word] {
			return -1, -1
		}
	}
	k := i + 1
	if d.tok(k) == "only" {
		return -1, -1 // "if only" is its own rule
	}
	// The reduced form: "if addressed sooner", "if caught earlier".
	if careDone[d.tok(k)] && d.same(i, k+1) {
		e := k + 1
		for n := 0; n < 3 && lateMods[d.tok(e)] && d.same(i, e+1); n++ {
			e++
		}
		if !timingWords[d.tok(e)] && !carefulWords[d.tok(e)] && !(d.tok(e) == "in" && d.tok(e+1) == "time") {
			return -1, -1
		}
		if !counterfactualNear(d, i) {
			return -1, -1
		}
		return i, e + 1
	}
	// "if the migration had been tested"
	for e := k; e < k+6 && d.same(i, e); e++ {
		w := d.toks[e].word
		if w == "had" {
			if e == k {
				return -1, -1
			}
			if _, kind := c.personEndingAt(d, e-1); kind != notPerson && kind != weakPerson {
				return -1, -1
			}
			p := e + 1
			if d.tok(p) == "not" {
				p++
			}
			if d.tok(p) != "been" {
				return -1, -1
			}
			p++
			if d.tok(p) == "properly" || d.tok(p) == "first" || d.tok(p) == "thoroughly" {
				p++
			}
			if !careDone[d.tok(p)] || !d.same(i, p) {
				return -1, -1
			}
			return i, p + 1
		}
		if d.toks[e].comma || finiteVerbs[w] {
			return -1, -1
		}
	}
	return -1, -1
}

// counterfactualNear reports whether "would|could|might have" sits in the
// sentence holding i, within a clause or two.
func counterfactualNear(d *doc, i int) bool {
	sent := d.sentOf(i)
	for j := max(sent.first, i-maxClause); j < min(sent.last, i+maxClause); j++ {
		switch d.toks[j].word {
		case "would", "could", "might", "wouldn't", "couldn't":
			if t := d.tok(j + 1); t == "have" || t == "not" && d.tok(j+2) == "have" {
				return true
			}
		case "would've", "could've", "might've":
			return true
		}
	}
	return false
}

// escapeVerbs say a change got past the people meant to stop it: "this
// should never have made it to production".
var escapeVerbs = set("made", "reached", "slipped", "landed", "got", "gotten", "gone", "escaped",
	"passed", "hit")

// approvedActs are what people do to let a change through: "this should
// not have been approved". "The pod should not have been evicted" is a
// system's behaviour.
var approvedActs = set("approved", "merged", "shipped", "released", "pushed", "deployed",
	"signed", "promoted", "accepted", "greenlit", "greenlighted", "rubber-stamped", "allowed")

// shouldNeverHave finds "this should never have made it to production" and
// "the change should not have been approved", with a thing or nothing as
// the subject, returning the span or -1.
func (c *Checker) shouldNeverHave(d *doc, i int) (int, int) {
	if w := d.toks[i].word; w != "should" {
		return -1, -1
	}
	k := i + 1
	if t := d.tok(k); t != "not" && t != "never" {
		return -1, -1
	}
	k++
	if d.tok(k) == "ever" {
		k++
	}
	if d.tok(k) != "have" || !d.same(i, k+1) || openQuestionNear(d, i) {
		return -1, -1
	}
	k++
	if _, kind, _ := c.subjectOf(d, i); kind != notPerson && kind != weakPerson {
		return -1, -1 // should-have's own
	}
	p := d.toks[k].word
	switch {
	case escapeVerbs[p]:
		n := d.tok(k + 1)
		if p == "made" && n != "it" || p != "made" && p != "reached" && p != "hit" &&
			n != "to" && n != "into" && n != "through" && n != "past" && n != "out" && n != "live" {
			return -1, -1
		}
		if p == "passed" && n != "through" {
			return -1, -1 // "the tests should not have passed" is the suite's behaviour
		}
		return i, k + 2
	case p == "been" && approvedActs[d.tok(k+1)] && d.same(i, k+1):
		if d.tok(k+2) == "by" && d.same(i, k+3) {
			if _, kind := c.personEndingAt(d, k+3); kind == notPerson {
				return -1, -1 // "allowed by the firewall"
			}
		}
		if d.tok(k+1) == "allowed" && d.tok(k+2) != "to" {
			return -1, -1
		}
		return i, k + 2
	}
	return -1, -1
}

// openQuestionNear is openQuestion within a clause or two of i, so a long
// paragraph with no full stops costs the same per finding as a note.
func openQuestionNear(d *doc, i int) bool {
	for k := max(d.sentOf(i).first, i-maxClause); k < i; k++ {
		switch d.toks[k].word {
		case "whether", "discuss", "decide", "consider", "ask":
			return true
		case "if":
			// "ask if it could have been caught" asks; "If alerts were
			// configured, this could have been addressed" is a conditional.
			if !d.toks[k].clause {
				return true
			}
		}
	}
	return false
}

// mightSooner finds "we might have noticed sooner", "Bob might have caught
// it earlier": the writer, the team or a person, a step of care, and a
// timing word. "Bob might have restarted it" is a guess about what
// happened, not a judgement. It returns the span or -1.
func (c *Checker) mightSooner(d *doc, i int) (int, int) {
	k := i + 1
	switch d.toks[i].word {
	case "might":
		if d.tok(k) != "have" {
			return -1, -1
		}
		k++
	case "might've":
	default:
		return -1, -1
	}
	if !careDone[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	start, kind, _ := c.subjectOf(d, i)
	if !isSomeone(kind) {
		return -1, -1
	}
	for e := k + 1; e < k+5 && d.same(i, e); e++ {
		if timingWords[d.toks[e].word] && d.toks[e].word != "before" {
			return start, e + 1
		}
		if d.toks[e].comma {
			break
		}
	}
	return -1, -1
}

// maxListItems and maxItemBytes bound how much after "I should have:" is
// read, so a document of such lines stays linear.
const (
	maxListItems = 8
	maxItemBytes = 2048
)

// shouldHaveList flags "Even so, I should have:" when a list follows, and
// each item that opens with a participle completing it ("- Taken a moment
// before doing anything destructive"). next is the token after "have".
func (c *Checker) shouldHaveList(d *doc, i, next int, r *rule, out *[]Finding) {
	e := d.toks[next-1].end
	if e >= len(d.text) || d.text[e] != ':' || d.toks[i].word[0] != 's' && d.toks[i].word[0] != 'c' {
		return
	}
	e++
	for e < len(d.text) && (d.text[e] == ' ' || d.text[e] == '\r') {
		e++
	}
	if e < len(d.text) && d.text[e] != '\n' {
		return
	}
	start, kind, _ := c.subjectOf(d, i)
	if !isSomeone(kind) {
		return
	}
	// The items: lines that open with a list marker, after at most one
	// blank line, each read for its first word only. The lead-in counts
	// only when an item completes it with a past action: "We should
	// have:" before "- an owner for each service" lists requirements.
	lead := len(*out)
	defer func() {
		if len(*out) > lead {
			*out = append(*out, c.finding(d, r, start, next))
		}
	}()
	blank := 0
	for n := 0; n < maxListItems && e < len(d.text); {
		e++ // past the newline
		lineEnd := e
		for lineEnd < len(d.text) && d.text[lineEnd] != '\n' && lineEnd < e+maxItemBytes {
			lineEnd++
		}
		if lineEnd == e+maxItemBytes {
			return // only the start of an item is read; a longer one ends the list
		}
		line := strings.TrimLeft(d.text[e:lineEnd], " \t")
		switch {
		case strings.TrimSpace(line) == "":
			if blank++; blank > 1 {
				return
			}
		case strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "+ "):
			n++
			k := tokenAt(d, e)
			if k < len(d.toks) && d.toks[k].start < lineEnd {
				if w := d.toks[k].word; isParticiple(w) && !finiteVerbs[w] {
					*out = append(*out, c.finding(d, r, k, k+1))
				}
			}
		default:
			return
		}
		e = lineEnd
	}
}
