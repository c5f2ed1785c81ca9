package phrasing

// Built-in detectors: analyses of sentence shape that phrase lists cannot
// express, each anchored on trigger words so it costs nothing until one of
// its words appears. A rule names the detector and supplies the message.

type detector struct {
	triggers []string
	run      func(c *Checker, d *doc, i int, r *rule, out *[]Finding)
}

var detectors map[string]detector

func init() {
	detectors = map[string]detector{
		"counterfactual": {triggers: []string{"should", "shouldn't", "should've", "shoulda",
			"could", "could've", "coulda", "had", "ought", "would", "wouldn't",
			"we'd", "i'd", "they'd", "he'd", "she'd"}, run: detectCounterfactual},
		"person-failure": {triggers: personFailureTriggers(), run: detectPersonFailure},
		"passive-agent":  {triggers: []string{"by"}, run: detectPassiveAgent},
		"who-question":   {triggers: []string{"who", "whose", "who's", "whoever"}, run: detectWho},
		"possessive-fault": {triggers: []string{"fault", "mistake", "mistakes", "error", "errors",
			"screwup", "screw-up", "blunder", "negligence", "carelessness", "oversight", "failure",
			"incompetence", "sloppiness", "typo", "typos", "slip", "slips", "slip-up", "slipup",
			"goof", "goof-up", "blunders", "laziness", "misstep", "lapse", "refusal"}, run: detectPossessiveFault},
		"hindsight-adverb": {triggers: []string{"clearly", "evidently", "plainly", "patently",
			"course", "obviously"}, run: detectHindsightAdverb},
		"punitive-consequence": {triggers: punitiveTriggers(), run: detectPunitiveConsequence},
		"unsafe-action":        {triggers: []string{"without", "against", "production", "prod"}, run: detectUnsafeAction},
		"nobody-caught": {triggers: []string{"nobody", "no-one", "noone", "one", "none"},
			run: detectNobody},
		"fault-adverb": {triggers: faultAdverbTriggers(), run: detectFaultAdverb},
		"why-question": {triggers: []string{"why", "how"}, run: detectWhy},
		"hindsight-marker": {triggers: []string{"looking", "hindsight", "retrospect", "predictably",
			"unsurprisingly", "inevitably"}, run: detectHindsightMarker},
		"vague-area":     {triggers: append(vagueAreaTriggers(), append(moreAreas, "job")...), run: detectVagueArea},
		"diligence-call": {triggers: diligenceTriggers(), run: detectDiligence},
		"omission": {triggers: []string{"not", "no", "missed", "leaving", "haven't", "hasn't", "weren't",
			"wasn't"}, run: detectOmission},
		"slow-response": {triggers: []string{"slow", "long", "time", "slower", "longer", "took",
			"takes", "take", "taking", "enough", "quickly", "fast", "early", "soon", "quick", "promptly",
			"swiftly"}, run: detectSlow},
		"graded-decision": {triggers: append([]string{"idea", "approach", "call", "choice", "decision",
			"move", "option", "thing"}, gradeTriggers()...), run: detectDecision},
		"self-judgement":         {triggers: selfTriggers(), run: detectSelf},
		"work-graded":            {triggers: workTriggers(), run: detectWork},
		"rule-breaking":          {triggers: ruleTriggers(), run: detectRuleBreaking},
		"passive-counterfactual": {triggers: passiveCFTriggers(), run: detectPassiveCF},
		"care-skipped":           {triggers: []string{"without", "let", "allowed", "with"}, run: detectCareSkipped},
		"passive-miss":           {triggers: passiveTriggers(), run: detectPassiveMiss},
		"cause-claim": {triggers: []string{"cause", "causes", "reason", "down", "traced", "traces", "bottom",
			"problem", "issue", "flaw", "culprit", "fault", "failure", "ultimately"}, run: detectCauseClaim},
		"own-conduct": {triggers: conductTriggers(), run: detectConduct},
		"graded-past": {triggers: pastTriggers(), run: detectPast},
		"nobody-watching": {triggers: []string{"nobody", "no-one", "noone", "one", "none"},
			run: detectNobodyWatching},
		"untold":        {triggers: untoldTriggers(), run: detectUntold},
		"unplanned":     {triggers: []string{"planned", "plan", "accounted", "account", "prepared", "prepare"}, run: detectUnplanned},
		"graded-manner": {triggers: mannerTriggers(), run: detectManner},
		"setup-graded":  {triggers: setupTriggers(), run: detectSetupGraded},
		"others-judged": {triggers: othersTriggers(), run: detectOthersJudged},
		"act-graded":    {triggers: actTriggers(), run: detectActGraded},
		"not-kept":      {triggers: []string{"not"}, run: detectNotKept},
	}
}

// adverbs may sit between a subject and its verb ("Bob simply forgot").
var adverbs = set("just", "simply", "also", "again", "apparently", "clearly", "obviously",
	"completely", "totally", "accidentally", "mistakenly", "then", "still", "even", "actually",
	"really", "probably", "definitely", "already", "maybe", "certainly", "easily", "at", "least",
	"once", "originally", "initially", "unfortunately", "somehow", "basically", "literally")

// clauseWords end a clause for a rewrite: what follows is another thought.
var clauseWords = set("because", "but", "when", "since", "which", "while", "although",
	"though", "so", "whereas", "and", "or", "cause", "as")

// subjectBefore skips adverbs (listed ones and manner adverbs in -ly) back from i-1 and returns the index of the
// word that would be the subject's last word, or -1 at a clause start.
func subjectBefore(d *doc, i int) int {
	j := i - 1
	for j >= 0 && d.same(j, i) && adverbLike(&d.toks[j]) && !d.toks[j+1].clause {
		j--
	}
	if j < 0 || !d.same(j, i) || d.toks[j+1].clause || d.toks[j].comma {
		return -1
	}
	return j
}

// maxClause bounds how far a detector reads ahead in one clause.
const maxClause = 40

// clauseEnd returns the index after the last token of the clause that
// continues from token i.
// A clause longer than maxClause tokens is not rewritten: the scan stops
// there, so a paragraph with no punctuation costs the same per finding as
// a short note.
func clauseEnd(d *doc, i int) int {
	k := i
	limit := min(len(d.toks), i+maxClause)
	for k < limit && d.same(i, k) {
		d.steps++
		if k > i && (clauseWords[d.toks[k].word] && !nounCause(d, k) && !eachAndEvery(d, k) || d.toks[k].clause) {
			return k
		}
		if d.toks[k].comma {
			return k + 1
		}
		k++
	}
	return k
}

// eachAndEvery reports the "and" of "each and every", which joins no clauses.
func eachAndEvery(d *doc, k int) bool {
	return d.toks[k].word == "and" && d.tok(k-1) == "each" && d.tok(k+1) == "every"
}

// nounCause reports whether "cause" at k is the noun of a noun phrase ("a
// root cause", "the cause") rather than "'cause" opening a clause.
func nounCause(d *doc, k int) bool {
	if d.toks[k].word != "cause" {
		return false
	}
	switch d.tok(k - 1) {
	case "root", "a", "the", "main", "real", "likely", "probable", "underlying", "its", "their", "our":
		return d.same(k-1, k)
	}
	return false
}

// objectNP finds a noun phrase object starting at i ("the additional VMs",
// "this"), returning its end and head word index, or -1.
func objectNP(d *doc, i, limit int) (end, head int) {
	if i >= limit {
		return -1, -1
	}
	w := d.toks[i].word
	switch w {
	case "this", "that", "it", "these", "those":
		if i+1 >= limit || npStop[d.toks[i+1].word] || d.toks[i].comma {
			return i + 1, i
		}
	}
	if !npStart[w] && !possessive(w) {
		return -1, -1
	}
	k := i + 1
	if w == "each" && d.tok(i+1) == "and" && d.tok(i+2) == "every" && i+3 < limit {
		k = i + 3 // "each and every update"
	}
	first := k
	bounded := false
	for k < limit && k < i+npLongest && !npStop[d.toks[k].word] && !(k > first && npTrail[d.toks[k].word]) {
		if d.toks[k].comma {
			k++
			bounded = true
			break
		}
		k++
	}
	if k == first {
		return -1, -1
	}
	if !bounded && k < limit && !npStop[d.toks[k].word] && !npTrail[d.toks[k].word] {
		// Longer than any object a rewrite can move whole: cutting it would
		// put the verb inside it ("the rollout of the new was not paused
		// connection pool settings").
		return -1, -1
	}
	return k, npHead(d, i, k)
}

// npTrail are manner adverbs that end a noun phrase once it has a noun
// ("closing down channels slightly differently"); before one they grade
// it ("the slightly larger pool").
var npTrail = set("slightly", "differently", "manually", "automatically", "fully", "completely",
	"entirely", "directly", "separately", "gradually", "incrementally", "safely", "cleanly",
	"explicitly", "instead", "otherwise")

// npLongest bounds a noun phrase object: "the canary rollout of the new
// connection pool settings" is ten words.
const npLongest = 12

// npHead is the noun a verb agrees with in the phrase from i to end: the
// word before "of" ("the rollout of the new settings" is one rollout), or
// else the last word.
func npHead(d *doc, i, end int) int {
	for j := i + 2; j < end-1; j++ {
		if d.toks[j].word == "of" {
			return j - 1
		}
	}
	return end - 1
}

var npStart = set("the", "a", "an", "this", "that", "these", "those", "our", "their", "his",
	"her", "its", "any", "all", "some", "every", "each")

var npStop = set("on", "in", "at", "before", "after", "for", "to", "with", "by", "until",
	"during", "when", "because", "so", "which", "and", "but", "or", "since", "while", "as",
	"from", "into", "within", "despite", "though", "although", "if", "that", "even", "again",
	"either", "in", "properly", "correctly", "appropriately", "adequately", "sufficiently",
	"thoroughly", "carefully", "first", "quickly", "sooner", "earlier", "fast",
	"enough", "yet", "anymore", "ahead", "today", "yesterday", "tomorrow", "beforehand", "early",
	"late", "later", "promptly", "immediately", "who", "where", "there", "right", "straight",
	"away", "asap", "now", "was", "were", "is", "are", "had", "has", "would", "could", "will",
	"wasn't", "weren't", "isn't", "aren't", "without")

// finiteVerbs after an object make it the subject of a clause: "known the
// flag was global".
var finiteVerbs = set("was", "were", "is", "are", "had", "has", "would", "could", "will",
	"wasn't", "weren't", "isn't", "aren't")

// questionSentence reports whether the sentence holding token i asks what,
// how, which, where, when or why: the seeds' own good questions ("How could
// this have been prevented?", "What guard should have caught this?").
func questionSentence(d *doc, i int) bool {
	sent := d.sentOf(i)
	switch d.toks[sent.first].word {
	case "what", "how", "which", "where", "why", "what's", "how's":
		return true
	case "when":
		// "When the primary failed, no plan was made" opens with a time
		// clause; "When did we notice?" asks.
		return sent.question
	case "would", "could", "should", "did", "does", "do", "is", "are", "was", "were", "can", "will":
		return sent.question
	}
	// "If we had done this before the incident, would it have prevented it?"
	return sent.question && d.toks[sent.first].word == "if"
}
