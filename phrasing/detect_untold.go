package phrasing

import "strings"

// People left untold and cases left out of a plan, in the many ways
// authors word them: a nominal failure ("the failure to notify users", "a
// failure to communicate the risk", "Failure to inform operators"), a list
// item or table cell with no subject ("Failed to proactively communicate
// to partners"), the writer or a team not reaching out ("we didn't reach
// out to affected customers"), a passive with the people as subject
// ("Customers were never told", "users were not informed"), and a step
// the plan did not cover ("a step failed which we had not planned for",
// "we hadn't accounted for replica lag", "this case was not planned for").
// A program notifying ("the job failed to notify the webhook"), a rule
// for what happens on failure ("on failure to notify, the job retries"),
// a reason given, and a plan for a date ("not planned for this quarter")
// are facts.

func init() {
	detectorNames["untold"] = true
	detectorNames["unplanned"] = true
}

// tellVerbs tell people something; left out, people were left untold.
var tellVerbs = set("notify", "communicate", "inform", "warn", "tell", "alert", "announce",
	"contact", "consult", "reach", "brief", "email", "e-mail", "update", "involve", "loop",
	"escalate", "advise")

// careNomVerbs after "the failure to" are steps of care a person owes:
// "the failure to test the rollback".
var careNomVerbs = set("test", "review", "verify", "follow", "document", "plan", "coordinate",
	"rotate", "renew", "patch", "monitor", "heed", "check", "backport", "disclose")

// toldWords are tell verbs as participles: "users were never told".
var toldWords = set("notified", "told", "informed", "warned", "contacted", "consulted",
	"alerted", "briefed", "advised", "updated", "involved", "looped")

// audience names people who are told things: "customers were not notified".
var audience = set("users", "customers", "partners", "operators", "validators", "stakeholders",
	"clients", "subscribers", "tenants", "developers", "maintainers", "community", "members",
	"staff", "teams", "team", "employees", "people", "participants", "integrators",
	"merchants", "exchanges", "on-call", "oncall", "responders", "engineers", "support",
	"management", "leadership", "everyone", "anyone", "nobody", "they", "we")

// insiders are told by the team's own paging: "our staff wasn't
// notified" says an alert did not fire, which is how detection went.
var insiders = set("staff", "team", "teams", "on-call", "oncall", "responders", "engineers",
	"we", "employees", "support")

// machineObjects told by a program: "failed to notify the webhook".
var machineObjects = set("webhook", "webhooks", "endpoint", "endpoints", "pager", "api",
	"server", "servers", "service", "services", "queue", "client", "clients", "bot", "channel",
	"listener", "listeners", "callback", "subscriber", "process", "daemon", "node", "nodes",
	"leader", "controller", "scheduler", "watcher", "watchers", "peer", "peers", "kernel")

// ruleWords in a sentence make it a description of how a program behaves:
// "failure to notify the pager results in an escalation".
var ruleWords = set("results", "returns", "triggers", "retries", "raises", "logs", "emits",
	"causes", "throws", "will", "leads")

func untoldTriggers() []string {
	return []string{"failure", "failures", "failed", "fail", "didn't", "not", "never", "only",
		"wasn't", "weren't"}
}

// toldLate after a tell verb say the message came late: "only notified later".
var toldLate = set("later", "afterwards", "late", "after")

// untoldLate reads "users were only notified later", "some were lost, and
// only notified later": the message judged late, no one named.
func untoldLate(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	v := i + 1
	if !toldWords[d.tok(v)] || !toldLate[d.tok(v+1)] || !d.same(i, v+1) || reasonAfter(d, v+2) {
		return
	}
	f := c.finding(d, r, i, v+2)
	f.Question = untoldQuestion
	rep := d.span(v, v+1) + " " + d.span(v+1, v+2)
	st, e := d.toks[i].start, d.toks[v+1].end
	f.Suggestion = rep
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, e-st
	*out = append(*out, f)
}

func detectUntold(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	switch w := d.toks[i].word; w {
	case "failure", "failures":
		untoldNominal(c, d, i, r, out)
	case "failed", "fail":
		// "Failed to proactively communicate to partners": a list item or
		// table cell with no subject.
		if w == "failed" && d.toks[i].clause && d.tok(i+1) == "to" && d.same(i, i+2) {
			v := skipManner(d, i+2)
			if tellVerbs[d.tok(v)] && toldHuman(d, v) {
				f := c.finding(d, r, i, v+1)
				untoldSwap(d, &f, i, v, "No "+tellNoun(d, i+2, v))
				*out = append(*out, f)
			}
		}
	case "not", "never", "didn't", "wasn't", "weren't":
		untoldVerbal(c, d, i, r, out)
	case "only":
		untoldLate(c, d, i, r, out)
	}
}

// untoldNominal reads "the failure to notify users", "a failure to
// communicate the risk", "Failure to inform operators".
func untoldNominal(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i+1) != "to" || !d.same(i, i+2) {
		return
	}
	v := skipManner(d, i+2)
	verb := d.tok(v)
	if !tellVerbs[verb] && !careNomVerbs[verb] || tellVerbs[verb] && !toldHuman(d, v) {
		return
	}
	start := i
	switch p := d.tok(i - 1); {
	case d.toks[i].clause:
	case (p == "the" || p == "a") && d.same(i-1, i):
		start = i - 1
	default:
		return // "our failure to" and "on failure to" are other rules' or a program's
	}
	sent := d.sentOf(i)
	for j := sent.first; j < sent.last; j++ {
		if ruleWords[d.toks[j].word] {
			return
		}
	}
	f := c.finding(d, r, start, v+1)
	noun := tellNoun(d, i+2, v)
	lead := "the missing "
	if d.tok(start) == "a" && d.tok(start-1) == "was" && d.tok(start-2) == "there" {
		lead = "no "
	}
	untoldSwap(d, &f, start, v, lead+noun)
	*out = append(*out, f)
}

// untoldVerbal reads the writer or a team not telling people ("we didn't
// proactively reach out to customers", "we never told customers") and the
// people as the subject of a passive ("Customers were never told").
func untoldVerbal(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	k := i + 1
	for n := 0; n < 2 && d.same(i, k) && adverbLike(&d.toks[k]); n++ {
		k++
	}
	if d.tok(k) == "kept" || d.tok(k) == "being" {
		k++ // "were not kept informed"
	}
	w := d.tok(k)
	if !d.same(i, k) {
		return
	}
	// The passive: "Customers were not notified", "users were never told".
	a := i - 1
	if neg := d.tok(i); neg == "wasn't" || neg == "weren't" {
		a = i
	}
	if aux := d.tok(a); toldWords[w] && (aux == "were" || aux == "was" || aux == "been" || a == i) && d.same(a, i) {
		if d.tok(a) == "been" {
			a--
		}
		s := missSubject(d, a)
		if s < 0 || !audience[d.tok(a-1)] || insiders[d.tok(a-1)] || reasonAfter(d, k+1) || d.tok(k+1) == "by" ||
			d.tok(s) == "as" && d.tok(s+1) == "a" && d.tok(s+2) == "result" {
			return // "as a result our staff wasn't notified": a page that did not come
		}
		f := c.finding(d, r, s, k+1)
		e := clauseEnd(d, k+1)
		who := trimPunct(d.span(s, a))
		if d.toks[s].cap && !c.isName(&d.toks[s]) && !systemName(who) {
			who = strings.ToLower(who[:1]) + who[1:]
		}
		setRewrite(d, &f, s, e, capitalize(joinWords("no notice reached "+who,
			trimPunct(d.span(k+1, e)))), untoldQuestion)
		*out = append(*out, f)
		return
	}
	// "we didn't reach out to customers", "we never told customers": the
	// verbs the person-failure rule does not read.
	o := k + 1
	switch {
	case w == "reach" && d.tok(k+1) == "out" && d.tok(k+2) == "to":
		o = k + 3
	case w == "told" && d.tok(i) == "never", w == "tell" && d.tok(i) != "never":
	default:
		return
	}
	p := i
	if d.tok(i) == "not" && d.tok(i-1) == "did" {
		p = i - 1
	}
	s, kind, _ := c.subjectOf(d, p)
	if kind != selfPerson && kind != rolePerson && kind != namedPerson || reasonAfter(d, k+1) || !d.same(i, o) {
		return
	}
	e := clauseEnd(d, o)
	oe := o
	for oe < e && !npStop[d.tok(oe)] && d.tok(oe) != "about" && d.tok(oe) != "of" {
		oe++
	}
	if oe == o || !audience[d.tok(oe-1)] && !c.isRole(d.tok(oe-1)) {
		return
	}
	f := c.finding(d, r, s, k+1)
	setRewrite(d, &f, s, e, capitalize(joinWords(trimPunct(d.span(o, oe))+" got no notice",
		trimPunct(d.span(oe, e)))), untoldQuestion)
	*out = append(*out, f)
}

// untoldQuestion asks the room what kept the message from going out.
const untoldQuestion = "What made telling the people affected hard to fit in at the time?"

// toldHuman reports whether the tell verb at v has people as its object,
// not a program: "notify the relevant users", not "notify the webhook".
func toldHuman(d *doc, v int) bool {
	for j := v + 1; j < v+7 && d.same(v, j); j++ {
		w := d.toks[j].word
		if machineObjects[w] {
			return false
		}
		if d.toks[j].comma {
			break
		}
	}
	return true
}

// tellNoun names the step left out as a noun: "notify" is "notice to",
// "communicate proactively" is "proactive communication to".
func tellNoun(d *doc, from, v int) string {
	adv := ""
	if v > from {
		adv = strings.TrimSuffix(d.tok(from), "ly") + " "
	}
	verb := d.tok(v)
	noun := map[string]string{"notify": "notice to", "inform": "notice to", "tell": "notice to",
		"warn": "warning to", "alert": "alert to", "announce": "announcement of",
		"communicate": "communication", "contact": "contact with", "consult": "consultation with",
		"reach": "outreach", "brief": "briefing of", "email": "email to", "e-mail": "email to",
		"update": "update to", "involve": "involvement of", "loop": "involvement of",
		"escalate": "escalation of", "advise": "advice to", "test": "test of",
		"review": "review of", "verify": "check of", "check": "check of", "follow": "following of",
		"document": "documentation of", "plan": "plan for", "coordinate": "coordination of",
		"rotate": "rotation of", "renew": "renewal of", "patch": "patch for",
		"monitor": "monitoring of", "heed": "heeding of", "backport": "backport of",
		"disclose": "disclosure of"}[verb]
	if adv == "proactive " || adv == "" {
		return adv + noun
	}
	return noun
}

// untoldSwap replaces the words from a to the verb at v with rep, keeping
// the capital: "Failed to proactively notify" becomes "No proactive
// notice to"; "the failure to test" becomes "the missing test of".
func untoldSwap(d *doc, f *Finding, a, v int, rep string) {
	f.Question = untoldQuestion
	if !tellVerbs[d.tok(v)] {
		f.Question = "What made " + gerund(d.tok(v)) + " hard to fit in at the time?"
	}
	if d.tok(v) == "reach" && d.tok(v+1) == "out" {
		v++
		if d.tok(v+1) == "to" {
			rep += " to"
			v++
		}
	}
	if d.tok(v) == "communicate" && d.tok(v+1) != "to" && d.tok(v+1) != "with" {
		rep += " of"
	}
	if n := d.tok(v + 1); !d.same(v, v+1) || d.toks[v].comma || npStop[n] && n != "the" || n == "" {
		// no object follows: "Failed to notify in advance"
		for _, p := range []string{" to", " of", " with", " for"} {
			rep = strings.TrimSuffix(rep, p)
		}
	}
	if d.toks[a].cap {
		rep = capitalize(rep)
	}
	s, e := d.toks[a].start, d.toks[v].end
	f.Suggestion = rep
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, s, e-s
}

// planVerbs followed by "for" say what a plan covered.
var planVerbs = set("planned", "plan", "accounted", "account", "prepared", "prepare")

// planTimes after "planned for" make it a schedule: "not planned for this
// quarter", "planned for 14:00".
var planTimes = set("quarter", "release", "sprint", "week", "month", "year", "day", "today",
	"tomorrow", "now", "later", "version", "cycle", "milestone", "phase", "launch", "q1", "q2",
	"q3", "q4", "weekend", "morning", "evening", "night", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday")

// unplannedQuestion asks about the plan, not about who made it.
const unplannedQuestion = "What made this case hard to foresee when the plan was made?"

func detectUnplanned(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.tok(i+1) != "for" || !d.same(i, i+1) || d.toks[i].quoted {
		return
	}
	for j := i + 2; j < i+4 && d.same(i, j); j++ {
		if w := d.tok(j); planTimes[w] || isDigit(w[0]) {
			return
		}
	}
	k := i - 1
	for n := 0; n < 2 && d.same(k, i) && adverbLike(&d.toks[k]) && d.tok(k) != "never"; n++ {
		k--
	}
	neg := false
	if w := d.tok(k); (w == "nobody" || w == "one" && d.tok(k-1) == "no") && d.same(k, i) {
		k++ // "Nobody planned for": the subject is the negation, with no auxiliary
	}
	switch d.tok(k) {
	case "not", "never":
		neg = true
		k--
	case "hadn't", "didn't", "haven't", "wasn't", "weren't":
		neg = true
	}
	if w := d.tok(k - 1); !neg && (w == "nobody" || w == "one" && d.tok(k-2) == "no") && d.same(k-1, i) {
		neg = true // "Nobody had planned for a second region going down"
	}
	if !neg || !d.same(k, i) {
		return
	}
	aux := d.tok(k)
	passive := aux == "was" || aux == "were" || aux == "wasn't" || aux == "weren't" || aux == "been"
	if aux == "been" && (d.tok(k-1) == "had" || d.tok(k-1) == "has" || d.tok(k-1) == "have") {
		k--
	}
	s, kind, _ := c.subjectOf(d, k)
	if w := d.tok(k - 1); (w == "nobody" || w == "one" && d.tok(k-2) == "no") && d.same(k-1, k) {
		kind, s = rolePerson, k-1
		if w == "one" {
			s = k - 2
		}
	}
	end := i + 2
	switch {
	case passive && (kind == selfPerson || kind == rolePerson && d.tok(s) == "they"):
		passive = false // "we were not prepared for": the people, not the case
	case passive:
		if s = missSubject(d, k); s < 0 {
			return
		}
	case kind == notPerson || kind == weakPerson:
		return
	}
	if reasonAfter(d, end) {
		return
	}
	f := c.finding(d, r, s, i+2)
	f.Question = unplannedQuestion
	a, rep := s, "the plan did not cover"
	if passive {
		a, rep = k, "was not in the plan"
		if d.tok(k) == "were" || d.tok(k) == "weren't" {
			rep = "were not in the plan"
		}
	}
	if d.toks[a].cap && !c.isName(&d.toks[a]) {
		rep = capitalize(rep)
	}
	st, e := d.toks[a].start, d.toks[i+1].end
	f.Suggestion = rep
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, st, e-st
	*out = append(*out, f)
}
