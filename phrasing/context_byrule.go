package phrasing

import "strings"

// Context per rule, kept to families of wording rather than lines: a
// never-again framed as an effort or scoped to being noticed, a
// capability or a state of a system after "could/would have been", rest
// given rather than punishment, a human-error frame hedged or set aside,
// a miscommunication with a party named, a reduced relative that describes
// a thing nobody looked at, and an action measured on a named thing. Every
// scan reads a bounded window around the finding.

// ruleShapeContext reports whether finding f at token k is one of the
// shapes above.
func ruleShapeContext(d *doc, k int, f *Finding) bool {
	if namedContext(d, k, f) || unseenContext(d, k, f) {
		return true
	}
	switch f.Rule {
	case "absolute-remediation":
		return effortFramed(d, k) || scopedAgain(d, f) || promiseGuarded(d, k) || practiceTold(d, k) || stepDoneNamed(d, k)
	case "should-have":
		return stateOfThing(d, k, f) || ableIfThing(d, k, f)
	case "punitive":
		return restGiven(d, f) || neitherNor(d, k)
	case "human-error":
		return errorHedged(d, k) || frameSetAside(d, k) || errorAsRisk(d, k)
	case "vague-factor":
		return partyNamed(d, f)
	case "team-missed":
		return nobodyRelative(d, k)
	case "vague-area":
		return measuredThing(d, f)
	case "why-question":
		return whyHeading(d, k, f)
	case "person-failure":
		return unknownToWriter(d, k, f)
	case "own-conduct":
		return extentTold(d, k)
	case "do-better":
		return howTitle(d, k, f)
	}
	return false
}

// howTitle reports whether a do-better phrase at k is the title of a
// part of the page: "How we'll do better" alone on its line, as a heading
// or a contents entry. The steps are in the part it names.
func howTitle(d *doc, k int, f *Finding) bool {
	if k == 0 || d.tok(k-1) != "how" || k-1 > 0 && !lineBreakBetween(d, k-2, k-1) {
		return false
	}
	e := tokenAt(d, f.Offset+f.Length-1)
	if e+1 < len(d.toks) && !lineBreakBetween(d, e, e+1) {
		return false
	}
	return d.toks[e].end >= len(d.text) || d.text[d.toks[e].end] != '.'
}

// permitVerbs after a passive "why was X ...?" say someone let it happen:
// "Why was the secret allowed to expire?" judges even as a heading.
var permitVerbs = set("allowed", "permitted", "let", "ignored", "skipped", "overlooked",
	"forgotten", "neglected", "approved", "merged", "rushed", "missed")

// whyHeading reports whether a why-question is a five-whys heading about a
// thing, in the passive and with no person: "### Why wasn't this noticed
// on the dashboard?". The same words in a sentence of prose stay.
func whyHeading(d *doc, k int, f *Finding) bool {
	if d.toks[k].line != headingLine {
		return false
	}
	switch d.tok(k + 1) {
	case "was", "wasn't", "were", "weren't", "is", "isn't":
	default:
		return false
	}
	for j := k + 2; j < k+6 && j < len(d.toks) && d.same(k, j); j++ {
		w := d.toks[j].word
		if personWords[w] || d.toks[j].handle || w == "you" {
			return false
		}
		if isParticiple(w) || irregularPast[w] != "" {
			return !permitVerbs[w]
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding token k, at
// most ctxWindow tokens back.
func clauseStart(d *doc, k int) int {
	from := k
	for from > 0 && from > k-ctxWindow && d.same(from-1, k) && !d.toks[from].clause {
		from--
	}
	return from
}

// effortWords before a never-again in its clause make it an effort or a
// hedge ("we will do everything possible to", "everything reasonable",
// "looking very hard into making sure"), not a promise.
var effortWords = set("everything", "utmost", "whatever", "hard", "harder", "effort", "efforts",
	"reasonable", "reasonably", "possible", "working", "continuously", "constantly", "continually")

// stepNouns name the measures a write-up lists.
var stepNouns = set("actions", "steps", "measures", "changes", "things", "remediations",
	"improvements", "action")

func effortFramed(d *doc, k int) bool {
	for j := clauseStart(d, k); j < k; j++ {
		w := d.toks[j].word
		if effortWords[w] {
			return true
		}
		// "what we are doing to prevent this from happening again" names a
		// part of the write-up.
		if n := d.tok(j + 1); (w == "what" || w == "how") && (n == "we" || n == "we're" || n == "i" || n == "we've" || n == "i've") {
			return true
		}
		// "what actions we are taking", "the steps we are taking to
		// prevent ...": the write-up's own list, named by its kind.
		if (w == "what" || w == "which" || w == "the") && stepNouns[d.tok(j+1)] &&
			(d.tok(j+2) == "we" || d.tok(j+2) == "we're" || d.tok(j+2) == "we've" || d.tok(j+2) == "i") {
			return true
		}
	}
	return false
}

// scopedAgain reports whether the never-again ending f is scoped to being
// noticed: "does not happen again without our team being the first to
// know", "does not happen again unnoticed".
func scopedAgain(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := e + 1; j < len(d.toks) && j <= e+6 && d.same(e, j); j++ {
		switch d.toks[j].word {
		case "without", "unnoticed", "undetected", "unseen", "silently", "unless":
			return true
		}
	}
	return false
}

// stateAdjectives after "would have been" say what a system's state
// allowed one to see: "any problem would have been observable".
var stateAdjectives = set("observable", "visible", "noticeable", "detectable", "apparent",
	"measurable", "reproducible", "recoverable", "readable", "evident")

func stateOfThing(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	for j := k; j <= e+2 && j+1 < len(d.toks) && d.same(k, j+1); j++ {
		if d.toks[j].word == "been" && stateAdjectives[d.toks[j+1].word] {
			return true
		}
	}
	return false
}

// personWords open a clause about people; anything else after "if" is a
// thing: "if our database had caught fire".
var personWords = set("we", "i", "you", "they", "he", "she", "someone", "somebody", "anyone",
	"anybody", "nobody", "everyone", "team", "engineer", "engineers", "kim")

// ableIfThing reports whether "could have been able to" follows an "if"
// clause about a thing: what the setup allowed had a mishap happened, not a
// step someone missed.
func ableIfThing(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	if d.tok(e) != "able" && d.tok(e+1) != "able" {
		return false
	}
	sent := d.sentOf(k)
	for j := max(sent.first, k-ctxWindow); j < k; j++ {
		if d.toks[j].word != "if" {
			continue
		}
		s := j + 1
		for s < k && causeFillers[d.tok(s)] {
			s++
		}
		return s < k && !personWords[d.tok(s)] && !d.toks[s].handle
	}
	return false
}

// restGiven reports whether "let ... go" is followed by rest: "let the
// European team go to bed", "let the on-call go home".
func restGiven(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length)
	switch d.tok(e) {
	case "home", "off", "early", "offline", "rest":
		return true
	case "to":
		switch d.tok(e + 1) {
		case "bed", "sleep", "rest", "lunch", "dinner":
			return true
		}
	}
	return false
}

// neitherNor reports whether a punishment word is the second half of a
// "neither ... nor", said of a score: "neither rewarded nor punished".
func neitherNor(d *doc, k int) bool {
	return d.tok(k-1) == "nor" && d.same(k-1, k)
}

// errorHedged reports whether a human-error label is a guess: "(likely,
// operator error)", "possibly human error".
func errorHedged(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "likely", "possibly", "probably", "perhaps", "maybe", "suspected", "possible", "may",
			"might", "could":
			return true
		}
	}
	return false
}

// frameSetAside reports whether the sentence grants a human-error label and
// then sets it aside: "while it can be attributed to human error, it is
// incorrect to focus on the individual", "this could be put down to human
// error, but the interface made the wrong server easy to pick".
func frameSetAside(d *doc, k int) bool {
	sent := d.sentOf(k)
	conceded, modal := false, false
	for j := max(sent.first, k-ctxWindow); j < k; j++ {
		switch d.toks[j].word {
		case "while", "although", "though", "whilst":
			conceded = true
		case "could", "can", "might", "may":
			modal = true // "this could be put down to human error, but ..."
		}
	}
	if !conceded && !modal {
		return false
	}
	for j := k + 1; j < min(sent.last, k+ctxWindow); j++ {
		switch d.toks[j].word {
		case "incorrect", "wrong", "unhelpful", "instead", "rather", "misleading":
			return conceded
		case "but", "yet", "however":
			return modal
		}
	}
	return false
}

// partyNamed reports whether a miscommunication is told with the party it
// was with: "some frustrating miscommunication with the provider's
// support". "Due to a miscommunication" alone stays.
func partyNamed(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if !strings.HasPrefix(d.tok(e), "miscommunication") && !strings.HasPrefix(d.tok(e), "misunderstanding") {
		return false
	}
	return d.tok(e+1) == "with" && d.same(e, e+2)
}

// audienceAndPurpose reports whether the area ending finding f is given
// both whom it is with and what it is for: "increase our communication
// with larger customers to give them early notice of load". Each alone
// ("more communication with customers") still leaves the change unnamed.
func audienceAndPurpose(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e+1) != "with" || !d.same(e, e+2) || d.toks[e].comma {
		return false
	}
	for j := e + 2; j < e+ctxWindow && j+1 < len(d.toks) && d.same(e, j+1); j++ {
		if d.toks[j].comma {
			return false
		}
		if d.tok(j) == "to" && j > e+2 && (knownVerbs[d.tok(j+1)] || irregular[d.tok(j+1)] != "") {
			return true
		}
	}
	return false
}

// relativeOpeners are the words a noun phrase starts with.
var relativeOpeners = set("a", "an", "the", "one", "this", "that", "my", "our", "every", "some")

// nobodyRelative reports whether "nobody" opens a reduced relative clause
// with its object left out, describing a thing: "a number nobody checked",
// "the quiet line nobody looked at". "Nobody checked the number" stays.
func nobodyRelative(d *doc, k int) bool {
	if d.tok(k) != "nobody" || d.toks[k].clause || k == 0 || !d.same(k-1, k) {
		return false
	}
	opened := false
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k); j-- {
		if relativeOpeners[d.toks[j].word] {
			opened = j < k-1
			break
		}
	}
	if !opened {
		return false
	}
	v := k + 1
	if v >= len(d.toks) || !d.same(k, v) {
		return false
	}
	if d.toks[v].comma || v+1 >= len(d.toks) || !d.same(v, v+1) {
		return true
	}
	switch d.tok(v + 1) {
	case "at", "on", "into", "for", "about", "over", "after":
		return d.toks[v+1].comma || v+2 >= len(d.toks) || !d.same(v+1, v+2)
	}
	return false
}

// measureNouns after an area make it a measure of a named thing: "increase
// the testing time for the backup power supplies".
var measureNouns = set("time", "times", "frequency", "interval", "intervals", "schedule",
	"duration", "window", "budget", "coverage")

func measuredThing(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	return e+2 < len(d.toks) && d.same(e, e+2) && !d.toks[e].comma && measureNouns[d.tok(e+1)] &&
		(d.tok(e+2) == "for" || d.tok(e+2) == "of" || d.tok(e+2) == "on")
}

// errorAsRisk reports whether a human-error label is the subject of what
// can happen in general: "weak passwords, user error and manual changes can
// affect the project's security". No one is said to have erred here.
func errorAsRisk(d *doc, k int) bool {
	if p := d.tok(k - 1); beForms[p] || p == "by" || p == "to" || p == "of" || p == "from" {
		return false // "it was human error", "caused by user error": said of this incident
	}
	for j := k + 1; j < k+8 && d.same(k, j); j++ {
		switch w := d.toks[j].word; {
		case w == "can" || w == "may" || w == "might":
			return true
		case (w == "and" || w == "or") && !subjectPronouns[d.tok(j+1)] && !firstPersons[d.tok(j+1)] && d.tok(j+1) != "it" && d.tok(j+1) != "this":
			// a list of risks: "user error and manual changes can ..."
		case clauseWords[w] || beForms[w] || w == "caused" || w == "led":
			return false
		}
	}
	return false
}
