package phrasing

import "strings"

// Context read from how a sentence is built around the flagged words: a
// narrative of what happened ("after reading the notes more closely, we
// saw"), talk about others in general ("tales of poor decision-making"), a
// requirement of who can use a tool ("inexperienced people should be able
// to release"), a place described ("a company where this would never have
// happened"), and where an area applies ("more documentation about the
// production deployment"). Each check reads a bounded window.

// narrativeOpeners followed by a verb in -ing open a clause that tells what
// happened: "after reading the post more closely, we saw".
var narrativeOpeners = set("after", "when", "while", "upon", "on", "since", "once")

// narrated reports whether the finding at k sits in a clause that opens
// with "after", "when", "while" ... and a verb in -ing before it.
func narrated(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10 && d.same(j, k); j-- {
		if narrativeOpeners[d.toks[j].word] && d.same(j, j+1) && isGerund(d.tok(j+1)) {
			return true
		}
		if d.toks[j].clause {
			return false
		}
	}
	return false
}

// isGerund reports whether w looks like a verb in -ing.
func isGerund(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// storyNouns before "of" make a conduct label a kind of story told about
// others in general: "tales of poor decision-making".
var storyNouns = set("tales", "tale", "stories", "story", "examples", "example", "cases",
	"accounts", "anecdotes", "reports", "instances", "kinds", "types", "sorts")

// toldOf reports whether the label at k follows "tales of", "stories of".
func toldOf(d *doc, k int) bool {
	return d.tok(k-1) == "of" && d.same(k-2, k) && storyNouns[d.tok(k-2)]
}

// ableAhead reports whether the sentence after the label at k says what
// someone should be able to do: "two inexperienced people should be able
// to make a release without supervision" is a requirement on the tools.
func ableAhead(d *doc, k int) bool {
	for j := k + 1; j < len(d.toks) && j < k+24 && d.same(k, j); j++ {
		if d.toks[j].word == "able" && d.tok(j+1) == "to" {
			return true
		}
	}
	return false
}

// placeDescribed reports whether the counterfactual at k sits in a
// relative clause about a place: "I had worked at another company where
// something like this would never have happened".
func placeDescribed(d *doc, k int) bool {
	for j := k - 1; j > 0 && j >= k-6 && d.same(j, k); j-- {
		if d.toks[j].word == "where" {
			p := d.toks[j-1].word
			return d.same(j-1, j) && !beForms[p] && p != "that's" && p != "here's"
		}
		if d.toks[j].comma {
			return false
		}
	}
	return false
}

// hedgedAfter reports whether the sentence goes on to allow that it may
// happen again: "to ensure it does not happen again, or if it does, that
// we are ready".
func hedgedAfter(d *doc, k int) bool {
	for j := k + 1; j < len(d.toks) && j < k+12 && d.same(k, j); j++ {
		if d.toks[j].word == "if" && (d.tok(j+1) == "it" || d.tok(j+1) == "this") {
			n := d.tok(j + 2)
			return n == "does" || n == "do" || n == "happens" || n == "recurs" || n == "occurs"
		}
	}
	return false
}

// narrowed reports whether the never-again names one particular failure:
// "ensure that this particular error doesn't happen again" can be checked
// with a test.
func narrowed(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "particular", "specific", "exact", "precise":
			return true
		}
	}
	return false
}

// placeAfter reports whether the area that ends finding f is followed by a
// preposition and a noun phrase whose head names a place: "more
// documentation about the production deployment". The head decides, not
// its first word: "on the system" and "for all services" name no place.
func placeAfter(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	w := d.tok(e)
	if softAreas[w] || !whereAt(d, e+1) || !d.same(e, e+1) || d.toks[e].comma {
		return false
	}
	for j := tokenAt(d, f.Offset); j < e; j++ {
		if judgedAmount[d.toks[j].word] {
			return false // "insufficient testing of X" judges
		}
	}
	head := ""
	for j := e + 2; j < len(d.toks) && j < e+7 && d.same(e, j); j++ {
		x := d.toks[j].word
		if npStop[x] || isGerund(x) || isParticiple(x) {
			break
		}
		if !determiners[x] && x != "all" && x != "any" && x != "every" {
			head = x
		}
		if d.toks[j].comma {
			break
		}
	}
	// "better communication to our customers" names an audience, not a thing.
	audience := d.tok(e+1) == "to" && (humanPlurals[head] || servedPlurals[head])
	return head != "" && !genericHeads[head] && !audience
}

// countWords after "if only" make it "if just N": "if only one replica is
// down, the cluster stays healthy". "If only the on-call had checked"
// stays.
var countWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "half", "few", "couple", "handful", "small", "single", "part", "some", "minor")

// onlyCount reports whether "if only" at k counts something.
func onlyCount(d *doc, k int) bool {
	n := k + 2
	if d.tok(n) == "a" || d.tok(n) == "an" {
		n++
	}
	w := d.tok(n)
	return d.same(k, n) && w != "" && (countWords[w] || isDigit(w[0]))
}

// gradedCare intensify a call for care: "be more careful", "be extra
// cautious" ask people to be better than they were.
var gradedCare = set("more", "extra", "very", "especially", "super", "much", "even", "really",
	"particularly", "doubly", "hyper")

// careWhen reports whether a plain "be careful" at k names the situation
// it applies to, as advice to a reader does: "please be careful when
// copying commands from this document". "Be more careful" stays.
func careWhen(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := k; j <= e; j++ {
		if gradedCare[d.toks[j].word] {
			return false
		}
	}
	if w := d.tok(e); w != "careful" && w != "cautious" || !d.same(e, e+2) || d.toks[e].comma {
		return false
	}
	switch d.tok(e + 1) {
	case "when", "while", "with", "before", "if", "about", "around", "not":
		return !vagueConditions[d.tok(e+2)]
	case "and":
		// "be cautious and review your configuration": the step named.
		n := d.tok(e + 3)
		return d.same(e, e+3) && !d.toks[e+2].comma && (determiners[n] || n == "your" || n == "our" ||
			n == "their" || n == "its" || n == "any")
	case "as", "because", "since":
		// "be cautious, as it could expose the keys": the hazard named.
		for j := e + 2; j < e+5 && d.same(e, j); j++ {
			switch d.toks[j].word {
			case "can", "could", "may", "might", "will":
				return true
			}
		}
	}
	return false
}

// ownerNouns after "responsible for" make a who-question about who owns
// the work ahead: "who is responsible for each action item".
var ownerNouns = set("action", "actions", "item", "items", "fix", "fixes", "follow-up",
	"follow-ups", "followup", "remediation", "remediations", "task", "tasks", "ticket",
	"tickets", "owner", "next", "step", "steps", "each", "every")

// ownerAhead reports whether a who-question at k asks who owns the work
// ahead rather than who caused the incident.
func ownerAhead(d *doc, k int) bool {
	for j := k + 1; j < len(d.toks) && j < k+6 && d.same(k, j); j++ {
		switch d.toks[j].word {
		case "was", "were", "had", "has", "been":
			return false // "Who was responsible for the migration?" asks about the past
		}
		if d.toks[j].word == "responsible" && d.tok(j+1) == "for" {
			for x := j + 2; x < j+5 && d.same(j, x); x++ {
				if ownerNouns[d.toks[x].word] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// biasNamed reports whether the sentence names the hindsight it holds
// before the finding at k: "with hindsight, it is easy to say the signs were
// there", "it's tempting to say we should have rolled back, but ...".
func biasNamed(d *doc, k int) bool {
	sent := d.sentOf(k)
	for j := max(sent.first, k-ctxWindow); j < min(sent.last, k+ctxWindow); j++ {
		switch d.toks[j].word {
		case "easy", "tempting", "natural", "easier":
		default:
			continue
		}
		if d.tok(j+1) != "to" || !d.same(j, j+2) {
			continue
		}
		switch d.tok(j + 2) {
		case "say", "think", "see", "conclude", "judge", "look", "assume":
			return true
		}
	}
	return false
}

// waitVerbs after "took us ... to" make the time a wait for something the
// team did not control: "it took us a while to get access to the console".
var waitVerbs = set("get", "receive", "obtain", "gain", "access", "hear", "regain", "reach")

// waitedFor reports whether a slow-response finding at k times a wait for
// access or an answer rather than the team's own work.
func waitedFor(d *doc, k int) bool {
	for j := k; j < len(d.toks) && j < k+8 && d.same(k, j); j++ {
		if d.toks[j].word == "to" && waitVerbs[d.tok(j+1)] && d.same(j, j+1) {
			return true
		}
	}
	return false
}

// doesVerbs after an area say what it does, which names it: "improved
// alerting now pages us when the queue passes 10,000".
var doesVerbs = set("pages", "fires", "alerts", "notifies", "warns", "catches", "covers",
	"checks", "watches", "tracks", "flags", "blocks", "rejects", "runs", "paged", "fired",
	"caught", "flagged", "blocked", "rejected")

// areaArgued reports whether the area that ends f is followed by what it
// does, or by an argument that it would not have helped: "better testing
// would not have caught this, because staging never sees this traffic".
func areaArgued(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	j := e + 1
	if !d.same(e, j) || d.toks[e].comma {
		return false
	}
	if d.tok(j) == "now" || d.tok(j) == "also" {
		if doesVerbs[d.tok(j+1)] && d.same(j, j+1) {
			return true
		}
	} else if doesVerbs[d.tok(j)] && !strings.HasSuffix(d.tok(j), "s") || d.tok(j) == "notifies" ||
		d.tok(j) == "warns" || d.tok(j) == "catches" || d.tok(j) == "rejects" {
		return true // "checks", "alerts", "pages" are as often nouns: "missing validation checks"
	}
	switch d.tok(j) {
	case "would", "could", "might":
		n := d.tok(j + 1)
		return n == "not" || n == "never"
	case "wouldn't", "couldn't", "won't":
		return true
	}
	return false
}

// seenFrom after "obvious" say where or when it was seen at the time: "it
// was obvious from the graphs", "obvious within a minute".
var seenFrom = set("from", "in", "on", "to", "within", "at", "after", "once", "when", "by",
	"immediately", "quickly", "straight", "right", "looking")

// visibleThen reports whether "was obvious" in f says what was visible at
// the time rather than judging with hindsight: "it was obvious from the
// graphs that the disk was full", "once we looked at the graph, it was
// obvious". "It was obvious the deploy was bad" stays.
func visibleThen(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e) != "obvious" {
		return false
	}
	for j := e - 1; j >= 0 && j >= e-4 && d.same(j, e); j-- {
		if signWords[d.toks[j].word] {
			return false // "the signs were obvious in the dashboards" is hindsight
		}
	}
	if seenFrom[d.tok(e+1)] && d.same(e, e+1) {
		return true
	}
	first := d.sentOf(k).first
	switch d.tok(first) {
	case "once", "after", "when", "as":
		return first < k
	}
	return false
}

// onPurpose reports whether the sentence says the act was meant or its
// object is nothing: "we ignored the noisy channel by design", "we missed
// nothing in the restore".
func onPurpose(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if n := d.tok(e + 1); (n == "nothing" || n == "none") && d.same(e, e+1) || d.tok(e) == "nothing" {
		return true
	}
	for j := k; j < len(d.toks) && j < e+12 && d.same(k, j) && (j <= e || !d.toks[j].clause); j++ {
		switch d.toks[j].word {
		case "deliberately", "intentionally", "purposely", "purposefully":
			return true
		case "design", "purpose":
			p := d.tok(j - 1)
			return p == "by" || p == "on"
		case "planned", "intended":
			return d.tok(j-1) == "as"
		}
	}
	return false
}
