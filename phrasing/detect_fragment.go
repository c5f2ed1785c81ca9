package phrasing

// Items in a list of what went wrong that name a step of care left out,
// with no subject and often no verb: "- No load testing.", "- No rollback
// plan before the cutover", "- Config not reviewed before the deploy",
// "- Not rotating the keys after the handover". The list item is the
// signal: a full sentence with a system as subject ("the tests did not
// run") reads as an account, and an item whose head is not a step of care
// ("- No breaking changes.", "- Not supported on Windows.") or that goes
// on with a verb ("- No review needed for typo fixes") is a plain note.

func init() {
	detectorNames["care-fragment"] = true
	detectors["care-fragment"] = detector{triggers: []string{"no", "not", "never"}, run: detectFragment}
}

// fragmentCare head a "No ..." item as a step of care people take:
// "No load testing", "No staging rehearsal", "No code review". A guard the
// team lacks ("No TLS alerting", "No rollback plan") names the gap, which
// is the blameless way to say it.
var fragmentCare = set("testing", "review", "reviews", "rehearsal", "rehearsals", "drill",
	"drills", "audit", "audits", "verification", "validation", "checks", "checking", "qa",
	"dry-run", "dry-runs", "sign-off", "signoff", "oversight", "coordination", "diligence",
	"double-check", "vetting", "scrutiny", "proofreading", "canarying")

// fragmentTail may follow the head of a fragment: a preposition opening
// where or when the step was owed ("before the launch", "against old
// clients").
var fragmentTail = set("before", "for", "of", "on", "in", "during", "against", "after", "ahead",
	"with", "from", "across", "between", "beforehand", "prior", "at", "under", "around", "when")

// fragmentVerbs would make the item a full clause ("No tests failed", "No
// review needed"): a note, not a step left out.
func fragmentClause(w string) bool {
	return isParticiple(w) || fragmentAux[w] || w == "required" || w == "needed"
}

// fragmentAux make an item a full clause.
var fragmentAux = set("was", "were", "is", "are", "had", "has", "have", "would", "could", "will",
	"did", "does", "do", "can", "should", "be", "been", "being", "may", "might", "must")

// fragmentPronouns are subjects: "we not tested" is not the item's shape.
var fragmentPronouns = set("we", "i", "they", "he", "she", "it", "you", "this", "that")

func detectFragment(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || d.sentOf(i).question || d.toks[i].line == timelineLine {
		return
	}
	s := d.sentOf(i)
	a, b := -1, -1
	switch {
	case d.toks[i].word == "no" && i == s.first && itemStart(d, i):
		a, b = noCareItem(d, i)
	case (d.toks[i].word == "not" || d.toks[i].word == "never") && i > s.first && itemStart(d, s.first):
		a, b = careNotDoneItem(d, i)
	}
	if a < 0 || missIntended(d, b) || missReasoned(d, b) || reasonAfter(d, b) {
		return
	}
	f := c.finding(d, r, a, b)
	*out = append(*out, f)
}

// noCareItem reads "No load testing.", "No disaster recovery drill before
// launch": at most three words after "no", the last a step of care, and
// then the end of the item or a preposition.
func noCareItem(d *doc, i int) (int, int) {
	s := d.sentOf(i)
	for h := i + 1; h < i+5 && h < s.last; h++ {
		w := d.toks[h].word
		if fragmentClause(w) || d.toks[h-1].comma {
			return -1, -1
		}
		if !fragmentCare[w] {
			continue
		}
		if h+1 == s.last || fragmentTail[d.tok(h+1)] && d.same(h, h+1) || d.toks[h].comma {
			return i, h + 1
		}
	}
	return -1, -1
}

// keptGrades grade how much care was kept: "sufficient logs".
var keptGrades = set("sufficient", "enough", "adequate", "proper", "appropriate", "any")

// careKept are what a team keeps so that it can see and recover: "logs",
// "alerting", "test coverage".
var careKept = set("logs", "logging", "monitoring", "alerts", "alerting", "tests", "testing",
	"coverage", "documentation", "docs", "backups", "observability", "metrics", "visibility",
	"runbooks", "review", "reviews", "checks", "validation", "redundancy", "safeguards")

// careAmountHeld reports "have sufficient logs", "have enough test
// coverage" at k (the "have" of an item with no subject): a kept guard
// graded as short. "Have enough disk" is a condition.
func careAmountHeld(d *doc, k int) bool {
	if !keptGrades[d.tok(k+1)] || !d.same(k, k+1) {
		return false
	}
	for e := k + 2; e < k+5 && d.same(k, e); e++ {
		if careKept[d.toks[e].word] {
			return true
		}
		if d.toks[e].comma {
			return false
		}
	}
	return false
}

// careNotDoneItem reads "Code not tested against older clients",
// "Backups not verified before the upgrade": a short noun phrase, "not",
// and the participle of a step of care, with no auxiliary (that would be a
// sentence, read by the passive rules).
func careNotDoneItem(d *doc, i int) (int, int) {
	s := d.sentOf(i)
	if i-s.first > 4 {
		return -1, -1
	}
	for e := s.first; e < i; e++ {
		if w := d.toks[e].word; fragmentAux[w] || d.toks[e].comma || fragmentPronouns[w] {
			return -1, -1
		}
	}
	k := skipManner(d, i+1)
	p := d.tok(k)
	if !d.same(i, k) || !careDone[p] || p == "applied" || p == "updated" || p == "fixed" || p == "resolved" {
		return -1, -1
	}
	if n := d.tok(k + 1); d.same(k, k+1) && (n == "yet" || n == "by" || n == "until") {
		return -1, -1 // still ahead, or a system's doing
	}
	return s.first, k + 1
}
