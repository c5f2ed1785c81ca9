package phrasing

import "strings"

// The writer or the team judging its own stance while debugging, as
// personal write-ups put it: refusing to hear the evidence ("I'd spent
// three cycles refusing to hear it"), explaining a clue away, guessing
// instead of checking ("kept theorizing instead of isolating"), a label
// said as "naive of me", the writer's care graded with a wink ("got about
// as much thought as you'd expect") and the miss
// minimised against the reader ("You'll spot it in five seconds. I
// didn't."). Each grades the writer with what they know now; a blameless
// account says what the evidence looked like and what made the other
// reading likelier. A system with the same words is a fact: "the client
// kept retrying instead of backing off", "the parser refused to accept
// the header".

func init() {
	detectorNames["own-stance"] = true
	detectors["own-stance"] = detector{triggers: stanceTriggers(), run: detectStance}
}

// hearVerbs after "refusing to" make the refusal a stance towards evidence.
var hearVerbs = set("hear", "believe", "listen", "accept", "admit", "see", "consider", "entertain",
	"acknowledge", "look", "trust", "read", "question")

// awayVerbs with "away" set a clue aside: "explained it away".
var awayVerbs = set("explained", "explaining", "explain", "explains", "reasoned", "rationalised",
	"rationalized", "rationalising", "rationalizing", "argued", "waved", "wished", "talked")

// checkGerunds after "instead of" / "rather than" are the cheap look the
// writer did not take.
var checkGerunds = set("checking", "isolating", "looking", "reading", "testing", "measuring",
	"verifying", "asking", "investigating", "bisecting", "profiling", "reproducing", "debugging",
	"instrumenting", "logging", "confirming", "validating", "examining", "inspecting", "tracing")

// guessHabits around "instead of" are the expensive habit: "kept
// guessing", "I assumed instead of verifying".
var guessHabits = set("guessing", "theorizing", "theorising", "speculating", "calculating",
	"assuming", "poking", "flailing", "hoping", "blaming", "tweaking", "fiddling", "hypothesizing",
	"hypothesising", "guesstimating", "staring", "praying", "thrashing", "guessed", "assumed", "chasing",
	"theorized", "theorised", "speculated", "hoped", "blamed", "poked", "flailed", "guess", "assume")

// stanceNouns name the writer's stance as a fault: "my stubbornness".
var stanceNouns = set("stubbornness", "arrogance", "hubris", "smugness", "naivety", "naivete",
	"naiveté", "impatience", "overconfidence", "complacency", "laziness", "carelessness",
	"stupidity", "obstinacy", "sloppiness", "cockiness", "tunnel-vision")

// stanceOwners before a stance noun make it the writer's.
var stanceOwners = set("my", "our", "sheer", "pure", "own")

// stanceAfter may follow a stance noun used of the writer; anything else
// makes it a modifier ("our stubbornness metric").
var stanceAfter = set("on", "about", "in", "was", "is", "cost", "costs", "caught", "led", "meant",
	"kept", "got", "made", "won", "and", "that", "over", "toward", "towards", "here", "there", "again")

// insistGerunds after "kept" make a habit of holding to a theory: "I kept
// insisting it was the network".
var insistGerunds = set("insisting", "assuming", "believing", "arguing", "pretending",
	"telling", "convincing")

// fixedStances after "was" or "were" judge the writer's hold on a
// theory: "I was fixated on the database".
var fixedStances = set("fixated", "obsessed", "blinkered", "wedded")

// easyStances after "too" judge the writer's ease: "we were too relaxed".
var easyStances = set("relaxed", "casual", "trusting", "optimistic", "confident", "comfortable",
	"lenient", "loose", "cavalier", "sure", "certain")

// rushedVerbs after "too quick to" are a conclusion reached in haste.
var rushedVerbs = set("blame", "assume", "dismiss", "conclude", "declare", "ship", "merge", "deploy",
	"judge", "accept", "rule", "restart", "close", "approve", "trust", "jump")

// shameAdverbs opening a clause before the writer grade what follows:
// "Embarrassingly, I had never run the restore".
var shameAdverbs = set("embarrassingly", "shamefully", "stupidly", "foolishly", "naively",
	"arrogantly", "lazily", "carelessly", "sloppily", "idiotically")

// dismissGerunds after "kept" make a habit of setting a signal aside.
var dismissGerunds = set("dismissing", "ignoring", "discounting", "disregarding", "overlooking",
	"rationalising", "rationalizing", "doubting")

// checkVerbs after "failures to" are the cheap look not taken.
var checkVerbs = set("check", "look", "verify", "test", "read", "ask", "isolate", "measure",
	"confirm", "investigate", "question", "validate")

// repeatWords before "failure(s) to" make the failure the writer's habit
// rather than a system event: "both were failures to go and check".
var repeatWords = set("were", "was", "are", "is", "repeated", "continued", "persistent", "several",
	"multiple", "two", "three", "both", "these", "those", "my", "our", "simple", "basic")

// spotVerbs are what the reader is said to see at once.
var spotVerbs = set("spot", "see", "notice", "catch", "find", "figure", "get", "guess")

func stanceTriggers() []string {
	out := []string{"refusing", "refused", "refuse", "refuses", "away", "aside", "instead", "rather", "of",
		"thought", "attention", "care", "consideration", "vision", "didn't", "not", "failures", "failure", "kept", "want", "out", "mine", "ours", "quick", "eager", "keen", "hasty", "fast", "proud", "bothered"}
	return withWords(out, easyStances, fixedStances, shameAdverbs, stanceNouns)
}

func detectStance(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) {
		return
	}
	a, b := -1, -1
	q := "What did the evidence look like at the time, and what made the other reading likelier?"
	stmt := "The evidence pointed elsewhere, and the working theory looked likelier at the time"
	w := d.toks[i].word
	switch w {
	case "refusing", "refused", "refuse", "refuses":
		if d.tok(i+1) == "to" && hearVerbs[d.tok(i+2)] && d.same(i, i+2) {
			if s := c.ownSubject(d, i); s >= 0 {
				a, b = s, i+3
			}
		}
	case "away", "aside":
		for k := i - 1; k >= i-4 && d.same(k, i) && !d.toks[k].comma; k-- {
			if v := d.tok(k); w == "away" && awayVerbs[v] || w == "aside" && (v == "brushed" || v == "swept" ||
				v == "waved" || v == "brushing" || v == "waving") {
				if s := c.ownSubject(d, k); s >= 0 {
					a, b = s, i+1
				}
				break
			}
		}
	case "instead", "rather":
		a, b = c.guessedInstead(d, i)
		q = "What made the check look expensive or unnecessary at the time?"
		stmt = "Checking directly looked slower than reasoning it through at the time"
	case "of":
		a, b = c.labelOfMe(d, i)
		q = "What about the situation made this easy to do at the time?"
		stmt = "It looked safe enough at the time"
	case "thought", "attention", "care", "consideration":
		a, b = asMuchAsExpected(d, i)
		q = "What else needed attention at the time, and what would have pointed here?"
		stmt = "Other parts looked riskier at the time"
	case "failure", "failures":
		a, b = failureToCheck(d, i)
		q = "What made the check look expensive or unnecessary at the time?"
		stmt = "The check looked unnecessary at the time"
	case "proud":
		// "I'm not proud of how long that took"
		if n := d.tok(i - 1); (n == "not" || n == "wasn't" || n == "isn't" || n == "never") && d.tok(i+1) == "of" {
			if s := c.ownSubject(d, i-1); s >= 0 && (d.tok(s) == "i" || d.tok(s) == "we" || selfBe[d.tok(s)]) {
				a, b = s, i+2
			}
		}
	case "bothered":
		// "We never bothered with a restore drill"
		if n := d.tok(i - 1); (n == "never" || n == "hadn't") && (d.tok(i+1) == "with" || d.tok(i+1) == "to") {
			if s := c.ownSubject(d, i-1); s >= 0 {
				a, b = s, i+2
			}
		}
		q = "What made the step look unnecessary at the time?"
		stmt = "The step looked unnecessary at the time"
	case "kept":
		if (dismissGerunds[d.tok(i+1)] || insistGerunds[d.tok(i+1)]) && d.same(i, i+1) {
			if s := c.ownSubject(d, i); s >= 0 {
				a, b = s, i+2
			}
		}
		q = "What made the signal look safe to set aside at the time?"
	case "want":
		// "I didn't want to hear that the cache was the problem"
		if p := d.tok(i - 1); (p == "didn't" || p == "not" && d.tok(i-2) == "did") && d.tok(i+1) == "to" &&
			hearVerbs[d.tok(i+2)] && d.same(i-1, i+2) {
			if s := c.ownSubject(d, i-1); s >= 0 {
				a, b = s, i+3
			}
		}
	case "out":
		// "I talked myself out of the obvious fix"
		if r := d.tok(i - 1); (r == "myself" || r == "ourselves") && awayVerbs[d.tok(i-2)] && d.tok(i+1) == "of" {
			if s := c.ownSubject(d, i-2); s >= 0 {
				a, b = s, i+2
			}
		}
	case "vision":
		// "I had tunnel vision on the database"
		if d.tok(i-1) == "tunnel" && (d.tok(i-2) == "had" || d.tok(i-2) == "got" || d.tok(i-2) == "developed") {
			if s := c.ownSubject(d, i-2); s >= 0 {
				a, b = s, i+1
			}
		}
		stmt = "The first explanation looked right at the time"
	case "mine", "ours":
		// "a silly oversight of mine"
		if d.tok(i-1) == "of" && (errorNouns[d.tok(i-2)] || stanceNouns[d.tok(i-2)]) && d.same(i-2, i) {
			a, b = i-2, i+1
			for a > 0 && d.same(a-1, i) && (ownMistakeAdj[d.tok(a-1)] || intensifiers[d.tok(a-1)]) {
				a--
			}
		}
	case "quick", "eager", "keen", "hasty", "fast":
		// "I was too quick to blame the network"
		if (d.tok(i-1) == "too" || d.tok(i-1) == "so") && d.tok(i+1) == "to" && rushedVerbs[d.tok(i+2)] && d.same(i-1, i+2) {
			if s := c.ownSubject(d, i-1); s >= 0 {
				a, b = s, i+3
			}
		}
		q = "What made the quick conclusion look safe at the time?"
		stmt = "The first explanation looked right at the time"
	case "didn't", "not":
		a, b = minimisedMiss(d, i)
		q = "What made it hard to see from where the writer stood at the time?"
		stmt = "It was hard to see from where I stood at the time"
	default:
		if fixedStances[w] {
			if labelLinks[d.tok(i-1)] && d.tok(i-2) != "not" {
				if s := c.ownSubject(d, i-1); s >= 0 {
					a, b = s, i+1
				}
			}
			stmt = "The first explanation looked right at the time"
			break
		}
		if easyStances[w] {
			// "we were too relaxed about backups", "I was overly optimistic"
			l := i - 2
			if d.tok(l) == "far" || d.tok(l) == "much" || d.tok(l) == "way" {
				l-- // "we were far too relaxed"
			}
			if p := d.tok(i - 1); (p == "too" || p == "overly") && labelLinks[d.tok(l)] {
				if s := c.ownSubject(d, l); s >= 0 {
					a, b = s, i+1
				}
			}
			q = "What made things look safe enough at the time?"
			stmt = "It looked safe enough at the time"
			break
		}
		if shameAdverbs[w] {
			// "Embarrassingly, I had never run the restore"
			if d.toks[i].clause && d.toks[i].comma && (d.tok(i+1) == "i" || d.tok(i+1) == "we") {
				a, b = i, i+2
			}
			break
		}
		a, b = ownStanceNoun(d, i)
		q = "What about the situation made this stance the natural one at the time?"
		stmt = "It looked safe enough at the time"
	}
	if a < 0 || b <= a {
		return
	}
	f := c.finding(d, r, keyLine(d, a, i), b)
	setRewrite(d, &f, a, clauseEnd(d, b-1), stmt, q)
	*out = append(*out, f)
}

// keyLine moves a span's start a to the first word on the line of its key
// word k when hard-wrapped text breaks the span: lint reports a finding on
// the line where it starts, and the key word is what a reader looks for.
func keyLine(d *doc, a, k int) int {
	for j := min(k, len(d.toks)-1); j > a; j-- {
		if strings.IndexByte(d.text[d.toks[j-1].end:d.toks[j].start], '\n') >= 0 {
			return j
		}
	}
	return a
}

// ownSubject returns the writer, the team or a person who is the subject
// of the clause holding the verb at v ("I'd spent three cycles refusing",
// "we kept guessing"), or -1. Only the words back to the clause's start
// are read.
func (c *Checker) ownSubject(d *doc, v int) int {
	first := d.sentOf(v).first
	for k := v - 1; k >= max(first, v-maxClause); k-- {
		d.steps++
		if w := d.tok(k); selfPronouns[w] && w != "you" || selfBe[w] && w != "you're" && w != "they're" {
			return k
		}
		if systemTails[d.tok(k)] && k < v-1 {
			return -1 // "our portal service got backed up and refused": the thing is the subject
		}
		if s, kind := c.personEndingAt(d, k); kind == namedPerson || kind == rolePerson {
			if d.tok(k) != "they" && d.tok(k) != "it" {
				return s
			}
		}
		if d.toks[k].clause || k > first && d.toks[k-1].comma {
			// "I had, for about an hour, simply refused": read past a
			// short aside that follows an auxiliary or the writer.
			j := k - 1
			for j > first && j > k-7 && !(d.toks[j-1].comma && auxOrSelf(d.tok(j-1))) {
				j--
			}
			if j <= first || j <= k-7 || !d.same(j-1, v) {
				break
			}
			k = j
		}
	}
	return -1
}

// guessedInstead finds "kept theorizing instead of isolating" and "we kept
// guessing rather than checking" at "instead" or "rather" (i), with the
// writer or a person as the subject.
func (c *Checker) guessedInstead(d *doc, i int) (int, int) {
	n := i + 2
	if link := d.tok(i + 1); link != "of" && link != "than" || !checkGerunds[d.tok(n)] && !checkVerbs[d.tok(n)] ||
		!d.same(i, n) {
		return -1, -1
	}
	if d.toks[i].clause || i == d.sentOf(i).first {
		return c.insteadFirst(d, i, n) // "Instead of checking, I guessed."
	}
	habit := -1
	for k := i - 1; k >= i-8 && d.same(k, i) && !d.toks[k+1].clause; k-- {
		if w := d.tok(k); guessHabits[w] || (w == "kept" || w == "spent") && k < i-1 {
			habit = k
			break
		}
	}
	if habit < 0 {
		return -1, -1
	}
	if f := d.sentOf(i).first; habit-f <= 1 && (d.tok(f) == "kept" || d.tok(f) == "spent") {
		return f, n + 1 // a list item with no subject: "- kept guessing rather than reading"
	}
	s := c.ownSubject(d, habit)
	if s < 0 {
		return -1, -1
	}
	return s, n + 1
}

// insteadFirst finds "Instead of checking the logs, I guessed." at the
// opening "instead" (i), the check's gerund at n.
func (c *Checker) insteadFirst(d *doc, i, n int) (int, int) {
	for k := n; k < n+6 && d.same(i, k); k++ {
		if !d.toks[k].comma {
			continue
		}
		s := k + 1
		if w := d.tok(s); w != "i" && w != "we" || !d.same(i, s) {
			return -1, -1
		}
		v := s + 1
		for v < s+3 && adverbLike(&d.toks[min(v, len(d.toks)-1)]) {
			v++
		}
		if guessHabits[d.tok(v)] || d.tok(v) == "kept" && guessHabits[d.tok(v+1)] {
			return i, v + 1
		}
		return -1, -1
	}
	return -1, -1
}

// labelOfMe finds "naive of me", "lazy of us": a conduct label with the
// writer after "of" (i).
func (c *Checker) labelOfMe(d *doc, i int) (int, int) {
	l, p := d.tok(i-1), d.tok(i+1)
	if !conductLabels[l] || !d.same(i-1, i+1) || p != "me" && p != "us" && p != "him" && p != "her" &&
		p != "them" && !c.isName(&d.toks[min(i+1, len(d.toks)-1)]) {
		return -1, -1
	}
	a := i - 1
	for a > 0 && d.same(a-1, i) && (intensifiers[d.tok(a-1)] || d.tok(a-1) == "a" || d.tok(a-1) == "bit" ||
		d.tok(a-1) == "so" || d.tok(a-1) == "too" || d.tok(a-1) == "pretty" || d.tok(a-1) == "rather") {
		a--
	}
	return a, i + 2
}
