package phrasing

// Detectors added from reading real postmortems: the team as the one who
// failed ("nobody on the team caught it"), slips pinned on a person ("the
// on-call carelessly deleted"), accusatory why-questions, hindsight markers
// that judge ("looking back, the signs were all there") and vague factors
// and actions ("poor communication", "improve monitoring") told apart from
// specific ones ("lack of alerting on disk-queue depth").

// noticeVerbs after "nobody" say a signal reached no one.
var noticeVerbs = set("noticed", "caught", "checked", "looked", "saw", "read", "reviewed",
	"tested", "answered", "responded", "escalated", "watched", "verified", "monitored",
	"bothered", "thought", "asked", "realised", "realized", "spotted", "acted", "followed",
	"questioned", "considered", "picked", "flagged", "raised", "owned", "tracked", "cared",
	"reacted", "replied", "objected", "double-checked", "paid", "addressed", "investigated",
	"handled", "intervened", "stepped", "touched", "fixed", "tried", "maintained",
	"documented", "communicated", "told", "informed", "warned", "mentioned", "renewed", "rotated",
	"patched", "monitoring", "watching", "checking", "looking", "reading", "tracking", "paying",
	"following", "reviewing", "testing", "owning", "practised", "practiced", "rehearsed", "drilled")

func detectNobody(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	start, k, ok := nobodySubject(d, i)
	if !ok {
		return
	}
	if d.tok(k) == "else" && d.same(i, k) {
		k++ // "nobody else addressed the issue"
	}
	// "nobody on the team", "no one on call", "no one in the room"
	if w := d.tok(k); (w == "on" || w == "in" || w == "from") && d.same(i, k) {
		k++
		for n := 0; n < 3 && d.same(i, k) && !noticeVerbs[d.toks[k].word]; n++ {
			k++
		}
	}
	if t := d.tok(k); (t == "had" || t == "has" || t == "ever") && d.same(i, k+1) && clauseOpens(d, start) {
		k++ // "nobody had read the release notes"; not "documents no one had read"
		if d.tok(k) == "ever" && d.same(i, k+1) {
			k++ // "nobody had ever practised a restore"
		}
	}
	if t := d.tok(k); (t == "was" || t == "is") && gerundLike(d.tok(k+1)) && noticeVerbs[d.tok(k+1)] {
		k++ // "nobody was monitoring the dashboards"
	}
	for k < len(d.toks) && d.same(i, k) && adverbs[d.toks[k].word] {
		k++
	}
	if !d.same(i, k) || !noticeVerbs[d.toks[k].word] && !tookCharge(d, k) &&
		!(d.tok(start-1) == "did" && noticeVerbs[participle(d.toks[k].word)]) ||
		questionSentence(d, i) && d.toks[d.sentOf(i).first].word != "why" && d.toks[d.sentOf(i).first].word != "how" {
		return
	}
	if reasonClose(d, i, k+1) {
		return // "no one was watching because the alert did not fire"
	}
	if toldWords[d.toks[k].word] {
		return // "nobody told the customers": left-untold's, with a rewrite about the message
	}
	*out = append(*out, c.finding(d, r, start, k+1))
}

// nobodySubject reads "nobody", "no one" or "none of us/them" at the
// trigger i: the first token of the subject, the token after it, and
// whether it is one.
func nobodySubject(d *doc, i int) (start, k int, ok bool) {
	start, k = i, i+1
	switch d.toks[i].word {
	case "one":
		if d.tok(i-1) != "no" || !d.same(i-1, i) {
			return 0, 0, false
		}
		start = i - 1
	case "none":
		if d.tok(k) != "of" || d.tok(k+1) != "us" && d.tok(k+1) != "them" {
			return 0, 0, false
		}
		k += 2
	}
	return start, k, true
}

// faultAdverbs pin a slip or a misjudgement on whoever is the subject.
// selfOK marks those still blame when the writer says them of themselves:
// "I accidentally closed the terminal" is an honest account, "we wrongly
// assumed" is a judgement.
var faultAdverbs = map[string]bool{"carelessly": true, "wrongly": true, "incorrectly": true,
	"hastily": true, "hurriedly": true, "blindly": true, "recklessly": true, "negligently": true,
	"sloppily": true, "lazily": true, "thoughtlessly": true,
	"stubbornly": true, "arrogantly": true, "smugly": true, "naively": true, "accidentally": false,
	"mistakenly": false, "inadvertently": false, "unintentionally": false, "erroneously": false}

// actAdverbs say an act went wrong without grading who did it; with the
// writer as subject they judge only a judgement ("we wrongly assumed").
var actAdverbs = set("wrongly", "incorrectly")

// personalAdverbs describe conduct only people have.
var personalAdverbs = set("carelessly", "hastily", "hurriedly", "blindly", "recklessly",
	"negligently", "sloppily", "lazily", "thoughtlessly", "accidentally", "mistakenly", "inadvertently",
	"unintentionally")

// mindVerbs are judgements only people make: "Ruth wrongly assumed".
var mindVerbs = set("assumed", "thought", "believed", "decided", "chose", "judged", "concluded",
	"trusted", "expected", "figured", "guessed", "presumed", "read", "misread", "approved")

func faultAdverbTriggers() []string {
	out := make([]string, 0, len(faultAdverbs))
	for w := range faultAdverbs {
		out = append(out, w)
	}
	return out
}

func detectFaultAdverb(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	v := i + 1
	if !d.same(i, v) {
		return
	}
	vw := d.toks[v].word
	if !isParticiple(vw) && irregularPast[vw] == "" {
		return // "carelessly" before a noun, or a verb not in the past
	}
	if b := d.tok(i - 1); (b == "was" || b == "were" || b == "been") && d.same(i-1, i) &&
		mindVerbs[vw] && faultAdverbs[d.toks[i].word] && vw != "read" {
		// "the state was wrongly assumed to hold only data": someone's
		// judgement graded, with the someone left out.
		*out = append(*out, c.finding(d, r, i-1, v+1))
		return
	}
	j := subjectBefore(d, i)
	if w := d.tok(j); j >= 0 && (w == "had" || w == "has" || w == "have") {
		j = subjectBefore(d, j) // "the engineer had accidentally terminated"
	}
	if j < 0 {
		return
	}
	start, kind := c.personEndingAt(d, j)
	switch kind {
	case notPerson:
		return
	case weakPerson:
		// An unknown capitalised subject is as often a system ("the
		// Strategy incorrectly used the target ratio"): it counts only
		// with an adverb or a verb said of people.
		if !personalAdverbs[d.toks[i].word] && !mindVerbs[vw] {
			return
		}
	case selfPerson:
		// "we erroneously assumed" grades the writer's judgement and "I
		// carelessly ran it" their conduct; "I accidentally dropped the
		// index" and "we incorrectly tagged the commit" are honest accounts
		// of an act (LABELLING.md, the writer's own slips).
		w := d.toks[i].word
		if !(faultAdverbs[w] && !actAdverbs[w]) && !(mindVerbs[vw] && (actAdverbs[w] || !faultAdverbs[w])) {
			return
		}
	}
	*out = append(*out, c.finding(d, r, start, v+1))
}

// whyAux follow "why" in a question about what someone did or did not do.
var whyAux = set("did", "didn't", "would", "wouldn't", "weren't", "wasn't", "haven't", "hasn't",
	"hadn't", "couldn't", "do", "don't", "does", "doesn't", "could")

func detectWhy(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	sent := d.sentOf(i)
	w := d.toks[i].word
	if !sent.question || i != sent.first && !d.toks[i].clause {
		return
	}
	k := i + 1
	if !d.same(i, k) || !whyAux[d.toks[k].word] {
		c.whyLet(d, i, r, out)
		return
	}
	if w == "how" && d.toks[k].word != "could" && d.toks[k].word != "did" && d.toks[k].word != "didn't" {
		return
	}
	k++
	if d.tok(k) == "not" {
		k++
	}
	if !d.same(i, k) {
		return
	}
	s := &d.toks[k]
	switch {
	case s.word == "you" || s.word == "anyone" || s.word == "anybody" || s.word == "nobody" ||
		s.word == "he" || s.word == "she" || s.handle || c.isName(s):
	case determiners[s.word] && d.same(k, k+1) && c.isRole(d.toks[k+1].word) && d.toks[k+1].word != "team":
		k++
	case s.word == "no" && d.tok(k+1) == "one":
		k++
	default:
		c.whyLet(d, i, r, out)
		return // "Why did the canary pass?", "Why did we choose one region?"
	}
	if w == "how" && (s.word != "you" || !howBlame[baseOf(d.tok(k+1))]) {
		return // "How did you respond to the incident?" asks for the story
	}
	f := c.finding(d, r, i, min(k+2, sent.last))
	if step := whyStep(d, k+1, sent.last); step != "" {
		f.Suggestion = "Ask about the situation, e.g. \"What made " + step + " hard at the time?\""
		f.Question = "What made " + step + " hard at the time?"
	}
	*out = append(*out, f)
}

// whyStep names the step a why-question asks about, from its verb at v to
// the end of the clause: "check the dashboard" gives "checking the
// dashboard". It is "" when the verb is not one we know or the clause is
// long.
func whyStep(d *doc, v, last int) string {
	if v >= last || !d.same(v-1, v) {
		return ""
	}
	verb := baseOf(d.toks[v].word)
	if !knownVerbs[verb] {
		return ""
	}
	e := clauseEnd(d, v)
	if e > last {
		e = last
	}
	if e-v > 7 {
		return ""
	}
	rest := trimPunct(d.span(v+1, e))
	if rest == "" {
		return gerund(verb)
	}
	return gerund(verb) + " " + rest
}

// hindsightMarkers open a sentence that looks back; with a judgement in the
// same sentence they make the past look foreseeable.
var foreseen = set("obvious", "obviously", "clear", "clearly", "signs", "sign", "there",
	"everywhere", "plain", "plainly", "predictable", "foreseeable", "mistake", "wrong", "risky", "avoidable", "preventable", "evident", "apparent",
	"warning", "warnings", "missed", "ignored", "bad", "careless", "reckless", "knew", "known",
	"prevented", "avoided", "averted", "mitigated", "spared", "should", "should've", "shouldn't",
	"dangerous", "desired", "unwise", "naive", "poor", "poorly", "error", "oversight", "wiser",
	"mistakes", "misjudged", "underestimated", "overlooked", "forgot", "neglected", "too",
	"worse", "would", "would've", "optimistic", "aggressive", "hasty", "premature", "prematurely")

func detectHindsightMarker(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	a, end := i, i+1
	switch d.toks[i].word {
	case "looking":
		end = i + 2
		if d.tok(i+1) != "back" || !d.toks[i].clause || !d.toks[i+1].comma {
			return // "looking back at the logs" reads the record, it does not judge
		}
	case "predictably", "unsurprisingly", "inevitably":
		// "Predictably, the cache fell over." opens the sentence on the
		// outcome foretold; "behaves predictably" describes a system.
		if !d.toks[i].clause || !d.toks[i].comma {
			return
		}
		*out = append(*out, c.finding(d, r, i, i+1))
		return
	case "hindsight", "retrospect":
		if n := d.tok(i + 1); d.toks[i].clause && (n == "tells" || n == "shows" || n == "says" || n == "suggests") {
			*out = append(*out, c.finding(d, r, i, i+2)) // "Hindsight tells us ..."
			return
		}
		a = i - 1
		if t := d.tok(a); (t == "20" || t == "perfect" || t == "20/20") && d.same(a, i) {
			a-- // "with 20/20 hindsight", "with perfect hindsight"
			if d.tok(a) == "20" {
				a--
			}
		}
		if p := d.tok(a); p != "in" && p != "with" && p != "of" || !d.same(a, i) {
			return
		}
	}
	sent := d.sentOf(i)
	judged := false
	for k := i + 1; k < min(sent.last, i+16); k++ {
		w := d.toks[k].word
		if hedges[w] && w != "not" && w != "no" && w != "still" {
			return // "in hindsight, it was most likely the memory limit"
		}
		judged = judged || foreseen[w]
	}
	if !judged {
		return
	}
	*out = append(*out, c.finding(d, r, a, end))
}

// softAreas are qualities of people and teams: a factor or an action about
// them is vague however it is qualified ("lack of coordination on the
// release").
var softAreas = set("communication", "communications", "coordination", "ownership", "awareness",
	"planning", "oversight", "training", "attention", "rigor", "rigour", "focus", "diligence",
	"vigilance", "care", "discipline", "process", "processes", "collaboration", "accountability",
	"carefulness", "caution", "thoroughness", "understanding", "knowledge", "preparation",
	"procedures", "practices", "safeguards", "trainings", "preparedness", "readiness",
	"hygiene")

// artifactAreas are things a team builds; qualified with where they apply
// they are specific ("lack of alerting on disk-queue depth").
var artifactAreas = set("testing", "tests", "monitoring", "alerting", "alerts", "coverage",
	"documentation", "docs", "visibility", "observability", "logging", "metrics",
	"dashboards", "review", "reviews", "validation", "checks", "qa")

// judgedAmount before an area judges it; vagueAmount only asks for more.
var judgedAmount = set("insufficient", "inadequate", "poor", "lacking", "weak", "bad",
	"subpar", "sloppy", "limited")
var vagueAmount = set("lack", "better", "improve", "improved", "improving", "more", "increase",
	"increased", "enough", "greater", "stronger", "improvements", "improvement", "missing")

// genericHeads after a qualifier name nothing in particular: "better
// alerting for when something is wrong with the cluster".
var genericHeads = set("when", "what", "whatever", "everything", "things",
	"stuff", "cluster", "system", "systems", "service", "services", "platform", "infrastructure",
	"site", "app", "application", "production", "prod", "it", "this", "that", "all", "our",
	"us", "everyone", "teams", "team", "releases", "changes", "deploys", "deployments", "future")

func vagueAreaTriggers() []string {
	out := make([]string, 0, len(softAreas)+len(artifactAreas))
	for w := range softAreas {
		out = append(out, w)
	}
	for w := range artifactAreas {
		out = append(out, w)
	}
	return out
}

func detectVagueArea(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].word == "job" {
		if a, b := betterJob(d, i); a >= 0 {
			*out = append(*out, c.finding(d, r, a, b))
		}
		return
	}
	if d.toks[i].word == "qa" && d.same(i, i+1) && !d.toks[i].comma && !npStop[d.tok(i+1)] {
		return // "more QA time was booked": QA qualifies the thing named
	}
	a := -1
	judged, mods := false, 0
	for k := i - 1; k >= i-3-mods && d.same(k, i); k-- {
		w := d.toks[k].word
		if judgedAmount[w] || vagueAmount[w] || vagueVerbs[w] {
			a, judged = k, judgedAmount[w]
			if w == "enough" && d.tok(k-1) == "not" {
				a = k - 1
			}
			break
		}
		if w != "of" && w != "the" && w != "and" && w != "in" && w != "our" && w != "team" {
			if mods == 2 || !areaModifier(d, k) {
				return
			}
			mods++ // "strengthen code review processes", "insufficient capacity planning"
		}
	}
	if a < 0 || (mods > 0 && !judged || vagueVerbs[d.toks[a].word] || moreAreaSet[d.toks[i].word] && !judged) &&
		!plainVague(d, a, i, mods > 0 || moreAreaSet[d.toks[i].word]) {
		return
	}
	if d.toks[a].word == "lack" && d.tok(a-1) == "a" && d.tok(a-2) == "was" {
		// "There was a lack of coordination": the same factor, said in full.
	}
	w := d.toks[i].word
	if !judged && finiteVerbs[d.tok(i+1)] && d.same(i, i+2) && isParticiple(d.toks[i+2].word) &&
		!stillWanted[d.toks[i+2].word] {
		return // "More documentation is provided": what was done, not a wish
	}
	if !softAreas[w] && !judged && specificAfter(d, i) {
		return // "Lack of alerting on disk-queue depth", "Improve alerting around boskos status"
	}
	if !judged && areaExplained(d, i) {
		return
	}
	*out = append(*out, c.finding(d, r, a, i+1))
}

// specificAfter reports whether the words after the area at i say where it
// applies: a preposition and something other than a generic head, or an
// issue reference.
func specificAfter(d *doc, i int) bool {
	k := i + 1
	if k < len(d.toks) && !d.same(i, k) {
		return false
	}
	if k >= len(d.toks) {
		return false
	}
	if t := d.text[d.toks[i].end:d.toks[k].start]; len(t) > 0 && (t[len(t)-1] == '(' || t[len(t)-1] == '#') {
		return true
	}
	switch d.toks[k].word {
	case "so":
		return true // "improve the alerting so that most of the team is notified"
	case "that", "which":
		// "alerting that warns us about low disk space": the clause says
		// what the thing is for.
		for j := k + 1; j < min(k+6, len(d.toks)) && d.same(i, j); j++ {
			if wherePreps[d.toks[j].word] {
				return namedAfter(d, i, j+1)
			}
		}
		return false
	case "to":
		if purposeVerbs[d.tok(k+1)] && d.same(k, k+1) {
			return purposeNamed(d, i, k+2) // "improve monitoring to detect issues faster"
		}
	case "on", "of", "for", "around", "in", "at", "over", "across", "into", "via", "about":
	default:
		return false
	}
	if maskedGap(d, k) || k+1 >= len(d.toks) && len(d.text)-d.toks[k].end > 2 {
		return true // "more tests for `parseConfig`": the place is code or a link
	}
	return namedAfter(d, i, k+1)
}

// purposeVerbs open a purpose clause after an area: "better alerting to
// catch ...". The clause names the area only if its object is named.
var purposeVerbs = set("ensure", "prevent", "avoid", "detect", "catch", "spot", "notice",
	"identify", "find", "make", "help", "reduce", "minimise", "minimize", "stop", "keep",
	"improve", "increase", "allow", "enable", "speed", "get", "see", "understand", "surface")

// purposeObjects name nothing in particular as the object of a purpose
// clause: "to detect issues faster", "to ensure this never happens again".
var purposeObjects = set("this", "it", "that", "these", "those", "such", "issues", "issue",
	"problems", "problem", "incidents", "incident", "outages", "outage", "failures", "failure",
	"errors", "error", "things", "similar", "future", "them", "faster", "earlier", "sooner",
	"quickly", "better", "more", "sure", "anything", "everything", "something", "reliability",
	"stability", "availability", "resilience", "visibility", "uptime", "quality", "regressions",
	"bugs", "mistakes", "downtime", "disruptions", "impact", "risk", "risks")

// purposeNamed reports whether the purpose clause whose object starts at
// j names what the area is for.
func purposeNamed(d *doc, i, j int) bool {
	for ; j < len(d.toks) && d.same(i, j) && j < i+8; j++ {
		w := d.toks[j].word
		if purposeObjects[w] {
			return false
		}
		if determiners[w] || w == "any" || w == "all" || w == "us" || w == "we" || w == "our" {
			continue
		}
		return !genericHeads[w]
	}
	return false
}

var wherePreps = set("on", "of", "for", "around", "in", "at", "over", "across", "about", "when")

// whereAt reports whether token j opens where an area applies: one of
// wherePreps, or "to" before a determiner ("updates to the scheduler").
func whereAt(d *doc, j int) bool {
	w := d.tok(j)
	return wherePreps[w] || w == "to" && determiners[d.tok(j+1)]
}

// vagueConditions after "when" or "if" name no condition in particular:
// "for when something is wrong" as against "for when the cluster is full".
var vagueConditions = set("something", "anything", "things", "stuff", "issues", "problems",
	"it", "there", "errors", "incidents", "outages")

// namedAfter reports whether the words from j name something in
// particular. The first word that is not a determiner decides: "on
// disk-queue depth" names a place, "for things" does not.
func namedAfter(d *doc, i, j int) bool {
	for ; j < len(d.toks) && d.same(i, j); j++ {
		w := d.toks[j].word
		if determiners[w] || w == "all" || w == "any" || w == "every" || w == "us" {
			continue
		}
		if (w == "things" || w == "stuff") && d.tok(j+1) == "like" {
			j++
			continue // "things like low disk space"
		}
		if (w == "when" || w == "if") && d.same(i, j+1) {
			return !vagueConditions[d.tok(j+1)]
		}
		return !genericHeads[w]
	}
	return false
}

// howBlame verbs make "How could you ...?" an accusation.
var howBlame = set("miss", "forget", "ignore", "overlook", "skip", "let", "not", "break",
	"allow", "approve", "think", "do", "push", "merge", "deploy", "run", "delete")

// stillWanted participles keep "more X is ..." a wish: "more testing is
// needed".
var stillWanted = set("needed", "required", "wanted", "missing", "lacking", "desired", "advised",
	"lacked")
