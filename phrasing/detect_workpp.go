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
		case "for", "of", "on", "in", "around", "across", "at":
			h := p - 1
			if h >= 0 && d.same(h, k) && minimalWork[d.toks[h].word] && !d.toks[h].comma {
				return h
			}
		}
	}
	return -1
}
