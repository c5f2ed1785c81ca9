package phrasing

import "strings"

// Signals seen and set aside, and subjects that stand for people though
// they read as things: "several people saw the warning and didn't think it
// was a blocker", "Acme wrote this error off", "ICL didn't catch that the
// patch was breaking", "code review missed the off-by-one", "Management
// didn't prioritise the upgrade". See detect_omit.go for the steps of care
// these subjects leave out.

// seenVerbs take in a signal: "saw the warning", "read the notice".
var seenVerbs = set("saw", "seen", "noticed", "spotted", "read", "received", "got", "heard",
	"acknowledged", "opened", "watched", "reviewed", "knew")

// actOnVerbs are what a signal asks of whoever took it in; denied after a
// seen verb they say it was not acted on: "saw the warning and didn't
// think it was a blocker", "noticed the error but did not report it".
var actOnVerbs = set("think", "act", "respond", "react", "report", "escalate", "mention",
	"raise", "follow", "investigate", "consider", "flag", "tell", "share", "pursue", "treat",
	"take", "page", "alert", "notify", "inform", "look", "dig", "check", "stop", "pause")

// seenNotActed reports whether the negation at i follows "and" or "but"
// after a seen verb of the same subject, and denies acting on it: "Several
// people saw the warning and didn't think it was a blocker". Not
// receiving or knowing ("we got the page but didn't know the runbook")
// is left to the plain account it is.
func seenNotActed(d *doc, i, next int) bool {
	if p := d.tok(i - 1); p != "and" && p != "but" || !d.same(i-1, i) {
		return false
	}
	if !actOnVerbs[baseOf(d.tok(skipManner(d, next)))] {
		return false
	}
	for j := i - 2; j >= max(0, i-10) && d.same(j, i); j-- {
		if seenVerbs[d.toks[j].word] {
			return true
		}
		if d.toks[j].comma && j < i-2 || clauseWords[d.toks[j].word] {
			return false
		}
	}
	return false
}

// setAsideQuestion asks the room about a signal seen and set aside.
const setAsideQuestion = "What made the signal look safe to set aside at the time?"

// offAfter returns the index after "off" when it completes the dismiss verb
// at i within a short object ("wrote this error off", "wrote off the
// error"), or -1.
func offAfter(d *doc, i int) int {
	for e := i + 1; e < i+6 && d.same(i, e); e++ {
		if d.toks[e].word != "off" {
			if d.toks[e].comma || npStop[d.toks[e].word] {
				return -1
			}
			continue
		}
		// The object names a signal, before "off" or after it: "wrote
		// off the old hardware" is bookkeeping.
		for o := i + 1; o < e+5 && d.same(i, o); o++ {
			if signalNouns[d.toks[o].word] || guardNouns[d.toks[o].word] {
				return e + 1
			}
			if o > e && (d.toks[o].comma || npStop[d.toks[o].word]) {
				break
			}
		}
		return -1
	}
	return -1
}

// signalNouns are what a dismiss verb waves away when it judges: a signal,
// a report of a fault, or a pronoun for one.
var signalNouns = set("error", "errors", "issue", "issues", "problem", "problems", "spike",
	"spikes", "failure", "failures", "bug", "bugs", "symptom", "symptoms", "it", "this", "that",
	"them", "anomaly", "anomalies", "complaint", "complaints", "crash", "crashes", "message",
	"messages", "signal", "signals", "risk", "risks")

// dismissRewrite turns "Acme wrote this error off during the dry run" into
// "This error was set aside during the dry run": the signal, not who set
// it aside, becomes the subject. next is the token after "off".
func dismissRewrite(d *doc, f *Finding, start, i, next int) {
	limit := clauseEnd(d, next)
	np, tail := d.span(i+1, next-1), d.span(next, limit)
	if next-1 == i+1 {
		// "wrote off the error as a flake": the object follows "off".
		e, head := objectNP(d, next, limit)
		if e < 0 {
			return
		}
		np, tail = d.span(next, e), d.span(e, limit)
		_ = head
	}
	np = trimPunct(np)
	if np == "" {
		return
	}
	if np == "it" || np == "this" || np == "that" {
		np = "the signal"
	}
	be := "was"
	if np == "them" || isPlural(np[strings.LastIndexByte(np, ' ')+1:]) {
		be, np = "were", strings.Replace(np, "them", "the signals", 1)
	}
	setRewrite(d, f, start, limit, capitalize(joinWords(np+" "+be+" set aside", trimPunct(tail))), setAsideQuestion)
}

// departments are the parts of an organisation that, capitalised at the
// start of a clause, are people leaving a step of care out: "Management
// didn't prioritise the upgrade", "Security did not review the change".
var departments = set("engineering", "management", "leadership", "support", "operations", "ops",
	"security", "legal", "product", "marketing", "finance", "infra", "infrastructure", "qa",
	"devops", "sales", "compliance", "it", "sre", "platform")

// judgedNonPerson returns the first token of a subject the person-failure
// detector would read as a thing but that stands for people here: an
// organisation in capitals that did not catch what a notice said ("ICL
// didn't catch that the patch was breaking") and a review place that
// missed ("code review missed the off-by-one"). It returns -1 otherwise.
// j is the subject's last token, next the verb after the failure word at i.
func judgedNonPerson(d *doc, i, j, next int, negated bool) int {
	if negated && d.toks[j].cap && caughtThat(d, skipManner(d, next)) {
		return j
	}
	if s := reviewMissedIt(d, i); s >= 0 && (d.toks[i].word == "missed" || negated && catchVerbs[baseOf(d.tok(next))]) {
		return s
	}
	return -1
}

// orgOmitted reports whether a capitalised subject starting at start,
// which alone may be a system, left out a step only people take: it did
// not catch what a notice said, saw a signal and did not act, or is a
// department that left care out ("Management didn't prioritise the
// upgrade").
func orgOmitted(d *doc, start, next int, seen bool) bool {
	return caughtThat(d, skipManner(d, next)) || seen ||
		departments[d.toks[start].word] && (careVerbAhead(d, next) || omittedStep(d, next))
}

// setAside gives a signal seen and not acted on, or waved off, its question
// and, for a dismiss verb with a subject starting at start (-1 for none),
// its rewrite.
func setAside(d *doc, f *Finding, start, i, next int, seen bool) {
	if dismissVerbs[d.toks[i].word] {
		f.Question = setAsideQuestion
		if start >= 0 {
			dismissRewrite(d, f, start, i, next)
		}
	} else if seen {
		f.Question = setAsideQuestion
	}
}

// leftOpen flags a person or an organisation who left a thing in a state a
// step of care would have undone ("the contractor left the firewall
// open") or left a duty undone ("the previous team left no
// documentation"), returning whether it did. "The job left the table
// open" is a system's; "left the office" has no state.
func (c *Checker) leftOpen(d *doc, r *rule, i int, out *[]Finding) bool {
	start, kind, _ := c.subjectOf(d, i)
	if !isSomeone(kind) || d.sentOf(i).question || deliberate(d, i) {
		return false
	}
	end := -1
	if d.tok(i+1) == "no" && (dutyNouns[d.tok(i+2)] || planNouns[d.tok(i+2)] || d.tok(i+2) == "notes") {
		end = i + 3
	} else if n := d.tok(i + 1); npStart[n] || possessive(n) {
		for e := i + 2; e < i+6 && d.same(i, e); e++ {
			if d.toks[e-1].comma || npStop[d.toks[e].word] && !leftOn[d.toks[e].word] {
				break
			}
			endsOn := d.toks[e].word == "on" && (!d.same(e, e+1) || d.toks[e].comma) // "left the flag on."
			if leftOn[d.toks[e].word] && d.toks[e].word != "behind" && (d.toks[e].word != "on" || endsOn) {
				end = e + 1
				break
			}
		}
	}
	if end < 0 || !d.same(i, end-1) || reasonAfter(d, end) || asPurpose(d, end) {
		return false
	}
	f := c.finding(d, r, start, end)
	f.Question = "What made this step easy to skip at the time, and what would have asked for it?"
	*out = append(*out, f)
	return true
}

// timeNouns close a time phrase after a subject: "that week", "last night".
var timeNouns = set("week", "night", "day", "month", "morning", "evening", "weekend", "shift",
	"afternoon", "quarter", "year", "time", "sprint")

// subjectPastTime returns the subject's last token before a time phrase
// ending at j ("our two on-call engineers that week"), or -1.
func subjectPastTime(d *doc, j int) int {
	if j < 2 || !timeNouns[d.tok(j)] || !d.same(j-2, j) {
		return -1
	}
	switch d.tok(j - 1) {
	case "that", "last", "this", "the", "same":
		if d.toks[j-1].clause {
			return -1
		}
		return j - 2
	}
	return -1
}

// openingPerson returns the last token of a person who opens the sentence
// of the word at i and is followed by a phrase about them ("The people
// running the migration saw the warnings and did not stop"), or -1.
func (c *Checker) openingPerson(d *doc, i int) int {
	first := d.sentOf(i).first
	for j := first; j < min(first+4, i-1); j++ {
		if st, kind := c.personEndingAt(d, j); (kind == namedPerson || kind == rolePerson) && st == first {
			return j
		}
	}
	return -1
}

// asPurpose reports whether "as a fallback", "as a precaution" or the like
// follows k: the state was kept on purpose.
func asPurpose(d *doc, k int) bool {
	for e := k; e < k+4 && d.same(k-1, e); e++ {
		switch d.toks[e].word {
		case "fallback", "backup", "precaution", "safeguard", "standby", "safety", "rollback":
			return d.tok(e-1) == "a" && d.tok(e-2) == "as" || d.tok(e-1) == "as"
		}
	}
	return false
}
