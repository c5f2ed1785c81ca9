package phrasing

import "strings"

// Misses and neglect with no one named: "the alert was missed", "the
// warnings were ignored", "the expiry was overlooked", "the page went
// unanswered", "the backup was never tested", "no plan was made". The
// passive hides whoever missed it, but the sentence still says someone
// failed at a duty a person has (a page, a warning, a review, a step of
// care). A system as the agent ("ignored by the load balancer"), a thing
// no person answers for ("the packet was dropped", "blocks were missed"),
// a reason given ("missed among the noisy alerts", "skipped because the
// bot marks it trivial"), work still in progress ("has not been tested
// yet") and a miss denied ("no alerts were missed") are facts.

// missWords say a duty was missed or set aside.
var missWords = set("missed", "ignored", "overlooked", "neglected", "forgotten", "disregarded",
	"skipped", "dismissed")

// humanMiss are misses only a person makes, whatever was missed: "the
// expiry was overlooked". The others need a duty as the subject ("the
// alert was missed", not "blocks were missed").
var humanMiss = set("overlooked", "neglected", "forgotten", "disregarded")

// unWords after "went" or "remained" leave a duty undone: "the page went
// unanswered". "Unnoticed" and "undetected" are how detection went, a fact.
var unWords = set("unanswered", "unacknowledged", "unheeded", "unaddressed", "unread",
	"unreviewed", "untested", "unattended", "unactioned", "untriaged", "ignored")

// careWords are steps of care a person takes; "was never tested" lists one
// as left out. Verbs a program also does ("checked", "validated") are not
// here: "the input was not validated" describes code.
var careWords = set("tested", "reviewed", "read", "heeded", "escalated", "proofread", "vetted",
	"audited", "rehearsed", "actioned", "triaged", "answered", "acted", "followed", "load-tested",
	"responded", "acknowledged", "addressed", "communicated", "announced", "documented")

// doneWords make a plan or a step of care: "no plan was made", "no
// testing was done".
var doneWords = set("made", "done", "performed", "conducted", "taken", "written", "prepared",
	"created", "carried", "drawn", "scheduled", "put", "run", "added", "recommended")

// dutyNouns name something a person is expected to act on or carry out.
var dutyNouns = set("alert", "alerts", "page", "pages", "warning", "warnings", "notification",
	"notifications", "email", "emails", "e-mail", "e-mails", "message", "messages", "ticket",
	"tickets", "report", "reports", "advisory", "advisories", "notice", "notices", "reminder",
	"reminders", "review", "reviews", "step", "steps", "checklist", "runbook", "playbook",
	"procedure", "procedures", "process", "instructions", "signs", "sign", "red", "flags",
	"symptoms", "feedback", "recommendation", "recommendations", "advice", "concern",
	"concerns", "comment", "comments", "question", "questions", "expiry", "expiration",
	"renewal", "renewals", "deprecation", "escalation", "handover", "handoff", "approval",
	"sign-off", "canary", "staging", "testing", "tests", "backup", "backups", "rotation",
	"upgrade", "patch", "patches", "update", "updates", "mail", "call", "calls", "request",
	"requests", "pr", "prs", "changelog", "notes", "docs", "documentation", "dashboard",
	"dashboards")

// systemRequests are requests a program handles: "requests were ignored"
// is the load balancer's doing unless a person's request is meant.
var systemRequests = set("request", "requests", "update", "updates", "call", "calls", "mail",
	"message", "messages", "tests", "backup", "backups", "patch", "patches", "upgrade")

// planNouns after "no" name a plan or a step of care: "no rollback plan
// was made", "no testing was done".
var planNouns = set("plan", "plans", "review", "reviews", "testing", "test", "tests",
	"backup", "backups", "snapshot", "snapshots", "announcement", "documentation", "runbook",
	"rehearsal", "dry-run", "qa", "approval", "sign-off", "postmortem", "post-mortem", "handover",
	"assessment", "preparation", "planning", "communication", "load-test")

// manualMods make a check a person's: "no manual sanity checks were
// recommended". A check alone is often code ("the same check was not
// performed in withdraw").
var manualMods = set("manual", "sanity", "human", "final", "pre-release", "pre-deploy")

// madeInto after "made" makes it a state, not a plan made: "the plan was
// not made public".
var madeInto = set("public", "available", "permanent", "clear", "aware", "visible", "known",
	"explicit", "obvious", "easy", "possible", "part", "default", "optional", "mandatory")

// reasonWords after a miss give the reason, which makes it an account of
// what made it easy to miss: "missed among the noisy alerts".
var reasonWords = set("because", "as", "since", "due", "among", "amid", "amidst", "owing",
	"given", "by", "automatically", "intentionally", "deliberately")

// The detector's name is registered here, beside it, so a rules file may
// name it.
func init() { detectorNames["passive-miss"] = true }

// passiveTriggers lists every word the detector starts at.
func passiveTriggers() []string {
	var out []string
	for _, m := range []map[string]bool{missWords, unWords, careWords, doneWords} {
		for w := range m {
			out = append(out, w)
		}
	}
	return out
}

// missAux finds the auxiliary before the participle at i ("was",
// "were", "had been", "got", "went"), past adverbs and a negation, and
// returns its index, whether it was negated, and the word.
func missAux(d *doc, i int) (a int, neg bool, aux string) {
	k := i - 1
	for n := 0; n < 3 && d.same(k, i) && (adverbs[d.tok(k)] || d.tok(k) == "not" ||
		d.tok(k) == "never" || d.tok(k) == "ever" || adverbLike(&d.toks[k])); n++ {
		neg = neg || d.tok(k) == "not" || d.tok(k) == "never"
		k--
	}
	if !d.same(k, i) {
		return -1, false, ""
	}
	if w := d.tok(k); (w == "but" || w == "and") && k > i-5 {
		// "was acknowledged but not acted on", "fired and was ignored"
		for j := k - 1; j > k-6 && d.same(j, k); j-- {
			if t := d.tok(j); t == "was" || t == "were" {
				return j, neg, t
			}
			if d.toks[j].comma || d.toks[j].clause {
				break
			}
		}
		return -1, false, ""
	}
	switch w := d.tok(k); w {
	case "wasn't", "weren't":
		return k, true, w
	case "was", "were", "got", "went", "remained", "stayed", "go", "goes", "gone":
		return k, neg, w
	case "been":
		switch d.tok(k - 1) {
		case "had", "has", "have":
			return k - 1, neg, d.tok(k - 1)
		case "not", "never":
			if p := d.tok(k - 2); p == "had" || p == "has" || p == "have" {
				return k - 2, true, p
			}
		}
	}
	return -1, false, ""
}

// subjectOpeners end a search back for the subject: "It appears that the
// change ... was never tested".
var subjectOpeners = set("that", "which", "who", "where", "after", "before", "once", "until",
	"if", "however", "then", "also", "whether", "unless", "why", "how")

// missSubject returns the first token of the subject that ends before the
// auxiliary at a: back to the clause start, at most eight words.
func missSubject(d *doc, a int) int {
	s := a - 1
	for s > 0 && s > a-8 && d.same(s-1, a) && !d.toks[s].clause && !d.toks[s-1].comma &&
		!clauseWords[d.toks[s-1].word] && !subjectOpeners[d.toks[s-1].word] {
		s--
	}
	if s < 0 || !d.same(s, a) || s == a {
		return -1
	}
	return s
}

func detectPassiveMiss(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].line == timelineLine {
		return
	}
	w := d.toks[i].word
	a, neg, aux := missAux(d, i)
	if a < 0 {
		return
	}
	s := missSubject(d, a)
	if s < 0 || missHypothetical(d, s, a) {
		return
	}
	end := i + 1
	kind := ""
	switch {
	case aux == "went" || aux == "go" || aux == "goes" || aux == "gone" || aux == "remained" || aux == "stayed":
		if !unWords[w] || neg || missDenied(d, s, a) || (w == "ignored" || w == "untested" || w == "unreviewed") && !missDuty(d, s, a) {
			return
		}
		kind = "miss"
	case missWords[w]:
		if neg || missDenied(d, s, a) || !humanMiss[w] && !missDuty(d, s, a) {
			return
		}
		kind = "miss"
		if w == "skipped" {
			kind = "skip"
		}
	case careWords[w]:
		if !neg || aux == "has" || aux == "have" || aux == "got" || missDenied(d, s, a) {
			return
		}
		switch w {
		case "acted", "responded":
			if n := d.tok(end); n != "on" && n != "upon" && n != "to" {
				return
			}
			end++
		case "followed":
			if d.tok(end) == "up" {
				end++
			} else if !missDuty(d, s, a) {
				return
			}
		case "read", "answered", "acknowledged", "addressed":
			if !missDuty(d, s, a) || d.tok(end) == "within" {
				return
			}
		}
		kind = "care"
	case doneWords[w]:
		if !missPlan(d, s, a, i, neg) {
			return
		}
		switch w {
		case "carried":
			if d.tok(end) != "out" {
				return
			}
			end++
		case "drawn", "put":
			if n := d.tok(end); n != "up" && n != "in" && n != "together" {
				return
			}
		}
		kind = "plan"
	default:
		return
	}
	if n := d.tok(end); d.same(i, end) && !d.toks[end-1].comma &&
		(reasonWords[n] || n == "yet" || n == "in" && kind == "miss" && !humanMiss[w]) {
		return // "ignored by the load balancer", "missed among the noise"
	}
	if missIntended(d, end) {
		return
	}
	f := c.finding(d, r, s, end)
	np := trimPunct(d.span(s, a))
	cut := a
	for j := s + 1; j < a; j++ {
		if w := d.toks[j].word; w == "and" || w == "but" {
			cut = j // "The alert fired and was ignored": the subject is "The alert"
			break
		}
	}
	for cut > s+1 && cut < a && (isParticiple(d.tok(cut-1)) || irregularPast[d.tok(cut-1)] != "") {
		cut--
	}
	low := trimPunct(d.span(s, cut))
	if d.toks[s].cap && sentenceStart(d, s) && !c.isName(&d.toks[s]) && !systemName(d.text[d.toks[s].start:d.toks[s].end]) {
		low = strings.ToLower(low[:1]) + low[1:]
	}
	plural := isPlural(d.toks[a-1].word) || aux == "were"
	switch kind {
	case "miss":
		f.Question = "What made " + low + " easy to miss at the time?"
		stmt := "did not get attention"
		if missAlertLike(d, s, a) {
			stmt = "did not get a response"
		}
		missRewrite(d, &f, s, a, end, np, stmt)
	case "skip":
		f.Question = "What made skipping " + low + " look safe at the time?"
		missRewrite(d, &f, s, a, end, np, "did not happen")
		if d.tok(end) == "to" || d.tok(end) == "so" {
			f.Replacement = "" // "skipped to save time": the purpose needs the verb
		}
	case "care":
		act := gerund(baseOf(w)) + " " + low
		if w == "acted" || w == "followed" && d.tok(end-1) == "up" {
			act = gerund(baseOf(w)) + " " + d.tok(end-1) + " " + low
		}
		f.Question = "What made " + act + " hard to fit in at the time?"
		stmt := "no step in the process called for " + act
		if sentenceStart(d, s) {
			stmt = capitalize(stmt)
		}
		f.Suggestion = capitalize(stmt)
		if rewriteStart(d, s) && !joinedMiss(d, a, i) {
			st, e := d.toks[s].start, d.toks[end-1].end
			f.Replacement, f.ReplaceOffset, f.ReplaceLength = stmt, st, e-st
		}
	case "plan":
		f.Question = "What made this step hard to put in place at the time?"
		if d.tok(s) == "no" {
			// "No rollback plan was made" becomes "No rollback plan was in
			// place": the state, with no one left out of it.
			stmt := "was in place"
			if plural {
				stmt = "were in place"
			}
			missRewrite(d, &f, s, a, end, np, stmt)
		}
	}
	*out = append(*out, f)
}

// missRewrite replaces the auxiliary and the participle (tokens [a, end))
// with verb, a statement about the signal; the subject and the rest stay:
// "The page went unanswered for an hour" becomes "The page did not get a
// response for an hour". After "but" or "and" only the miss is replaced:
// "was acknowledged but did not get a response".
func missRewrite(d *doc, f *Finding, s, a, end int, np, verb string) {
	from := a
	for j := a + 1; j < end-1; j++ {
		if w := d.toks[j].word; w == "but" || w == "and" {
			from = j + 1
		}
	}
	f.Suggestion = capitalize(joinWords(np, joinWords(d.span(a, from), verb)))
	st, e := d.toks[from].start, d.toks[end-1].end
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = verb, st, e-st
}

// missDuty reports whether the subject in [s, a) names a duty a person acts
// on: an alert, a page, a review, an expiry.
func missDuty(d *doc, s, a int) bool {
	for k := s; k < a; k++ {
		w := d.toks[k].word
		if dutyNouns[w] && !(systemRequests[w] && !missOwned(d, s, k)) {
			return true
		}
	}
	return false
}

// missOwned reports whether a request-like noun at k is a person's or a
// team's: "the customer's request", "our patch".
func missOwned(d *doc, s, k int) bool {
	for j := s; j < k; j++ {
		w := d.toks[j].word
		if possessive(w) || w == "our" || w == "their" || w == "security" || w == "vendor's" ||
			w == "support" || w == "review" || w == "code" || w == "customer" || w == "user" {
			return true
		}
	}
	return false
}

// missAlertLike reports whether the subject is a signal sent to people, which
// "did not get a response" describes.
func missAlertLike(d *doc, s, a int) bool {
	for k := s; k < a; k++ {
		switch d.toks[k].word {
		case "alert", "alerts", "page", "pages", "warning", "warnings", "notification",
			"notifications", "email", "emails", "message", "messages", "ticket", "tickets",
			"question", "questions", "reminder", "reminders", "mail", "call", "calls":
			return true
		}
	}
	return false
}

// missDenied reports whether the subject denies the miss: "no alerts were
// missed", "nothing was overlooked", "none of the pages".
func missDenied(d *doc, s, a int) bool {
	for k := s; k < a; k++ {
		switch d.toks[k].word {
		case "no", "nothing", "none", "never", "not", "neither", "nor", "few", "only":
			return true
		}
	}
	return false
}

// missHypothetical reports whether the clause before the auxiliary makes the
// miss a condition or a rule: "if an alert was missed", "so no page is
// ever ignored".
func missHypothetical(d *doc, s, a int) bool {
	from := max(d.sentOf(s).first, s-3)
	for k := from; k < a; k++ {
		switch d.toks[k].word {
		case "if", "whether", "unless", "ensure", "ensures", "sure", "prevent", "whenever", "lest":
			return true
		}
	}
	return false
}

// missPlan reports whether "no <plan> was made" or "it was never done"
// lists a step of care as left out.
func missPlan(d *doc, s, a, i int, neg bool) bool {
	if d.tok(a) != "was" && d.tok(a) != "were" && d.tok(a) != "had" {
		return false
	}
	if d.toks[i].word == "done" && neg && a-s == 1 && (d.tok(s) == "it" || d.tok(s) == "this") &&
		d.tok(a+1) == "never" && (i+1 >= len(d.toks) || !d.same(i, i+1)) {
		return true // "It was never done."
	}
	if madeInto[d.tok(i+1)] && d.same(i, i+1) {
		return false
	}
	if neg && !missDenied(d, s, a) {
		// "Load testing was not done", "a rollback plan was never made".
		return planNamed(d, s, a)
	}
	if neg || d.tok(s) != "no" {
		return false
	}
	return planNamed(d, s+1, a)
}

// planNamed reports whether [s, a) names a plan or a step of care.
func planNamed(d *doc, s, a int) bool {
	for k := s; k < a; k++ {
		w := d.toks[k].word
		if planNouns[w] || (w == "check" || w == "checks") && k > s && manualMods[d.toks[k-1].word] {
			return true
		}
	}
	return false
}

// intentWords later in the sentence make the miss planned or expected:
// "alerts were ignored during the maintenance window, as planned".
var intentWords = set("planned", "design", "purpose", "intended", "intentionally",
	"deliberately", "expected", "maintenance", "silenced", "muted", "snoozed")

// missIntended reports whether the sentence from token e on says the miss
// was meant.
func missIntended(d *doc, e int) bool {
	for j := e; j < e+ctxWindow && d.same(e-1, j); j++ {
		if intentWords[d.toks[j].word] {
			return true
		}
	}
	return false
}

// joinedMiss reports whether a "but" or "and" joins the miss at i to an
// earlier verb of its auxiliary at a: "was acknowledged but not acted on".
func joinedMiss(d *doc, a, i int) bool {
	for j := a + 1; j < i; j++ {
		if w := d.toks[j].word; w == "but" || w == "and" {
			return true
		}
	}
	return false
}
