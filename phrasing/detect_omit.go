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
	switch {
	case markVerbs[base]:
		return true
	case base == "have":
		return causativeSetup(d, k)
	case preVerb(base):
		return true
	}
	if careManners[d.tok(k-1)] && d.same(k-1, k) {
		return true // "we did not properly size the pool"
	}
	return mannerInClause(d, k+1)
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
