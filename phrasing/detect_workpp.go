package phrasing

// The team's work graded when a phrase stands between the work and the
// grade: "the amount of unit tests for those contracts is minimal", "test
// coverage of the bridge was inadequate".

// minimalWork are the kinds of work that "minimal" grades: "testing was
// minimal" judges, "the effort was minimal" says it was easy.
var minimalWork = set("testing", "tests", "test", "coverage", "review", "reviews", "reviewing",
	"documentation", "docs", "monitoring", "alerting", "planning", "vetting", "qa", "analysis",
	"oversight", "validation", "audit", "audits")

// workPPHead returns the work noun that heads the subject of the verb "be"
// at k across a prepositional phrase ("unit tests for those contracts"),
// or -1. Only kinds of work that "minimal" can grade count, so "the
// handling of the errors was poor" is left to the plainer shapes.
func workPPHead(d *doc, k int) int {
	for p := k - 2; p >= max(0, k-6) && d.same(p, k); p-- {
		if d.toks[p].comma {
			return -1
		}
		switch d.toks[p].word {
		case "for", "of", "on", "in", "around", "across", "at", "with", "to", "during", "between":
			h := p - 1
			if h >= 0 && d.same(h, k) && !d.toks[h].comma && (minimalWork[d.toks[h].word] ||
				d.tok(k+1) != "minimal" && workNouns[d.toks[h].word] && h > 0 &&
					(determiners[d.tok(h-1)] || d.toks[h].clause) && peopleAfter(d, p, k)) {
				return h
			}
		}
	}
	return -1
}

// missedInReview finds "this was missed in code review", "the typo got
// overlooked during QA": a step of care judged without naming who. It
// returns the span or -1.
func missedInReview(d *doc, i int) (int, int) {
	k := i - 1
	if t := d.tok(k); t != "was" && t != "were" && t != "got" && t != "been" || !d.same(k, i) {
		return -1, -1
	}
	p := i + 1
	if t := d.tok(p); t != "in" && t != "during" && t != "at" && t != "by" {
		return -1, -1
	}
	for e := p + 1; e <= p+3 && d.same(p, e); e++ {
		if reviewPlaces[d.tok(e)] || d.tok(e) == "reviewers" || d.tok(e) == "reviewer" {
			return k, e + 1
		}
	}
	return -1, -1
}

// peopleWords after "with", "to" or "during" make the work people's:
// "the communication with customers was poor", not "the communication to
// the broker was slow".
var peopleWords = set("customers", "users", "team", "teams", "stakeholders", "support",
	"partners", "incident", "outage", "release", "rollout", "migration", "launch", "on-call",
	"vendor", "vendors", "leadership", "management", "clients", "community", "everyone", "us",
	"them", "staff", "engineers", "developers", "operators", "shifts", "shift")

// peopleAfter reports whether a people word sits between the preposition
// at p and the verb at k.
func peopleAfter(d *doc, p, k int) bool {
	for e := p + 1; e < k; e++ {
		if peopleWords[d.toks[e].word] {
			return true
		}
	}
	return false
}
