package phrasing

// A counterfactual whose subject is the team's own act graded by pace:
// "a faster response would have avoided most of the impact", "more timely
// escalation could have reduced the downtime". The act is the people's,
// and the grade is made with what we know now. A faster thing ("a faster
// disk would have avoided the stall") is a capacity, not a person's act.

// paceGrades grade an act by its speed.
var paceGrades = set("faster", "quicker", "earlier", "swifter", "prompter", "speedier", "sooner",
	"timelier", "immediate", "prompt", "quick", "fast", "early", "timely", "rapid")

// paceActs are acts of the people responding.
var paceActs = set("response", "responses", "escalation", "escalations", "rollback", "rollbacks",
	"reaction", "action", "actions", "communication", "communications", "triage", "investigation",
	"intervention", "revert", "failover", "decision", "acknowledgement", "acknowledgment",
	"update", "updates", "notification", "notifications")

// paceOutcomes are what the act would have spared.
var paceOutcomes = set("avoided", "prevented", "obviated", "minimised", "minimized", "reduced",
	"limited", "shortened", "averted", "saved", "spared", "stopped", "contained", "lessened")

// pacedActWould returns the span of the shape above at "would" or "could"
// (i), or -1, -1.
func pacedActWould(d *doc, i int) (int, int) {
	if d.tok(i+1) != "have" || !paceOutcomes[d.tok(i+2)] || !d.same(i, i+2) {
		return -1, -1
	}
	n := i - 1
	if !paceActs[d.tok(n)] || !d.same(n, i) {
		return -1, -1
	}
	g := n - 1
	if !paceGrades[d.tok(g)] || !d.same(g, i) {
		return -1, -1
	}
	if d.tok(g-1) == "more" || d.tok(g-1) == "much" || d.tok(g-1) == "a" || d.tok(g-1) == "an" {
		g--
	}
	if openQuestion(d, i) || questionSentence(d, i) {
		return -1, -1
	}
	return g, i + 3
}
