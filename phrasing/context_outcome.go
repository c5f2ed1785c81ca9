package phrasing

// Outcome versus demand. A vague area ("more documentation", "better
// understanding", "raise awareness") judges when it is asked for as the
// whole of an action ("We need better observability", "Raise awareness")
// and says nothing against anyone when it is what a change achieved ("we
// now have much more documentation", "we have a much better understanding
// of ..."), the goal of a step the sentence names ("switch the login flow
// to our own server for better observability"), or the purpose of
// something done ("the notice was posted to raise awareness"). Each check
// reads the clause before the finding, at most ctxWindow tokens.

// askWords ahead of the area in its clause ask for it.
var askWords = set("need", "needs", "needed", "should", "must", "will", "'ll", "shall",
	"let's", "require", "requires", "required", "want", "wants", "lack", "lacks", "lacked",
	"lacking", "missing", "without", "plan", "planned", "planning", "ensure", "recommend",
	"recommended", "suggest", "suggested", "would", "could", "might", "may",
	"not", "didn't", "don't", "doesn't", "hadn't", "haven't", "hasn't", "no", "never", "enough")

// gainVerbs before the area say it is had or was gained: "we now have
// more documentation", "it gave us better visibility".
var gainVerbs = set("have", "has", "'ve", "got", "gained", "gain", "gave", "gives", "brought",
	"brings", "provides", "provided", "offers", "offered", "includes", "included", "yielded")

// outcomeDone reports whether the vague finding f at token k is an outcome
// achieved, the goal of a named step or the purpose of something done.
func outcomeDone(d *doc, k int, f *Finding) bool {
	if f.Severity == Warning {
		return false
	}
	if elsewhere(d, f) || ticketOnLine(d, f) || componentLabel(d, f) {
		return true
	}
	if k == 0 || !d.same(k-1, k) || deniedArea[d.toks[k].word] {
		return false
	}
	j := k - 1
	for j > 0 && d.same(j-1, j) && betweenGain[d.toks[j].word] {
		j--
	}
	from := k
	for from > 0 && k-from < ctxWindow && d.same(from-1, k) && !d.toks[from].clause {
		from--
	}
	if pointerClause(d, k) {
		return true
	}
	if w := d.toks[j].word; isGerund(w) && j > from {
		// "These included adding more logging": a step in an account of
		// what was done.
		p := d.toks[j-1].word
		if gainVerbs[p] || (isParticiple(p) || irregularPast[p] != "") && !stillWanted[p] && !askWords[p] {
			return true
		}
	}
	switch w := d.toks[j].word; {
	case doneVerbs[w]:
		// "Added a few more tests", "adds missing documentation": what a
		// change did, as changelogs and accounts say it; "we never added
		// more tests" still flags.
		return !askedIn(d, from, j)
	case w == "for" || w == "towards" || w == "toward":
		// The goal of a step named before it in the clause: "switch to
		// handling logins in our server for better observability".
		return j-from >= 3 && !d.toks[j-1].comma
	case w == "to" && j > from:
		// The purpose of something done: "was posted to raise awareness",
		// or a purpose stated: "the goal is to raise awareness of ...".
		p := d.toks[j-1].word
		if p == "is" || p == "was" {
			for i := j - 2; i >= from && i >= j-6; i-- {
				if purposeNouns[d.toks[i].word] {
					return true
				}
			}
		}
		return (isParticiple(p) || irregularPast[p] != "") && !stillWanted[p] && !askWords[p]
	case w == "with" && (d.tok(j-1) == "away" || d.tok(j-1) == "up" || d.tok(j-1) == "left"):
		return true // "we came away with a better understanding"
	case gainVerbs[w]:
		if askedIn(d, from, j) {
			return false // "we need to have better testing", "we'd like to have"
		}
		// "we now have", "we have gained", "the new setup has": a subject
		// that holds the area, in the present or the past.
		return j > from || d.tok(j-1) == "now"
	}
	// "We've now got", "have now gained": "now" in the clause with a gain.
	for i := from; i < k; i++ {
		if d.toks[i].word == "now" && gainVerbs[d.tok(i+1)] {
			return true
		}
	}
	return false
}

// betweenGain may stand between the gain and the area: "have a much
// better understanding", "has far more documentation".
var betweenGain = set("a", "an", "the", "much", "far", "lot", "bit", "little", "even", "now", "few",
	"some", "significantly", "considerably", "vastly", "way", "slightly", "somewhat", "us", "them",
	"you", "everyone", "everybody")

// describedWords after the area point to where it is set out: "the new and
// improved process detailed below".
var describedWords = set("detailed", "described", "outlined", "listed", "explained", "shown",
	"documented", "below", "above")

// elsewhere reports whether the words after finding f say the area is set
// out elsewhere in the document.
func elsewhere(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	if e >= len(d.toks) || !d.same(e-1, e) || !describedWords[d.toks[e].word] {
		return false
	}
	w := d.toks[e].word
	return w == "below" || w == "above" || d.tok(e+1) == "below" || d.tok(e+1) == "above" ||
		d.tok(e+1) == "in" || d.tok(e+1) == "here"
}

// consequenceOpeners open a clause that says what a design spared someone:
// "we cloned shallowly, meaning users only had to fetch the last commit".
var consequenceOpeners = set("meaning", "so", "allowing", "letting", "thus", "hence",
	"therefore", "meant")

// plainOnly reports whether a minimising word at token k means only: in a
// clause that gives what a design spared someone ("meaning they only had
// to fetch ..."), or "merely" after a preposition before a name, a number
// or a determiner ("downgraded to merely Stakeholders").
func plainOnly(d *doc, k int, f *Finding) bool {
	if f.Rule != "minimising" {
		return false
	}
	if mereDescribes(d, k) {
		return true
	}
	switch d.toks[k].word {
	case "merely":
		p, n := d.tok(k-1), k+1
		if !d.same(k-1, k) || !d.same(k, n) {
			return false
		}
		switch p {
		case "to", "as", "from", "into", "of", "with", "at":
			return d.toks[n].cap || isDigit(d.toks[n].word[0]) || determiners[d.toks[n].word]
		}
		return false
	case "only", "just", "simply":
		for j := k - 1; j >= 0 && j >= k-4 && d.same(j, k); j-- {
			if consequenceOpeners[d.toks[j].word] {
				return true
			}
			if d.toks[j].clause {
				break
			}
		}
	}
	return false
}

// purposeNouns before "is to" state what something is for: "the goal is
// to raise awareness of the new API".
var purposeNouns = set("goal", "aim", "purpose", "mission", "intent", "idea", "point",
	"objective", "job", "role")

// pointerVerbs open a clause that sends the reader elsewhere: "see the
// guide for more documentation".
var pointerVerbs = set("see", "refer", "consult", "visit")

// pointerClause reports whether the clause holding token k opens with a
// verb that sends the reader to another document: "See the backport tool
// for more documentation and options", "Please read more in our
// documentation". "Read the runbook more carefully" asks for care and
// stays.
func pointerClause(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		if d.toks[j].clause {
			if w := d.toks[j].word; w == "please" || w == "also" {
				j++
			}
			if d.toks[j].word == "read" {
				return j == k-1 && d.toks[k].word == "more"
			}
			return pointerVerbs[d.toks[j].word]
		}
	}
	return false
}

// ticketOnLine reports whether the line holding finding f names its ticket
// or change: "#16025", "(#311)", "GH-42". A vague action with its issue
// beside it is tracked work with a name; the issue says what it is.
func ticketOnLine(d *doc, f *Finding) bool {
	s := d.text
	lo, hi := f.Offset, f.Offset+f.Length
	for n := 0; lo > 0 && s[lo-1] != '\n' && n < 240; n++ {
		lo--
	}
	for n := 0; hi < len(s) && s[hi] != '\n' && n < 240; n++ {
		hi++
	}
	for i := lo; i+1 < hi; i++ {
		if s[i] == '#' && isDigit(s[i+1]) && (i == 0 || !asciiWord[s[i-1]]) {
			return true
		}
	}
	return false
}

// doneVerbs before an area say a change supplied it: "added more tests",
// "adds missing documentation", "wrote better docs".
var doneVerbs = set("added", "adds", "wrote", "writes", "shipped", "ships", "introduced",
	"introduces", "implemented", "implements", "built", "builds", "created", "creates",
	"landed", "lands", "merged", "contributed", "provided")

// askedIn reports whether tokens [from, j) ask for or deny what follows:
// a modal, a need, a negation or "to".
func askedIn(d *doc, from, j int) bool {
	for i := from; i < j; i++ {
		if askWords[d.toks[i].word] || d.toks[i].word == "to" {
			return true
		}
	}
	return false
}

// deniedArea words open an area that is missing or short: "enough
// knowledge" after "did not have" is a gap, never an outcome.
var deniedArea = set("enough", "not", "no", "lack", "lacks", "lacked", "lacking", "without",
	"insufficient", "inadequate", "poor")
