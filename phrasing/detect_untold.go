package phrasing

import "strings"

// People left untold, in the many ways authors word it: a nominal failure ("the failure to notify users", "a
// failure to communicate the risk", "Failure to inform operators"), a list
// item or table cell with no subject ("Failed to proactively communicate
// to partners"), the writer or a team not reaching out ("we didn't reach
// out to affected customers"), a passive with the people as subject
// ("Customers were never told", "users were not made aware"), no notice
// given ("No advance notice was given to partners") and a message judged
// late ("only notified later"). A program notifying ("the job failed to notify the webhook"), a rule
// for what happens on failure ("on failure to notify, the job retries"),
// a reason given, and the team's own staff not paged ("as a result our
// staff wasn't notified") are facts.

func init() { detectorNames["untold"] = true }

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

// otherTeams before "teams" make them people the team tells: "downstream
// teams were not informed".
var otherTeams = set("downstream", "upstream", "other", "partner", "dependent", "external",
	"affected", "customer", "client")

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
		"wasn't", "weren't", "no", "hadn't", "haven't", "hasn't", "failing", "too", "neglected",
		"forgot", "omitted", "missed", "skipped", "dark", "loop", "waiting", "nobody"}
}

func detectUntold(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	switch d.toks[i].word {
	case "failure", "failures":
		untoldNominal(c, d, i, r, out)
	case "failed", "neglected", "forgot", "omitted", "failing", "missed", "skipped":
		untoldItem(c, d, i, r, out)
	case "not", "never", "didn't", "wasn't", "weren't", "hadn't", "haven't", "hasn't":
		untoldVerbal(c, d, i, r, out)
	case "only", "too":
		untoldLate(c, d, i, r, out)
	case "no", "nobody":
		untoldNoNotice(c, d, i, r, out)
	case "dark", "loop", "waiting":
		idiomUntold(c, d, i, r, out)
	}
}

// untoldNominal reads "the failure to notify users", "a failure to
// communicate the risk", "Failure to inform operators".
func untoldNominal(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	to := i + 1
	if p, o, n := d.tok(i+1), d.tok(i+2), d.tok(i+3); (p == "on" || p == "from") && (o == "our" || o == "their") &&
		(n == "side" || n == "part" || n == "end") {
		to = i + 4 // "a failure on our side to inform the tenants"
	}
	if d.tok(i+1) == "on" && d.tok(i+2) == "the" && d.tok(i+3) == "part" && d.tok(i+4) == "of" {
		// "the failure on the part of the on-call to escalate"
		for to = i + 5; to < i+10 && d.same(i, to) && d.tok(to) != "to"; to++ {
		}
	}
	if d.tok(to) != "to" || !d.same(i, to+1) {
		return
	}
	v := skipManner(d, to+1)
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
		if w := d.toks[j].word; j > v && (w == "is" || w == "are" || w == "was" || w == "were") && isParticiple(d.tok(j+1)) {
			return // "the failure to escalate is handled by the fallback policy", "failures to renew were retried": a mechanism
		}
	}
	f := c.finding(d, r, start, v+1)
	noun := tellNoun(d, to+1, v)
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
	if d.tok(k) == "kept" || d.tok(k) == "being" || d.tok(k) == "been" && perfectAux(d, i) {
		k++ // "were not kept informed", "who had not been told"
	}
	w := d.tok(k)
	switch {
	case w == "made" && d.tok(k+1) == "aware":
		k, w = k+1, "told" // "were not made aware of the change"
	case w == "given":
		// "were not given any advance notice"
		j := k + 1
		for j < k+4 && noticeMods[d.tok(j)] {
			j++
		}
		if noticeNoun(d.tok(j)) {
			k, w = j, "told"
		}
	case w == "hear" && d.tok(k+1) == "from" && d.tok(k+2) == "us":
		untoldUnheard(c, d, i, k, r, out)
		return
	}
	if !d.same(i, k) {
		return
	}
	// The passive: "Customers were not notified", "users were never told".
	a := i - 1
	for n := 0; n < 3 && a > 0 && d.same(a, i) && (adverbLike(&d.toks[a]) || d.tok(a) == "once"); n++ {
		a-- // "were, once again, not informed"
	}
	if neg := d.tok(i); neg == "wasn't" || neg == "weren't" {
		a = i
	}
	if toldWords[w] && d.tok(k-1) == "been" && d.tok(a-1) == "who" && audience[d.tok(a-2)] && d.same(a-2, k) {
		// "The customers, who had not been told about the change, kept retrying."
		f := c.finding(d, r, a-1, k+1)
		f.Question = untoldQuestion
		offer(&f, d.toks[a].start, d.toks[k].end, "got no notice")
		*out = append(*out, f)
		return
	}
	if aux := d.tok(a); toldWords[w] && (aux == "were" || aux == "was" || aux == "been" || a == i) && d.same(a, i) {
		if d.tok(a) == "been" {
			a--
		}
		s, head := toldSubject(d, a)
		if s < 0 || insiders[d.tok(head)] && !otherTeams[d.tok(head-1)] || reasonAfter(d, k+1) || d.tok(k+1) == "by" ||
			d.tok(s) == "as" && d.tok(s+1) == "a" && d.tok(s+2) == "result" {
			return // "as a result our staff wasn't notified": a page that did not come
		}
		f := c.finding(d, r, s, k+1)
		e := clauseEnd(d, k+1)
		who := trimPunct(d.span(s, head+1))
		if head < a-1 && !d.toks[head].comma {
			who = trimPunct(d.span(s, a)) // "Customers affected by the outage in the EU region"
		}
		stmt := joinWords(who+" got no notice", trimPunct(d.span(k+1, e)))
		setRewrite(d, &f, s, e, capitalize(stmt), untoldQuestion)
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
	case toldWords[w] && perfectAux(d, i):
		// "We had not warned our partners", "We'd not told customers"
	case w == "loop" && d.tok(k+1) == "in":
		o = k + 2 // "didn't loop in the security team"
	case w == "keep" && keptWords[d.tok(k+2)] || w == "keep" && keptWords[d.tok(k+3)]:
		// "We did not keep customers updated"
	case w == "let" && (d.tok(k+2) == "know" || d.tok(k+3) == "know"):
		// "we didn't let the customers know"
	default:
		return
	}
	p := i
	if d.tok(i) == "not" || d.tok(i) == "never" {
		if a := d.tok(i - 1); a == "did" || a == "had" || a == "have" || a == "has" {
			p = i - 1
		}
	}
	s, kind, _ := c.subjectOf(d, p)
	if c := d.tok(i - 1); c == "we'd" || c == "i'd" || c == "they'd" {
		s, kind = i-1, selfPerson
	}
	if kind == notPerson && d.toks[p].clause {
		s, kind = p, rolePerson // "* Didn't loop in the security team": a list item
	}
	if kind != selfPerson && kind != rolePerson && kind != namedPerson || reasonAfter(d, k+1) || !d.same(i, o) {
		return
	}
	e := clauseEnd(d, o)
	oe := o
	for oe < e && !npStop[d.tok(oe)] && d.tok(oe) != "about" && d.tok(oe) != "of" && !keptWords[d.tok(oe)] &&
		d.tok(oe) != "know" {
		oe++
	}
	if oe == o || !audience[d.tok(oe-1)] && !c.isRole(d.tok(oe-1)) {
		return
	}
	rest := oe
	if keptWords[d.tok(oe)] || d.tok(oe) == "know" {
		rest++ // "keep customers updated", "let the customers know"
	}
	f := c.finding(d, r, s, k+1)
	setRewrite(d, &f, s, e, capitalize(joinWords(trimPunct(d.span(o, oe))+" got no notice",
		trimPunct(d.span(rest, e)))), untoldQuestion)
	*out = append(*out, f)
}

// toldSubject finds the people told, as the subject ending before the
// auxiliary at a: its first token and its head, an audience word that may
// come early in a long subject ("Customers affected by the outage in the
// EU region") or before an aside ("Users, unfortunately, were ..."). It
// returns -1s when the subject names no audience.
func toldSubject(d *doc, a int) (start, head int) {
	j := a - 1
	for n := 0; n < 2 && j > 0 && d.same(j, a) && adverbLike(&d.toks[j]) && d.toks[j].comma; n++ {
		j-- // "Users, unfortunately, were"
	}
	start, head = -1, -1
	for k := j; k >= max(0, j-12) && d.same(k, a); k-- {
		if audience[d.tok(k)] {
			start, head = k, k
		}
		if k < j && (d.toks[k].comma || clauseWords[d.tok(k)] || subjectOpeners[d.tok(k)]) {
			break
		}
		if d.toks[k].clause {
			break
		}
	}
	if head < 0 {
		return -1, -1
	}
	for start > head-3 && start > 0 && d.same(start-1, head) && !d.toks[start].clause && !d.toks[start-1].comma &&
		!clauseWords[d.tok(start-1)] && !subjectOpeners[d.tok(start-1)] && !npStop[d.tok(start-1)] {
		start-- // "the affected users", "Our enterprise customers"
	}
	return start, head
}

// keptWords after "keep <people>" say they were kept told: "keep
// customers updated".
var keptWords = set("updated", "informed", "posted", "aware")

// perfectAux reports whether the negation at i belongs to a perfect:
// "had not", "hadn't", "we'd not", "have never".
func perfectAux(d *doc, i int) bool {
	switch d.tok(i) {
	case "hadn't", "haven't", "hasn't":
		return true
	case "not", "never":
		switch d.tok(i - 1) {
		case "had", "have", "has", "we'd", "i'd", "they'd":
			return true
		}
	}
	return false
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
	if b := tellBase(verb); b != "" {
		verb = b // "Missed notifying the mailing list"
	}
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
	if !tellVerbs[d.tok(v)] && tellBase(d.tok(v)) == "" {
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
	if n := d.tok(v + 1); !d.same(v, v+1) || d.toks[v].comma || npStop[n] && n != "the" || n == "" ||
		(isParticiple(n) || irregularPast[n] != "") && !audience[d.tok(v+2)] {
		// no object follows: "Failed to notify in advance"
		for _, p := range []string{" to", " of", " with", " for"} {
			rep = strings.TrimSuffix(rep, p)
		}
	}
	rep = capAs(d, a, rep)
	s, e := d.toks[a].start, d.toks[v].end
	offer(f, s, e, rep)
}
