package phrasing

import "strings"

// A finding's question for the room names the step the finding's own words
// name: "nobody told the customers" asks what would have prompted the
// message to the customers, and who owns sending it, rather than what made
// it hard to see. When the words name no step, or a detector already asked
// a sharper question, the rule's own question stands.

// messageVerbs are steps of telling someone: the question asks what would
// have prompted the message.
var messageVerbs = set("tell", "notify", "inform", "warn", "alert", "page", "escalate",
	"communicate", "announce", "email", "message", "contact", "call", "ping", "loop")

// messageForms are messageVerbs as written: base, past and participle.
var messageForms = func() map[string]bool {
	m := map[string]bool{"told": true}
	for v := range messageVerbs {
		m[v], m[participle(v)] = true, true
	}
	return m
}()

// contentVerbs are message steps whose object is what was said, not who
// was told: "failed to communicate the freeze".
var contentVerbs = set("escalate", "communicate", "announce")

// lookVerbs are steps of checking: the question asks where the check lives.
var lookVerbs = set("check", "test", "verify", "review", "validate", "monitor", "look", "watch",
	"confirm", "inspect", "notice", "see", "catch", "spot", "read", "consider", "anticipate",
	"double-check", "examine", "audit")

// stepLeads come right before the step's verb: "forgot to restart",
// "didn't check", "never told", "should have rolled back".
var stepLeads = set("to", "not", "never", "didn't", "don't", "doesn't", "wasn't", "weren't",
	"have", "nobody", "no-one", "failed", "forgot", "neglected", "omitted")

// objectStops end the object of a step: a preposition, a conjunction or a
// clause opener starts something the question cannot carry whole.
var objectStops = set("and", "but", "or", "because", "so", "until", "before", "after", "when",
	"while", "since", "which", "that", "who", "if", "as", "than", "again", "either", "even",
	"sooner", "earlier", "properly", "correctly", "carefully", "thoroughly", "in", "on", "at",
	"about", "for", "with", "from", "by", "during", "to", "into", "whether", "what", "how", "why",
	"where", "was", "were", "is", "are", "had", "has", "have", "be", "been", "it", "anything",
	"enough", "until", "till", "despite", "though", "although", "unless", "then", "much", "right",
	"immediately", "first", "last", "yesterday", "today", "tonight", "now", "every", "each", "over",
	"off", "up", "down", "out", "away", "back", "instead", "later", "soon", "quickly", "ever",
	"between", "within", "across", "via", "through", "under", "among", "present", "absent",
	"available", "needed", "required", "deeper", "elsewhere", "unknown", "unclear")

// hangingWords cannot end an object: "saved us most of".
var hangingWords = set("of", "most", "more", "some", "all", "any", "no", "not", "very", "too", "own")

// pronounObjects say nothing the question can name: "did not escalate them".
var pronounObjects = set("them", "it", "this", "that", "him", "her", "these", "those", "anyone",
	"anybody", "everyone", "somebody", "someone")

// stepOf returns the base verb of the step the finding at a..e names, and
// up to four words of its object, or "" when there is none.
func stepOf(d *doc, a int, f *Finding, asked bool) (verb, object string) {
	e := lastTok(d, a, f)
	v := -1
	for j := a + 1; j <= e+1 && j < len(d.toks) && d.same(a, j); j++ {
		w := d.toks[j].word
		if !stepLeads[d.toks[j-1].word] || stepLeads[w] || strings.HasSuffix(w, "ing") {
			continue
		}
		if !asked && !messageForms[w] {
			return "", "" // only a message step replaces a detector's question
		}
		if knownVerbs[baseOf(w)] {
			v = j
			break
		}
	}
	if v < 0 && asked && (f.Rule == "team-missed" || f.Rule == "should-have") && e > a && (isParticiple(d.tok(e)) || irregularPast[d.tok(e)] != "") {
		v = e // "Nobody on the team noticed", "Had anyone checked"
	}
	if v < 0 || !d.same(a, v) {
		return "", ""
	}
	verb = baseOf(d.toks[v].word)
	if strings.HasSuffix(d.toks[v].word, "ing") || !knownVerbs[verb] && !messageVerbs[verb] && !lookVerbs[verb] {
		return "", ""
	}
	k := v + 1
	if particles[d.tok(k)] && d.same(v, k) {
		verb += " " + d.tok(k)
		k++
	} else if verb == "look" && (d.tok(k) == "at" || d.tok(k) == "into") && d.same(v, k) {
		verb += " " + d.tok(k)
		k++
	}
	return verb, objectAt(d, k)
}

// objectAt returns up to four words of the noun phrase starting at token
// k, without a trailing determiner, or "" when none starts there. The words
// are a slice of the text as written ("the DBA", not "the dba"), so naming
// them costs nothing.
func objectAt(d *doc, k int) string {
	last, j := k-1, k
	for ; j < len(d.toks) && j < k+4 && d.same(k, j) && (j == k || !d.toks[j].clause); j++ {
		w := d.toks[j].word
		// "the staging table", "the expired certificate": after an article a
		// verb form is a modifier; elsewhere it starts a clause.
		if objectStops[w] || subjectPronouns[w] || selfPronouns[w] || finiteVerbs[w] || d.toks[j].quoted ||
			j > k && (isGerund(w) || isParticiple(w)) && !determiners[d.toks[j-1].word] {
			break
		}
		last = j
		if d.toks[j].comma {
			break
		}
	}
	if j == k+4 && last == j-1 && !d.toks[last].comma && d.same(k, j) && !d.toks[j].clause && !objectStops[d.tok(j)] {
		return "" // cut in the middle of a longer phrase
	}
	for last >= k && (determiners[d.toks[last].word] || hangingWords[d.toks[last].word]) {
		last--
	}
	if last < k {
		return ""
	}
	span := d.text[d.toks[k].start:d.toks[last].end]
	if strings.ContainsAny(span, "\n\t\r") || strings.Contains(span, "  ") {
		return strings.Join(strings.Fields(span), " ")
	}
	return span
}

// stepRule reports whether rule id's questions can name their step: a
// switch, cheaper than a map for the one lookup every finding makes.
func stepRule(id string) bool {
	switch id {
	case "person-failure", "team-missed", "should-have", "vague-area", "blame-labels", "root-cause":
		return true
	}
	return false
}

// stepQuestion returns the question that names the step of finding f, or
// "" to keep the one it has. asked is true when f still asks the rule's
// own question; a detector's sharper question is kept unless the step is
// a message.
func stepQuestion(d *doc, k int, f *Finding, asked bool) string {
	switch f.Rule {
	case "person-failure", "team-missed", "should-have":
	case "vague-area":
		if asked {
			return areaQuestion(d, k, f)
		}
		return ""
	case "blame-labels":
		if asked {
			return labelQuestion(d, k, f)
		}
		return ""
	case "root-cause":
		if asked {
			return causeQuestion(d, k, f)
		}
		return ""
	default:
		return ""
	}
	verb, obj := stepOf(d, k, f, asked)
	if verb == "" {
		return ""
	}
	with := func(s string) string {
		if obj == "" {
			return s
		}
		return s + " " + obj
	}
	if pronounObjects[obj] {
		obj = ""
	}
	switch first, _, _ := strings.Cut(verb, " "); {
	case messageVerbs[first]:
		if obj == "" || first == "loop" {
			return "What would have prompted the message, and who owns sending it?"
		}
		if contentVerbs[first] {
			return "What would have prompted the message about " + obj + ", and who owns sending it?"
		}
		return "What would have prompted the message to " + obj + ", and who owns sending it?"
	case !asked:
		return ""
	case f.Rule == "should-have" && !lookVerbs[first]:
		return "" // "could have saved us an hour" names an outcome, not a step
	case lookVerbs[first]:
		return "What would have prompted " + with(gerund(first)+verb[len(first):]) + " at the time, and where does that check live?"
	}
	return "What would have reminded someone to " + with(verb) + ", and where does that step live?"
}

// areaKinds ask, for an area's head word, which concrete step in it would
// help: whole questions, so asking one costs no allocation.
var areaKinds = func() map[string]string {
	ask := func(step string) string { return step + ", would help here, and who owns it?" }
	test, alert, dash := ask("Which test, of what"), ask("Which alert, on what signal"),
		ask("Which alert or dashboard, on what signal")
	logs, page, msg := ask("Which log line, in which service"), ask("Which page, for which step"),
		ask("Which message, to whom")
	review, step, check := ask("Which review, of what"), ask("Which step, in which process"),
		ask("Which check, on what input")
	return map[string]string{"testing": test, "tests": test, "coverage": test, "monitoring": dash,
		"observability": dash, "alerting": alert, "alerts": alert, "logging": logs, "logs": logs,
		"documentation": page, "docs": page, "communication": msg, "communications": msg,
		"training": ask("Which drill, for whom"), "review": review, "reviews": review, "process": step,
		"processes": step, "validation": check, "checks": check, "planning": ask("Which plan, for which step"),
		"ownership": ask("Which owner, for which step")}
}()

// areaQuestion asks what the area that ends f would be in practice:
// "better test coverage" asks "Which test, of what, would help here, and
// who owns it?".
func areaQuestion(d *doc, k int, f *Finding) string {
	kind, ok := areaKinds[d.tok(lastTok(d, k, f))]
	if !ok {
		return ""
	}
	return kind
}

// slipNouns after a label name the slip itself, not the work: "a careless
// mistake" leaves the rule's own question.
var slipNouns = set("mistake", "mistakes", "error", "errors", "oversight", "slip", "blunder",
	"person", "people", "engineer", "engineers", "team", "operator", "user", "users", "move", "thing",
	"typo", "typos", "lapse", "misstep", "fault", "judgment", "judgement", "work", "outage",
	"incident", "failure", "problem", "issue", "bug", "downtime", "damage", "wound", "wounds")

// labelQuestion names the work a label grades: "carelessly deleted the
// table" asks what made deleting the table look reasonable, "a sloppy
// migration" what made the migration look reasonable, "careless with the
// config" what made the config easy to get wrong.
func labelQuestion(d *doc, a int, f *Finding) string {
	e := lastTok(d, a, f)
	n := e + 1
	if e != a || !d.same(e, n) || d.toks[e].comma {
		return ""
	}
	w, next := d.tok(e), d.tok(n)
	switch {
	case strings.HasSuffix(w, "ly"):
		b := baseOf(next)
		if !knownVerbs[b] || strings.HasSuffix(next, "ing") {
			return ""
		}
		obj := objectAt(d, n+1)
		if obj == "" {
			return "What made " + gerund(b) + " look reasonable at the time?"
		}
		return "What made " + gerund(b) + " " + obj + " look reasonable at the time?"
	case next == "with" || next == "about":
		if obj := objectAt(d, n+1); obj != "" && !selfPronouns[obj] {
			return "What made " + obj + " easy to get wrong at the time?"
		}
	case !objectStops[next] && !determiners[next] && !slipNouns[next] && !strings.HasSuffix(next, "ly") &&
		!isParticiple(next) && !isGerund(next) && !d.toks[n].clause && len(next) > 2:
		obj := objectAt(d, n)
		if obj == "" || strings.Contains(obj, " ") {
			return ""
		}
		return "What made the " + obj + " look reasonable at the time?"
	}
	return ""
}

// manyCauses in a cause make it several, not one: "a combination of a
// full disk and a stale lock", "several small problems".
var manyCauses = set("multiple", "several", "combination", "various", "many", "number",
	"factors", "two", "three", "series", "mix", "papercut", "papercuts")

// causeQuestion names the cause a root-cause claim gives: "the root cause
// was the expired certificate" asks what else had to line up besides the
// expired certificate.
func causeQuestion(d *doc, k int, f *Finding) string {
	e := lastTok(d, k, f) + 1
	if d.tok(e) == "of" {
		for e++; e < len(d.toks) && e < k+8 && !d.toks[e-1].comma && d.tok(e) != "was" && d.tok(e) != "is"; e++ {
		}
	}
	switch {
	case d.tok(e) == "was" || d.tok(e) == "is":
		e++
	case e > 0 && d.toks[e-1].comma && d.same(e-1, e):
	default:
		return ""
	}
	obj := objectAt(d, e)
	if obj == "" || isParticiple(d.tok(e)) || hedges[d.tok(e)] || causeStatus[d.tok(e)] {
		return ""
	}
	for j := e; j < e+4 && j < len(d.toks) && d.toks[j].start < d.toks[e].start+len(obj); j++ {
		if manyCauses[d.toks[j].word] || d.toks[j].word == "both" {
			return "" // several causes: the rule's own question fits
		}
	}
	return "Besides " + obj + ", what other conditions had to line up for this to happen?"
}

// lastTok returns the last token of finding f, which starts at token k: a
// few steps forward, where a search over the whole text would cost more.
func lastTok(d *doc, k int, f *Finding) int {
	end := f.Offset + f.Length
	for k+1 < len(d.toks) && d.toks[k+1].start < end {
		k++
	}
	return k
}
