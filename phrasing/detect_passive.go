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
	"skipped", "dismissed", "bypassed", "circumvented", "waived")

// humanMiss are misses only a person makes, whatever was missed: "the
// expiry was overlooked". The others need a duty as the subject ("the
// alert was missed", not "blocks were missed").
var humanMiss = set("overlooked", "neglected", "forgotten", "disregarded")

// unWords after "went" or "remained" leave a duty undone: "the page went
// unanswered". "Unnoticed" and "undetected" are how detection went, a fact.
var unWords = set("unanswered", "unacknowledged", "unheeded", "unaddressed", "unread",
	"unreviewed", "untested", "unattended", "unactioned", "untriaged", "ignored", "unpatched",
	"unmonitored")

// leftUnWords after "was left" say someone left a duty undone, though
// after "went" they tell only how detection went: "a bug was left
// unnoticed" but "the bug went unnoticed".
var leftUnWords = set("unnoticed", "undetected", "unchecked", "unfixed", "unresolved",
	"unverified", "unvalidated", "unexamined", "uninvestigated")

// careWords are steps of care a person takes; "was never tested" lists one
// as left out. Verbs a program also does ("checked", "validated") are not
// here: "the input was not validated" describes code.
var careWords = set("tested", "reviewed", "read", "heeded", "escalated", "proofread", "vetted",
	"audited", "rehearsed", "actioned", "triaged", "answered", "acted", "followed", "load-tested",
	"responded", "acknowledged", "addressed", "communicated", "announced", "documented",
	"examined", "inspected", "investigated", "assessed", "scrutinised", "scrutinized",
	"evaluated", "recorded", "tracked", "calendared", "renewed", "rotated", "patched", "revoked",
	"pinned", "backed", "updated", "coordinated", "discussed", "looked", "trained", "briefed",
	"consulted", "completed", "implemented", "revisited", "reassessed", "re-evaluated", "kept")

// doneWords make a plan or a step of care: "no plan was made", "no
// testing was done".
var doneWords = set("made", "done", "performed", "conducted", "taken", "written", "prepared",
	"created", "carried", "drawn", "scheduled", "put", "run", "added", "recommended", "held",
	"requested", "assigned", "organized", "organised", "named")

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
	"monitoring", "alarm", "alarms", "signal", "signals", "indicator", "indicators", "items",
	"follow-ups", "followups", "remediation", "remediations", "dry", "dry-run", "rehearsal",
	"drill", "soak", "management",
	"upgrade", "patch", "patches", "update", "updates", "mail", "call", "calls", "request",
	"requests", "pr", "prs", "changelog", "notes", "docs", "documentation", "dashboard",
	"dashboards")

// systemRequests are requests a program handles: "requests were ignored"
// is the load balancer's doing unless a person's request is meant.
var systemRequests = set("request", "requests", "update", "updates", "call", "calls", "mail",
	"message", "messages", "tests", "backup", "backups", "patch", "patches", "upgrade")

// reasonWords after a miss give the reason, which makes it an account of
// what made it easy to miss: "missed among the noisy alerts".
var reasonWords = set("because", "as", "since", "due", "among", "amid", "amidst", "owing",
	"given", "by", "automatically", "intentionally", "deliberately")

// The detector's name is registered here, beside it, so a rules file may
// name it.
func init() { detectorNames["passive-miss"] = true }

// passiveTriggers lists every word the detector starts at.
func passiveTriggers() []string {
	return withWords(nil, missWords, unWords, leftUnWords, careWords, doneWords, givenVerbs)
}

// missAux finds the auxiliary before the participle at i ("was",
// "were", "had been", "got", "went"), past adverbs and a negation, and
// returns its index, whether it was negated, and the word.
func missAux(d *doc, i int) (a int, neg bool, aux string) {
	k := i - 1
	for n := 0; n < 3 && d.same(k, i) && (adverbs[d.tok(k)] || d.tok(k) == "not" || d.tok(k) == "peer" ||
		d.tok(k) == "never" || d.tok(k) == "ever" || adverbLike(&d.toks[k])); n++ {
		neg = neg || d.tok(k) == "not" || d.tok(k) == "never"
		k--
	}
	if !d.same(k, i) {
		return -1, false, ""
	}
	if w := d.tok(k); (w == "but" || w == "and" || w == "or") && k > i-5 {
		if attributive(d, i) {
			return -1, false, "" // "a slight and overlooked difference" describes a thing
		}
		// "was acknowledged but not acted on", "fired and was ignored",
		// "was not added to a calendar or recorded": the negation before
		// the first verb carries over "or".
		for j := k - 1; j > k-8 && d.same(j, k); j-- {
			if t := d.tok(j); t == "was" || t == "were" {
				if w == "or" {
					neg = neg || d.tok(j+1) == "not" || d.tok(j+1) == "never"
				}
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
	case "left":
		// "the host was left unpatched": read as "remained"
		if p := d.tok(k - 1); (p == "was" || p == "were" || p == "been") && d.same(k-1, k) && (unWords[d.toks[i].word] || leftUnWords[d.toks[i].word]) {
			return k - 1, neg, "left"
		}
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
	if givenVerbs[w] {
		if a, b := littleCareGiven(d, i); a >= 0 {
			f := c.finding(d, r, a, b)
			f.Question = "What made more time for this hard to find at the time?"
			littleCareRewrite(d, &f, a, i)
			*out = append(*out, f)
			return
		}
	}
	a, neg, aux := missAux(d, i)
	if a < 0 {
		return
	}
	s := missSubject(d, a)
	p, aside := parentheticalSubject(d, a)
	if p >= 0 {
		s = p // "The expiry warning, which arrived in March, was ignored."
	}
	if s < 0 || missHypothetical(d, s, a) {
		return
	}
	kind, end := missKind(d, i, s, a, aux, neg)
	if kind == "" {
		return
	}
	if n := d.tok(end); d.same(i, end) && !d.toks[end-1].comma && !(n == "since" && sinceTime(d, end)) &&
		(reasonWords[n] || n == "yet" || n == "in" && kind == "miss" && !humanMiss[w]) {
		return // "ignored by the load balancer", "missed among the noise"
	}
	if missIntended(d, end) || missReasoned(d, end) {
		return
	}
	for s < a-1 && asides[d.tok(s)] && d.same(s, s+1) {
		s++ // "Unfortunately the instructions were not followed": the aside is not the subject
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
	if aside > s {
		cut = aside // the question names the signal, not the aside
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
		if w == "acted" || w == "responded" || end-1 > i {
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
		if d.tok(s) == "no" && !namedDone[w] {
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

// missKind says which shape of miss the participle at i is ("miss",
// "skip", "care" or "plan", "" for none) and where the flagged words end.
func missKind(d *doc, i, s, a int, aux string, neg bool) (kind string, end int) {
	w := d.toks[i].word
	end = i + 1
	switch {
	case aux == "went" || aux == "go" || aux == "goes" || aux == "gone" || aux == "remained" || aux == "stayed" || aux == "left":
		// "was left untested": someone left it so, whatever it is; "a page
		// that goes unanswered escalates" defines a rule.
		if (aux == "goes" || aux == "go") && (d.tok(a-1) == "that" || d.tok(a-1) == "which") {
			return "", 0
		}
		if aux == "go" && d.tok(a-1) == "to" && causedBefore(d, s, a) {
			return "", 0 // "the outage caused the alerts to go unacknowledged": its reason is told
		}
		if !unWords[w] && !(aux == "left" && leftUnWords[w]) || neg || missDenied(d, s, a) || aux != "left" && (w == "ignored" || w == "untested" || w == "unreviewed") && !missDuty(d, s, a) {
			return "", 0
		}
		kind = "miss"
	case missWords[w]:
		if neg || missDenied(d, s, a) || !humanMiss[w] && !missDuty(d, s, a) {
			return "", 0
		}
		kind = "miss"
		if w == "skipped" {
			kind = "skip"
		}
	case careDone[w] && !careWords[w] && neg && careManners[d.tok(i-1)] && !missDenied(d, s, a) &&
		aux != "has" && aux != "have" && aux != "got":
		kind = "care" // "the change was not properly examined"
	case careWords[w]:
		if !neg || (aux == "has" || aux == "have") && !neverBefore(d, a, i) || aux == "got" || missDenied(d, s, a) {
			return "", 0 // "has not been tested yet" is work in progress; "has never been tested" is not
		}
		switch w {
		case "recorded", "tracked", "updated", "completed", "implemented":
			if !missDuty(d, s, a) {
				return "", 0 // "the metric was not recorded" is the collector's
			}
		case "backed":
			if d.tok(end) != "up" {
				return "", 0
			}
			end++
		case "kept":
			if !recordedAhead(d, i) {
				return "", 0 // "the lock was not kept" is the program's
			}
		case "looked":
			if n := d.tok(end); n != "at" && n != "into" {
				return "", 0
			}
			end++
		case "rotated", "renewed", "patched", "revoked", "pinned":
			if d.tok(end) == "by" || d.tok(end) == "automatically" {
				return "", 0 // "renewed by certbot" is the tool's job
			}
		}
		if upkeepState[w] && (d.tok(a-1) == "that" || d.tok(a-1) == "which") && a-1 > s {
			return "", 0 // "a certificate that had not been renewed": the thing's state, named as a cause
		}
		switch w {
		case "acted", "responded":
			if n := d.tok(end); n != "on" && n != "upon" && n != "to" {
				return "", 0
			}
			end++
		case "followed":
			if d.tok(end) == "up" {
				end++
			} else if !missDuty(d, s, a) {
				return "", 0
			}
		case "read", "answered", "acknowledged", "addressed":
			if !missDuty(d, s, a) || d.tok(end) == "within" {
				return "", 0
			}
		}
		kind = "care"
	case doneWords[w]:
		if !missPlan(d, s, a, i, neg) {
			return "", 0
		}
		switch w {
		case "carried":
			if d.tok(end) != "out" {
				return "", 0
			}
			end++
		case "drawn", "put":
			if n := d.tok(end); n != "up" && n != "in" && n != "together" {
				return "", 0
			}
		}
		kind = "plan"
	default:
		return "", 0
	}
	return kind, end
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

// causedBefore reports whether a verb of causing stands before "to" and
// the verb at a, after or just before the subject at s: "the outage
// caused the alerts to go unanswered".
func causedBefore(d *doc, s, a int) bool {
	for k := a - 2; k >= max(0, s-3) && d.same(k, a); k-- {
		switch d.tok(k) {
		case "caused", "causing", "causes", "led", "made", "left":
			return true
		}
	}
	return false
}

// attributive reports whether the participle at i describes the noun
// after it ("an overlooked difference") rather than ending a clause.
func attributive(d *doc, i int) bool {
	n := i + 1
	return d.same(i, n) && !d.toks[i].comma && !npStop[d.tok(n)] && !clauseWords[d.tok(n)] &&
		!adverbs[d.tok(n)] && !adverbLike(&d.toks[n]) && !verbParticles[d.tok(n)]
}

// verbParticles after a participle belong to the verb: "acted upon", "looked
// into", "followed up".
var verbParticles = set("upon", "about", "over", "under", "through", "against", "across", "around",
	"off", "out", "up", "down", "into", "onto", "back", "away", "of")
