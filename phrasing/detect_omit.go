package phrasing

import "strings"

// Steps of care the writer, the team or an organisation left out, in more
// of the grammar real write-ups use than careVerbAhead's list of care
// verbs: any act graded by a manner of care ("we did not restrict the keys
// appropriately", "we didn't size the pool correctly"), a guard that was
// to be in place ("did not have two-factor auth enabled", "did not have
// the hash posted in the doc"), a step prepared in advance ("we did not
// predefine who may see the channel"), a change not marked or recorded
// ("we didn't mark the release as breaking"), and an organisation that
// did not catch what a notice said ("Acme didn't catch that the patch was
// breaking"). A plain account of what someone did not do ("we did not
// enable the flag for EU users") names no care and stays a fact.

// careManners grade an act as care: the act was done, but not well enough.
var careManners = set("appropriately", "properly", "correctly", "adequately", "sufficiently",
	"carefully", "thoroughly", "rigorously", "diligently", "responsibly", "securely", "safely")

// markVerbs sort a change for the people who meet it next ("mark the
// release as breaking"): leaving one out is a step of care skipped.
var markVerbs = set("mark", "label", "flag", "tag")

// preVerbs, after "pre" or "pre-", are steps taken in advance: "predefine",
// "pre-announce", "prearrange".
var preVerbs = set("define", "announce", "arrange", "plan", "allocate", "provision", "approve",
	"test", "warn", "stage", "check", "configure", "agree", "assign", "determine", "establish")

// setupDone complete a causative "have" as a guard that was to be in place:
// "did not have 2FA enabled", "didn't have the runbook written down".
var setupDone = set("enabled", "configured", "set", "installed", "posted", "recorded",
	"documented", "written", "pinned", "scheduled", "turned", "switched", "backed", "rotated",
	"updated", "enforced", "locked", "restricted", "tested", "reviewed", "audited", "monitored",
	"tracked", "signed", "approved", "renewed", "replicated")

// omittedStep reports whether the negated verb at k names a step of care
// beyond careVerbAhead's: see the comment at the top of this file.
func omittedStep(d *doc, k int) bool {
	if t := d.tok(k); t == "yet" || t == "even" {
		k++
	}
	k = skipManner(d, k)
	w := d.tok(k)
	if w == "" {
		return false
	}
	base := baseOf(w)
	if isParticiple(w) && (hadCareDone[w] || diligenceVerbs[base] && w != "read" || w == "written" && d.tok(k+1) == "down" || guardSet(d, k)) {
		return !reasonedOmission(d, k) // "we hadn't documented", "we never followed up"
	}
	if base == "bother" {
		// "we didn't bother to read the release notes"
		if d.tok(k+1) == "to" {
			return diligenceVerbs[d.tok(k+2)] || careVerbAhead(d, k+2) || omittedStep(d, k+2)
		}
		return false
	}
	if (base == "put" || base == "add" || base == "keep") && recordedAhead(d, k) {
		return !reasonedOmission(d, k) // "we never put the renewal date in anyone's calendar"
	}
	if (base == "run" || base == "execute") && trialAhead(d, k) {
		return !reasonedOmission(d, k) // "we didn't run the migration against a copy first"
	}
	if hygieneStep(d, k, base) {
		return !reasonedOmission(d, k)
	}
	if orgAct(d, k) && !(base == "ask" && d.tok(k+1) == "for") {
		// "we did not give customers enough notice"; "we never asked for
		// this" says what was not requested.
		return !reasonedOmission(d, k)
	}
	switch {
	case markVerbs[base]:
		return true
	case base == "have":
		return haveCare(d, k)
	case preVerb(base):
		return true
	}
	if careManners[d.tok(k-1)] && d.same(k-1, k) {
		return true // "we did not properly size the pool"
	}
	return mannerInClause(d, k+1)
}

// hygieneVerbs are the upkeep a team owes its systems: leaving one out is
// a step of care skipped ("we did not rotate the credentials", "we never
// patched the hosts"). The ones in hygieneParticles need their particle:
// "back up", "clean up", "set up", "account for", "think about".
var hygieneVerbs = set("rotate", "renew", "patch", "revoke", "upgrade", "update", "enforce",
	"rehearse", "back", "clean", "set", "account", "think", "double", "pin", "expire", "retire",
	"decommission", "deprovision", "offboard", "sanitize", "sanitise", "harden", "backup",
	"drill", "practice", "practise", "load-test", "canary", "stage", "train", "brief", "get")

var hygieneParticles = map[string]string{"back": "up", "clean": "up", "set": "up",
	"account": "for", "think": "about through", "double": "check checked checking", "get": "around"}

// hygieneStep reports whether the verb at k, with base form base, is
// upkeep left out, with its particle where it needs one.
func hygieneStep(d *doc, k int, base string) bool {
	if !hygieneVerbs[base] {
		return false
	}
	want, ok := hygieneParticles[base]
	if !ok {
		return true
	}
	n := d.tok(k + 1)
	for _, p := range strings.Fields(want) {
		if n == p && d.same(k, k+1) {
			return true
		}
	}
	return false
}

// reasonedOmission reports whether the clause from the verb at k gives a
// reason or a purpose for leaving the step out, says it is still ahead or
// denies it: "we did not rotate the keys because they were never
// exposed", "we did not upgrade, to keep the old clients working", "we
// didn't update the docs yet", "we did not update anything". The sentence
// is then an account.
func reasonedOmission(d *doc, k int) bool {
	if reasonGiven(d, k) {
		return true
	}
	for e := k + 1; e < k+12 && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "to":
			if t := d.tok(e + 1); t == "avoid" || t == "keep" || t == "save" || t == "preserve" || t == "prevent" {
				return d.toks[e-1].comma // "we did not upgrade, to keep the old clients working"
			}
		case "yet":
			return true // "we didn't update the docs yet": work still ahead
		case "any", "anything":
			if e == k+1 {
				return true // "we did not update anything": a denial
			}
		}
	}
	return false
}

// reasonGiven reports whether a reason follows the verb at k in its clause:
// "because the freeze had started", "since they were never exposed", "due
// to the freeze". "Since the migration" is a time and "due diligence" no
// reason.
func reasonGiven(d *doc, k int) bool {
	for e := k + 1; e < k+12 && d.same(k, e); e++ {
		switch d.toks[e].word {
		case "because":
			return true
		case "since":
			return !sinceTime(d, e)
		case "due":
			return d.tok(e+1) == "to"
		case "as", "so":
			if t := d.tok(e + 1); t == "the" || t == "it" || t == "we" || t == "they" || t == "there" {
				return d.toks[e].word == "as" || d.toks[e-1].comma
			}
		}
	}
	return false
}

// preVerb reports whether base is a step taken in advance.
func preVerb(base string) bool {
	rest, ok := strings.CutPrefix(base, "pre-")
	if !ok {
		rest, ok = strings.CutPrefix(base, "pre")
	}
	return ok && preVerbs[baseOf(rest)]
}

// mannerInClause reports whether a manner of care grades the clause from k
// on, within a few words: "restrict SSH keys appropriately".
func mannerInClause(d *doc, k int) bool {
	for e := k; e < k+8 && d.same(k-1, e); e++ {
		if careManners[d.toks[e].word] {
			return true
		}
		if d.toks[e].comma || clauseWords[d.toks[e].word] && e > k {
			return false
		}
	}
	return false
}

// haveCare reports whether "have" at k holds a step of care: a guard to
// have in place ("have two-factor auth enabled") or a plan ("have a
// predefined plan for using them"). "Have access" and "have a spare disk"
// are conditions.
func haveCare(d *doc, k int) bool {
	if a := d.tok(k + 1); (a == "a" || a == "any") && d.same(k, k+2) {
		if e := doneStep(d, k, k+2); e >= k+2 && (d.tok(e) == "plan" || d.tok(e) == "plans") {
			return true
		}
	}
	return causativeSetup(d, k) || guardHeld(d, k)
}

// causativeSetup reports "have two-factor auth enabled" at k: a guard
// that was to be in place, left out. "Have access" and "have time" are
// conditions and fail at the participle.
func causativeSetup(d *doc, k int) bool {
	for e := k + 2; e < k+7 && d.same(k, e); e++ {
		w := d.toks[e].word
		if setupDone[w] {
			if w == "set" || w == "turned" || w == "switched" || w == "backed" {
				n := d.tok(e + 1)
				return n == "up" || n == "on" || n == "in"
			}
			return true
		}
		if d.toks[e].comma || npStop[w] && w != "in" {
			return false
		}
	}
	return false
}

// caughtThat reports "didn't catch that the patch was breaking" at k:
// reading what a notice said is a person's or an organisation's act, so
// a capitalised name that did not do it is judged. "Kubernetes didn't
// catch the error" is a system's check.
func caughtThat(d *doc, k int) bool {
	switch baseOf(d.tok(k)) {
	case "catch", "notice", "spot", "realize", "realise", "see", "read", "flag":
		return d.tok(k+1) == "that" && d.same(k, k+2)
	}
	return false
}

// doVerbs before a step of care named as a noun carry it: "without doing
// much investigation", "without performing any testing".
var doVerbs = set("doing", "performing", "conducting", "carrying")

// planMods may stand before "plan" in a step of care left out: "without
// a predefined plan", "without a rollback plan".
var planMods = set("predefined", "pre-defined", "agreed", "clear", "rollback", "backout",
	"back-out", "recovery", "migration", "release", "communication", "comms", "response",
	"test", "testing", "contingency", "fallback", "written", "documented")

// doneStep moves k, the word after "without" and its modifiers at i, past
// a verb of doing ("doing much investigation") to the step of care, and
// to "plan" past what kind of plan it is ("a predefined plan"). It
// returns k unchanged when neither applies, and -1 when a verb of doing
// carries no step of care.
func doneStep(d *doc, i, k int) int {
	if d.tok(k) == "pair" && d.tok(k+1) == "of" && d.tok(k+2) == "eyes" && d.same(i, k+2) {
		return k + 2 // "without a second pair of eyes"
	}
	if doVerbs[d.tok(k)] && d.same(i, k+1) {
		k++
		for n := 0; n < 3 && careLeftMods[d.tok(k)] && d.same(i, k+1); n++ {
			k++
		}
		if !careLeftNouns[d.tok(k)] && !planMods[d.tok(k)] {
			return -1
		}
	}
	e := k
	for n := 0; n < 2 && planMods[d.tok(e)] && d.same(i, e+1); n++ {
		e++
	}
	if t := d.tok(e); (t == "plan" || t == "plans") && d.same(i, e) {
		return e
	}
	return k
}

// trialWords after "run" make it a trial before the real thing: "run the
// tests", "run the migration against a copy of production first".
var trialWords = set("tests", "test", "suite", "ci", "checks", "linter", "lint", "dry-run",
	"canary", "staging", "copy", "rehearsal", "drill", "benchmark", "benchmarks", "first",
	"beforehand", "locally")

// trialAhead reports whether a trial word follows the verb at k in its
// clause, within a few words.
func trialAhead(d *doc, k int) bool {
	for e := k + 1; e < k+9 && d.same(k, e); e++ {
		if trialWords[d.toks[e].word] {
			return true
		}
		if d.toks[e].comma {
			return false
		}
	}
	return false
}

// lapsedRewrite turns "The certificate was allowed to expire" into "The
// certificate expired": what happened, with no one left out of it. Only
// the passive (subject, "was allowed to", the lapse verb) is rewritten.
func lapsedRewrite(d *doc, f *Finding, a, i, b int) {
	if d.toks[i].word != "allowed" || b != i+3 || d.tok(i-1) != "was" && d.tok(i-1) != "were" {
		return
	}
	c := d.toks[i-1]
	s, e := c.start, d.toks[b-1].end
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = participle(d.toks[b-1].word), s, e-s
	f.Suggestion = capitalize(trimPunct(d.span(a, i-1)) + " " + f.Replacement)
}

// recordPlaces hold a step so it is not forgotten: "put it in the
// calendar", "add it to the backlog".
var recordPlaces = set("calendar", "calendars", "tracker", "backlog", "runbook", "ticket",
	"board", "schedule", "rota", "docs", "documentation", "wiki", "checklist", "sync", "date",
	"current")

// recordedAhead reports whether the verb at k ("put", "add", "keep") puts
// something where it will be seen or keeps it current: "put the renewal
// date in anyone's calendar", "keep staging in sync", "keep the runbook up
// to date".
func recordedAhead(d *doc, k int) bool {
	for e := k + 1; e < k+9 && d.same(k, e); e++ {
		w := d.toks[e].word
		if recordPlaces[w] && (w != "sync" || d.tok(e-1) == "in") && (w != "date" || d.tok(e-1) == "to") {
			return true
		}
		if d.toks[e].comma {
			return false
		}
	}
	return false
}
