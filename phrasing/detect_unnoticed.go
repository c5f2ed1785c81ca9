package phrasing

import "strings"

// A duty left undone over time, said with no one named or with the team
// as the one who noticed late: "the failing job went unnoticed for three
// weeks", "the warning was not acknowledged until the next morning", "it
// took a while before anyone noticed", "the outage ran for hours before we
// realised", "it took days for the leak to get noticed". What marks the
// judgement is time: the thing waited, and someone should have seen it.
// A system that notices late ("before the scheduler noticed"), a plain
// short duration ("it took ten minutes before we noticed"), a reason
// given ("went unnoticed for a day because the alert went to an archived
// channel"), a requirement ("must not go unnoticed for an hour") and a
// question are accounts, not verdicts.

func init() {
	detectorNames["noticed-late"] = true
	detectors["noticed-late"] = detector{triggers: unnoticedTriggers(), run: detectUnnoticed}
}

// waitedWords are a thing left waiting by the people who owed it care.
var waitedWords = set("unnoticed", "undetected", "unaddressed", "unanswered", "unacknowledged",
	"unreviewed", "unread", "unpatched", "unfixed", "unmonitored", "unchecked", "unseen",
	"unreported", "unexamined", "uninvestigated", "untriaged", "unattended", "unactioned",
	"unheeded", "untested", "unmaintained", "unowned", "unspotted")

// seenParticiples are the duty in the passive: "was not noticed for days".
var seenParticiples = set("noticed", "spotted", "detected", "caught", "flagged", "discovered",
	"acknowledged", "addressed", "answered", "investigated", "reviewed", "escalated", "triaged")

// moreDuties may follow one with "or": "not flagged or reported".
var moreDuties = set("reported", "read", "seen", "handled", "raised", "actioned", "fixed")

// lateNoticeVerbs are the people's noticing, in the past ("before we noticed")
// and as a base form ("for anyone to notice").
var lateNoticeVerbs = set("noticed", "realised", "realized", "spotted", "discovered", "detected",
	"caught", "notice", "realise", "realize", "spot", "discover", "detect", "catch")

// waitedVerbs carry a thing through the time it waited: "went unnoticed",
// "remained unpatched", "was left unchecked".
var waitedVerbs = set("went", "gone", "remained", "stayed", "sat", "was", "were", "been", "lay",
	"left", "lingered")

// longUnits are spans of time long enough that waiting them out is a
// verdict on whoever should have seen it; minutes and seconds are a
// measurement.
var longUnits = set("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
	"years", "night", "overnight", "weekend", "weekends", "while", "ages", "forever", "decade",
	"decades", "period", "time")

// timeUnits are any span a "for" can measure.
var timeUnits = set("minute", "minutes", "min", "mins", "second", "seconds", "hour", "hours",
	"hrs", "h", "day", "days", "week", "weeks", "month", "months", "year", "years", "night",
	"weekend", "weekends", "while", "ages", "decade", "decades", "period", "time")

// timePassVerbs carry the time that passed before someone noticed: "it took
// a while before", "the outage lasted hours until", "it was days before".
var timePassVerbs = set("took", "lasted", "was", "passed", "elapsed", "went", "ran", "continued",
	"persisted", "remained", "been", "stayed", "sat", "waited", "hung", "were")

// waitReasons after the duty say why it waited: an account, not a verdict.
var waitReasons = set("because", "since", "due", "given", "as")

func unnoticedTriggers() []string {
	out := []string{}
	for w := range waitedWords {
		out = append(out, w)
	}
	for w := range seenParticiples {
		out = append(out, w)
	}
	for w := range lateNoticeVerbs {
		out = append(out, w)
	}
	return dedupe(out)
}

// withWords returns out with every word of sets added, each word once.
func withWords(out []string, sets ...map[string]bool) []string {
	for _, s := range sets {
		for w := range s {
			out = append(out, w)
		}
	}
	return dedupe(out)
}

// dedupe drops repeated words from a trigger list.
func dedupe(ws []string) []string {
	seen := map[string]bool{}
	out := ws[:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func detectUnnoticed(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	// The word's own position is tested before any list: most noticing
	// verbs in a long file are plain narrative, and a list lookup costs
	// more than a look at the word before.
	w := d.toks[i].word
	a, b := -1, -1
	if strings.HasPrefix(w, "un") && waitedWords[w] {
		a, b = c.waitedOver(d, i)
	}
	if a < 0 && dutyNegation(d.tok(i-1)) && seenParticiples[w] {
		a, b = c.notSeenOver(d, i)
	}
	if a < 0 {
		a, b = c.noticedLate(d, i)
	}
	if a < 0 || waitExplained(d, b) || waitReasonedBefore(d, a) || questionSentence(d, i) || d.sentOf(i).question {
		return // a question asks the room; a reason makes it an account
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// dutyNegation reports the words that may stand just before a duty
// left undone in the passive: "not noticed", "been triaged", "never
// properly reviewed".
func dutyNegation(p string) bool {
	switch p {
	case "not", "never", "been", "wasn't", "weren't", "even", "properly", "really":
		return true
	}
	return false
}

// waitedOver reads "went unnoticed for three weeks", "has remained
// unpatched since"... at the un-word i: a past verb of waiting before it,
// a span of time or "until" after it.
func (c *Checker) waitedOver(d *doc, i int) (int, int) {
	v := i - 1
	if d.tok(v) == "largely" || d.tok(v) == "completely" || d.tok(v) == "entirely" {
		v--
	}
	if !waitedVerbs[d.tok(v)] || !d.same(v, i) {
		return -1, -1
	}
	if d.tok(v) == "left" {
		// "was left unpatched", not "we left it unpatched" (care-skipped's)
		if t := d.tok(v - 1); t != "was" && t != "were" && t != "been" {
			return -1, -1
		}
	}
	e := c.overTime(d, i+1)
	if e < 0 && frontedSpan(d, v) {
		e = i + 1 // "For two weeks the index remained undetected."
	}
	if e < 0 {
		return -1, -1
	}
	return v, e
}

// frontedSpan reports a span of time opening the sentence before the verb
// at v: "For two weeks, ...", "For months ...".
func frontedSpan(d *doc, v int) bool {
	first := d.sentOf(v).first
	if d.tok(first) != "for" && d.tok(first) != "over" {
		return false
	}
	for e := first + 1; e < first+5 && e < v; e++ {
		if timeUnits[d.toks[e].word] {
			return true
		}
	}
	return false
}

// notSeenOver reads "was not noticed or flagged for two weeks", "wasn't
// acknowledged until the morning" at the participle i.
func (c *Checker) notSeenOver(d *doc, i int) (int, int) {
	k := i - 1
	if t := d.tok(k); t == "even" || t == "properly" || t == "really" {
		k--
	}
	neg := false
	if d.tok(k) == "been" {
		// "had never been triaged", "hasn't been looked at"
		k--
		if t := d.tok(k); t == "not" || t == "never" {
			neg = true
			k--
		}
		switch d.tok(k) {
		case "had", "has", "have":
		case "hadn't", "hasn't", "haven't":
			neg = true
		default:
			return -1, -1
		}
	} else {
		switch d.tok(k) {
		case "not", "never":
			k--
			if t := d.tok(k); t != "was" && t != "were" {
				return -1, -1
			}
		case "wasn't", "weren't":
		default:
			return -1, -1
		}
		neg = true
	}
	if !neg {
		return -1, -1
	}
	if !d.same(k, i) {
		return -1, -1
	}
	end := c.overTime(d, i+1)
	if end < 0 {
		return -1, -1
	}
	return k, end
}

// overTime reads what follows a duty left undone at k: "or flagged",
// "by the on-call" (a system as agent ends it), then "for three weeks",
// "for a long period of time", "over the weekend" or "until ...". It
// returns the end of the span, or -1.
func (c *Checker) overTime(d *doc, k int) int {
	if d.tok(k) == "or" || d.tok(k) == "and" {
		if n := d.tok(k + 1); (seenParticiples[n] || waitedWords[n] || moreDuties[n]) && d.same(k, k+1) {
			k += 2
		}
	}
	if d.tok(k) == "by" && d.same(k-1, k) {
		// "went unnoticed by users" is no one's duty; "by the on-call" is.
		s := c.personStartingAt(d, k+1)
		if s < 0 {
			return -1
		}
		k = s
	}
	if !d.same(k-1, k) || d.toks[k-1].comma {
		return -1
	}
	switch d.tok(k) {
	case "until", "till":
		if d.same(k, k+1) {
			return k + 1
		}
	case "for", "over":
		for e := k + 1; e < k+7 && d.same(k, e); e++ {
			if timeUnits[d.tok(e)] {
				return e + 1
			}
			if d.toks[e].comma {
				break
			}
		}
	}
	return -1
}

// waitExplained reports whether the rest of the clause after the span at e
// says why the thing waited ("because the alert went to an archived
// channel"), or that it was meant to ("as planned").
func waitExplained(d *doc, e int) bool {
	if e <= 0 {
		return false
	}
	for k := e; k < e+maxClause && k < len(d.toks) && d.same(e-1, k); k++ {
		if waitReasons[d.toks[k].word] {
			if d.toks[k].word == "as" {
				n := d.tok(k + 1)
				return n == "planned" || n == "expected" || n == "designed" || n == "intended"
			}
			return true
		}
	}
	return false
}
