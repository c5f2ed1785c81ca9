package phrasing

import "strings"

// Context that needs the roster: the same words said of a system, of
// "you" in general, or of something that is not a person. Real
// postmortems use conduct words for code ("the pool code wrongly assumed
// the balance was set"), for a project ("some parts of the ecosystem lack
// rigor"), and "you" for anyone ("failures cascade in ways you didn't
// anticipate"). Each check reads a few tokens around the finding.

// faultLeads open a conduct label that needs a subject to blame: "wrongly
// assumed", "mistakenly believed".
var faultLeads = set("wrongly", "mistakenly", "falsely", "naively", "incorrectly", "carelessly",
	"recklessly", "sloppily", "irresponsibly", "thoughtlessly", "blindly")

// relativeHeads before "you" make the clause a description of things in
// general: "in ways you didn't expect", "the kind of thing you forget".
var relativeHeads = set("ways", "way", "things", "thing", "something", "anything", "everything",
	"places", "cases", "situations", "kind", "kinds", "sort", "sorts", "stuff", "what",
	"whatever", "parts", "areas", "problems", "issues", "failures", "errors", "mistakes")

// systemContext reports whether finding f, starting at token k, is said of
// a system or of people in general rather than of someone in the incident.
func (c *Checker) systemContext(d *doc, k int, f *Finding) bool {
	if mentioned(d, f) || biasNamed(d, k) || c.proseSystem(d, k, f) {
		return true
	}
	switch f.Rule {
	case "blame-labels":
		return faultLeads[d.tok(k)] && c.thingSubject(d, k) || toldOf(d, k) || ableAhead(d, k) ||
			c.labelOfMachine(d, k) || anyoneMakes(d, f) || c.thingLabelled(d, k, f) || capsBoilerplate(d, k)
	case "person-blame":
		return c.blamedThing(d, k) || c.thingAtFault(d, k) || blameDenied(d, k)
	case "person-failure":
		return generalYou(d, k) || missedCount(d, k, f) || c.pluralOpener(d, k) || onPurpose(d, k, f) ||
			orgPolicy(d, k, f) || c.ellipsisOfThing(d, k) || missWithReason(d, f)
	case "fault-adverb":
		return c.pluralOpener(d, k) || receivedAfter(d, f) || mistakeFound(d, k, f)
	case "vague-area":
		return c.thingLacks(d, k) || c.thingNeeds(d, k) || pointsBack(d, k) || namedArtifact(d, f) || placeAfter(d, f) ||
			areaArgued(d, f) || areaTold(d, k, f) || audienceAndPurpose(d, f)
	case "diligence-call":
		return narrated(d, k) || closelyAlike(d, k, f) || toldNotAsked(d, k, f) || readerOffered(d, k)
	case "avoidable":
		return placeDescribed(d, k)
	case "absolute-remediation":
		return hedgedAfter(d, k) || narrowed(d, k)
	case "hindsight-obvious":
		return visibleThen(d, k, f)
	case "slow-response":
		return waitedFor(d, k)
	case "if-only":
		return onlyCount(d, k) || ifOnlyPlain(d, k)
	case "vague-action":
		return careWhen(d, k, f) || actionNamed(d, f) || hazardAfter(d, f) || toldNotAsked(d, k, f) ||
			readerOffered(d, k)
	case "culprit-who":
		return ownerAhead(d, k)
	case "handled-poorly":
		return c.thingAgent(d, f) || c.systemUntimely(d, f)
	case "hindsight-adverb":
		return classifies(d, k)
	case "vague-factor":
		return negatedBefore(d, k) || c.thingAgent(d, f)
	case "human-error":
		return labelDiscussed(d, k, f)
	}
	return false
}

// thingSubject reports whether the subject just before token k is a thing,
// not a person, a role or a team: "the pool code wrongly assumed", "some
// parts of the ecosystem lack rigor". A clause with no subject stays.
func (c *Checker) thingSubject(d *doc, k int) bool {
	j := subjectBefore(d, k)
	if j < 0 || beForms[d.toks[j].word] || isParticiple(d.toks[j].word) || irregularPast[d.toks[j].word] != "" {
		return false // "the migration was handled sloppily": the adverb follows its verb
	}
	_, kind := c.personEndingAt(d, j)
	return kind == notPerson && !determiners[d.toks[j].word] && !c.isRole(d.toks[j].word)
}

// blamedThing reports whether "to blame" at k is the verb with a thing as
// its object: "it is tempting to blame the outage on the late deploy".
// "Bob is to blame for the outage" stays.
func (c *Checker) blamedThing(d *doc, k int) bool {
	if d.tok(k) != "to" || d.tok(k+1) != "blame" || !d.same(k+1, k+2) || d.toks[k+1].comma {
		return false
	}
	switch d.tok(k + 2) {
	case "the", "a", "an", "this", "that", "it", "these", "those", "its":
	default:
		return false
	}
	return c.personStartingAt(d, k+2) < 0 && !c.isRole(d.tok(k+3)) && !c.isRole(d.tok(k+4))
}

// generalYou reports whether "you" at k opens a clause about anyone, bound
// to a general noun before it: "failures cascade in ways you didn't
// anticipate". "You didn't check the dashboard" stays.
func generalYou(d *doc, k int) bool {
	if d.tok(k) != "you" || k == 0 || !d.same(k-1, k) || d.toks[k].clause {
		return false
	}
	p := d.tok(k - 1)
	if p == "that" || p == "which" {
		p = d.tok(k - 2)
	}
	return relativeHeads[p]
}

// pointsBack reports whether a vague area at k is named by pointing back
// to what the text just said: "This lack of monitoring was surprising",
// "this missing validation check".
func pointsBack(d *doc, k int) bool {
	if k == 0 || !d.same(k-1, k) {
		return false
	}
	switch d.tok(k - 1) {
	case "this", "that", "such":
		return true
	}
	return false
}

// signWords after "was clearly a" make it hindsight about a warning: "it
// was clearly a red flag".
var signWords = set("sign", "signs", "signal", "signals", "red", "warning", "warnings", "symptom",
	"indication", "indicator", "hint", "clue", "flag", "precursor")

// feelings after "was obviously" say how the incident felt, and faultPlaces
// where the fault was: neither judges what anyone did.
var feelings = set("frustrating", "stressful", "painful", "disappointing", "upsetting",
	"annoying", "disruptive", "unpleasant", "scary", "worrying", "concerning", "exhausting",
	"tiring", "inconvenient", "distressing", "alarming", "unwelcome", "sad", "regrettable",
	"serious", "severe", "costly")
var faultPlaces = set("in", "inside", "within", "at", "from", "on", "related", "linked", "due")

// classifies reports whether "was clearly a ..." sorts something into a
// kind, says how it felt or where the fault was, rather than judging the
// past: "this was clearly a highly sophisticated attack", "the bug was
// obviously in the new parser". "It was clearly a mistake" is a judgment (the
// detector reads that), and "clearly a warning sign" is hindsight.
func classifies(d *doc, k int) bool {
	i := k
	if !pastCopulas[d.tok(i-1)] || !d.same(i-1, i) {
		return false
	}
	if !d.same(i, i+1) {
		return false
	}
	switch a := d.tok(i + 1); {
	case feelings[a] || faultPlaces[a]:
		return true // "was obviously frustrating for users", "was clearly in the parser"
	case a != "a" && a != "an":
		return false
	}
	for j := i + 2; j < i+7 && d.same(i, j); j++ {
		if w := d.toks[j].word; judgeWords[w] || signWords[w] || badCalls[w] {
			return false
		}
		if d.toks[j].comma {
			break
		}
	}
	return true
}

// negatedBefore reports whether the clause holding k denies the factor
// before it: "we did not have communication issues this time".
func negatedBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "not", "no", "never", "didn't", "don't", "doesn't", "without", "wasn't", "weren't":
			return true
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// missedUnits are what a machine misses by the count: "we missed several
// hours worth of blocks", "the node missed 40 slots". Missing them is the
// system's behaviour, not a person's omission.
var missedUnits = set("block", "blocks", "slot", "slots", "heartbeat", "heartbeats", "epoch",
	"epochs", "sample", "samples", "packet", "packets", "frame", "frames", "tick", "ticks",
	"beat", "beats", "round", "rounds", "attestation", "attestations", "proposal", "proposals",
	"vote", "votes", "checkpoint", "checkpoints", "scrape", "scrapes", "worth", "datapoints",
	"points", "polls", "pings", "cycles", "runs", "batches")

// missedCount reports whether the finding at k ends in "missed" followed by
// an amount of something a machine counts: "we missed at least several
// hours worth of blocks". "We missed two alerts" stays.
func missedCount(d *doc, k int, f *Finding) bool {
	v := tokenAt(d, f.Offset+f.Length-1)
	if v >= len(d.toks) || v < k {
		return false
	}
	switch d.toks[v].word {
	case "missed", "miss", "misses", "missing":
	default:
		return false
	}
	for j := v + 1; j < v+7 && d.same(v, j); j++ {
		if missedUnits[d.toks[j].word] {
			return true
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// thingLacks reports whether a vague area at k is what a thing lacks: "some
// parts of the ecosystem lack rigor", "the endpoint is missing
// validation". "We lack rigor" stays.
func (c *Checker) thingLacks(d *doc, k int) bool {
	switch d.tok(k) {
	case "lack", "lacks", "lacked", "lacking":
		return c.thingSubject(d, k)
	case "missing":
		if j := subjectBefore(d, k); j >= 0 && beForms[d.toks[j].word] {
			return c.thingSubject(d, j)
		}
	}
	return false
}

// artifactHeads after an area make it a modifier of a thing built: "a
// missing validation check in the router", "more monitoring dashboards for
// the queue" name the artifact.
var artifactHeads = set("check", "checks", "step", "steps", "rule", "rules", "script", "scripts",
	"function", "functions", "logic", "layer", "hook", "hooks", "gate", "gates", "job", "jobs",
	"pipeline", "pipelines", "endpoint", "endpoints", "dashboard", "dashboards", "query",
	"queries", "suite", "suites", "framework", "library", "module", "flag", "flags", "field",
	"fields", "routine", "threshold", "thresholds", "probe", "probes", "rule-set", "policy")

// namedArtifact reports whether the area that ends finding f is a modifier
// of an artifact, and where it applies follows: "a missing validation check
// in the router". "Missing validation checks" alone stays.
func namedArtifact(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	return e+1 < len(d.toks) && d.same(e, e+1) && !d.toks[e].comma && artifactHeads[d.toks[e+1].word] &&
		specificAfter(d, e+1)
}

// thingAgent reports whether the finding f ends in a passive whose agent
// follows and is a thing: "the alert was ignored by the routing rules",
// "the page was handled poorly by the paging tool".
// "The alert was ignored by the on-call" stays.
func (c *Checker) thingAgent(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e+1) != "by" && (d.tok(e+2) != "by" || !isParticiple(d.tok(e+1))) {
		return false // "ignored by", "handled poorly by", "poorly handled by"
	}
	if d.tok(e+1) != "by" {
		e++
	}
	if !d.same(e, e+2) {
		return false
	}
	for j := e + 2; j < len(d.toks) && j < e+6 && d.same(e, j); j++ {
		if c.personStartingAt(d, j) >= 0 || c.isRole(d.toks[j].word) || selfPronouns[d.toks[j].word] ||
			d.toks[j].word == "us" || d.toks[j].word == "everyone" || d.toks[j].word == "everybody" {
			return false
		}
		if npStop[d.toks[j].word] || d.toks[j].comma {
			break
		}
	}
	return true
}

// thingAtFault reports whether "at fault" or "to blame" at k is said of a
// thing: "the design itself was at fault". "Bob was at fault" stays.
func (c *Checker) thingAtFault(d *doc, k int) bool {
	w := d.tok(k)
	if w != "at" && w != "to" {
		return false
	}
	j := k - 1
	for j >= 0 && d.same(j, k) && (beForms[d.toks[j].word] || adverbs[d.toks[j].word] ||
		d.toks[j].word == "itself" || d.toks[j].word == "themselves" || strings.HasSuffix(d.toks[j].word, "ly")) {
		j--
	}
	if j < 0 || !d.same(j, k) || j == k-1 || d.toks[j].comma {
		return false
	}
	_, kind := c.personEndingAt(d, j)
	return kind == notPerson && !determiners[d.toks[j].word] && !c.isRole(d.toks[j].word) &&
		!selfPronouns[d.toks[j].word] && d.toks[j].word != "who"
}

// pluralEnds are endings of plural nouns for groups of users or programs
// ("Customers", "Crawlers", "Validators", "Bots", "Participants"), which
// first names do not have.
var pluralEnds = []string{"ers", "ors", "ots", "ents", "ants", "ists", "ees", "ies"}

// humanPlurals are groups of people, who stay people when they open a
// sentence: "Customers ignored the warning banner".
var humanPlurals = set("users", "customers", "members", "subscribers", "visitors", "players",
	"holders", "owners", "depositors", "buyers", "sellers", "traders", "investors",
	"participants", "contributors", "volunteers", "admins", "administrators", "moderators",
	"students", "tenants", "employees", "officers", "leaders", "founders")

// pluralOpener reports whether the subject at k is a plural noun that is
// capitalised only because it opens the sentence: "Crawlers ignored
// robots.txt" reads as "the crawlers ignored robots.txt", which is not a
// named person. Attendees and known names are people whatever they end in.
func (c *Checker) pluralOpener(d *doc, k int) bool {
	t := &d.toks[k]
	if !t.cap || t.handle || c.names[t.word] || c.isRole(t.word) || humanPlurals[t.word] || d.sentOf(k).first != k {
		return false
	}
	if d.same(k, k+1) && d.toks[k+1].cap {
		return false // "Peters Anders": a full name
	}
	for _, e := range pluralEnds {
		if len(t.word) > len(e) && strings.HasSuffix(t.word, e) {
			return true
		}
	}
	return false
}

// receivedAfter reports whether the fault adverb in f goes with a verb of
// receiving: "Bob mistakenly received two copies of the email" says what
// happened to him.
func receivedAfter(d *doc, f *Finding) bool {
	switch d.tok(tokenAt(d, f.Offset+f.Length-1)) {
	case "received", "got", "gotten", "obtained", "heard", "saw":
		return true
	}
	return false
}

// anyoneMakes reports whether the label that ends f is bound to "you" or
// "everyone" in general: "this is a mistake you only make once", "a
// mistake everyone makes".
func anyoneMakes(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1) + 1
	if d.tok(e) == "that" {
		e++
	}
	if !d.same(e-1, e) {
		return false
	}
	switch d.tok(e) {
	case "you", "everyone", "everybody", "anyone", "anybody":
		n := d.tok(e + 1)
		return n != "made" && n != "did" && n != "had"
	}
	return false
}

// systemUntimely reports whether "not ... in a timely manner" at f is
// said of a system: "the authentication services were still not
// responding in a timely manner" is how the service behaved. "The team
// did not respond in a timely manner" stays.
func (c *Checker) systemUntimely(d *doc, f *Finding) bool {
	k := tokenAt(d, f.Offset)
	if k < 0 || d.tok(k) != "not" || isParticiple(d.tok(k+1)) {
		return false // "was not communicated in a timely manner" hides who communicates
	}
	j := k - 1
	for j >= 0 && d.same(j, k) && (untimelyAux[d.tok(j)] || adverbLike(&d.toks[j])) {
		j--
	}
	if j < 0 || !d.same(j, k) || j == k-1 && !untimelyAux[d.tok(k-1)] {
		return false
	}
	_, kind := c.personEndingAt(d, j)
	return kind == notPerson && !c.isRole(d.tok(j)) && !selfPronouns[d.tok(j)]
}

// untimelyAux stand between a subject and "not": "were still not".
var untimelyAux = set("was", "were", "is", "are", "be", "been", "did", "does", "do", "has",
	"have", "had", "still", "also", "again")

// blameDenials before "blame" say nobody is blamed: "I can't even blame
// them", "we don't blame the vendor".
var blameDenials = set("not", "can't", "cannot", "don't", "didn't", "won't", "never", "couldn't",
	"wouldn't", "shouldn't", "doesn't")

// blameDenied reports a denial at most two words before "blame" at k.
func blameDenied(d *doc, k int) bool {
	if w := d.tok(k); w != "blame" && w != "blaming" && w != "blamed" {
		return false
	}
	for j := k - 1; j >= k-2 && d.same(j, k); j-- {
		if blameDenials[d.tok(j)] {
			return true
		}
	}
	return false
}

// missWithReason reports whether a finding that ends in "missed" is told
// with what hid the thing missed in the same clause: "which we missed due
// to a bug in the node", "we missed the alert because it went to an old
// channel". A miss told with its condition is an account.
func missWithReason(d *doc, f *Finding) bool {
	v := tokenAt(d, f.Offset+f.Length-1)
	if v < 0 || v >= len(d.toks) || d.toks[v].word != "missed" || !firstPersons[d.tok(v-1)] {
		return false // another person's miss is judged as before
	}
	return missReasoned(d, v+1)
}
