package phrasing

// What a passive miss needs around it: a duty as the subject, no denial,
// no condition, a plan named, no intent said. See detect_passive.go.

// madeInto after "made" makes it a state, not a plan made: "the plan was
// not made public".
var madeInto = set("public", "available", "permanent", "clear", "aware", "visible", "known",
	"explicit", "obvious", "easy", "possible", "part", "default", "optional", "mandatory")

// manualMods make a check a person's: "no manual sanity checks were
// recommended". A check alone is often code ("the same check was not
// performed in withdraw").
var manualMods = set("manual", "sanity", "human", "final", "pre-release", "pre-deploy")

// planNouns after "no" name a plan or a step of care: "no rollback plan
// was made", "no testing was done".
var planNouns = set("plan", "plans", "review", "reviews", "testing", "test", "tests",
	"backup", "backups", "snapshot", "snapshots", "announcement", "documentation", "runbook",
	"rehearsal", "dry-run", "qa", "approval", "sign-off", "postmortem", "post-mortem", "handover",
	"assessment", "preparation", "planning", "communication", "load-test", "owner", "owners",
	"retro", "retrospective", "drill", "drills", "exercise", "post-incident", "handoff", "action",
	"actions")

// missDuty reports whether the subject in [s, a) names a duty a person acts
// on: an alert, a page, a review, an expiry.
func missDuty(d *doc, s, a int) bool {
	if d.tok(a-1) == "one" && (d.tok(s) == "this" || d.tok(s) == "that") && a-s <= 3 {
		return true // "this particular one was missed": one of the signals just listed
	}
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

// neverBefore reports whether "never" sits between the auxiliary at a and
// the participle at i: "has never been tested".
func neverBefore(d *doc, a, i int) bool {
	for k := a + 1; k < i; k++ {
		if d.toks[k].word == "never" {
			return true
		}
	}
	return false
}

// upkeepState are participles of upkeep that, in a relative clause, say
// what state a thing was in: "due to a certificate that had not been
// renewed".
var upkeepState = set("renewed", "rotated", "patched", "revoked", "pinned", "backed", "updated")

// namedDone make a plan noun a thing done for someone or at a time ("no
// owner was assigned", "no review was held"), where "was in place" would
// not read.
var namedDone = set("held", "requested", "assigned", "organized", "organised", "named", "scheduled")

// asideOpeners open a parenthetical between a subject and its verb: ",
// which arrived in March,", ", including the critical one,".
var asideOpeners = set("which", "who", "including", "especially", "notably", "even", "like",
	"such", "both", "all")

// parentheticalSubject returns the first token of the subject before a
// parenthetical that closes just before the auxiliary at a ("The expiry
// warning from the registrar, which arrived in March, was ignored"), or -1.
// The second result is the token that opens the parenthetical.
func parentheticalSubject(d *doc, a int) (int, int) {
	if a < 3 || !d.toks[a-1].comma || !d.same(a-1, a) {
		return -1, -1
	}
	for j := a - 2; j >= max(d.sentOf(a).first, a-12); j-- {
		if !d.toks[j].comma {
			continue
		}
		if !asideOpeners[d.tok(j+1)] {
			return -1, -1
		}
		return missSubject(d, j+1), j + 1
	}
	return -1, -1
}

// sinceTime reports whether "since" at e opens a time ("since January",
// "since the migration", "since 2021") rather than a reason ("since it
// was retired").
func sinceTime(d *doc, e int) bool {
	switch n := d.tok(e + 1); n {
	case "it", "they", "we", "there", "this", "that", "he", "she", "nobody", "no", "i", "our":
		return false
	case "":
		return false
	default:
		return true
	}
}
