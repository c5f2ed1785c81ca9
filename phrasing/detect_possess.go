package phrasing

// Faults pinned on a person through a possessive: "Bob's mistake", "the
// intern's fault", "his error", and the owner of work that failed ("Sam's
// change broke checkout").

// detectPossessiveFault flags "Bob's mistake", "the intern's fault", "his error".
func detectPossessiveFault(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	j := i - 1
	for j >= 0 && d.same(j, i) && (d.toks[j].word == "own" || d.toks[j].word == "big" ||
		d.toks[j].word == "careless" || d.toks[j].word == "silly" || d.toks[j].word == "stupid") {
		j--
	}
	if j < 0 || !d.same(j, i) {
		return
	}
	if d.same(i, i+1) && faultCompounds[d.toks[i+1].word] {
		return // "Bob's error budget", "Sofia's typo fix"
	}
	w := d.toks[j].word
	start := j
	switch {
	case w == "his" || w == "her":
	case (w == "my" || w == "our" && ownFaults[d.toks[i].word]) && j > 0 && (beForms[d.tok(j-1)] || pronounIs[d.tok(j-1)]):
		// "it was our mistake", "that was my fault", "it's my fault": the
		// writer judging themselves; "once we realized our mistake" is an
		// account.
	case w == "their" && (d.toks[i].word == "failure" || d.toks[i].word == "refusal") && d.tok(i+1) == "to":
		// "their failure to provide collateral": an organisation judged
	case possessive(w):
		name := w[:len(w)-2]
		t := d.toks[j]
		switch {
		case t.cap && c.names[name] && !c.allowed[name]:
		case c.roles[name]:
			if j > 0 && d.same(j-1, j) && determiners[d.toks[j-1].word] {
				start = j - 1
			}
		case t.cap && personFaults[d.toks[i].word] && len(name) > 1 && !isDigit(name[0]) &&
			!c.notNames[name] && !c.allowed[name]:
			// Only people make typos and slips, so an unknown capitalised
			// name counts: "Omar's typo enabled the flag".
		default:
			return
		}
	default:
		return
	}
	*out = append(*out, c.finding(d, r, start, i+1))
}

// pronounIs are a pronoun and "is" in one token: "it's my fault".
var pronounIs = set("it's", "that's", "this's")

// personFaults are faults only a person has: "Terraform's error" may be a
// tool's message, "Omar's typo" is always a person's.
var personFaults = set("typo", "typos", "slip", "slips", "slip-up", "slipup", "goof", "goof-up",
	"screwup", "screw-up", "blunder", "blunders", "carelessness", "negligence", "incompetence",
	"sloppiness", "laziness", "misstep", "lapse", "oversight")

// faultCompounds after a fault word make it a modifier, not the fault:
// "Bob's error budget", "Sofia's typo fix", "Priya's failure domain".
var faultCompounds = set("budget", "budgets", "rate", "rates", "message", "messages", "handling",
	"handler", "log", "logs", "page", "pages", "count", "counts", "code", "codes", "dashboard",
	"alert", "alerts", "mode", "modes", "domain", "domains", "injection", "report", "reports",
	"fix", "fixes", "check", "checks", "checker", "detection", "tracking", "tracker", "path",
	"paths", "metric", "metrics", "threshold", "ratio", "spike", "spikes", "board", "tolerance",
	"tolerant", "isolation", "line", "lines", "recovery", "mode", "notes")

// possessorBefore finds a person who owns the work named by the subject
// ending at j: "Sam's change", "the intern's script", "his deploy". It
// returns the first token of the owner, or -1.
func (c *Checker) possessorBefore(d *doc, j int) int {
	for k := j - 1; k >= max(0, j-3) && d.same(k, j); k-- {
		t := &d.toks[k]
		w := t.word
		switch {
		case w == "his" || w == "her":
			return k
		case possessive(w):
			name := w[:len(w)-2]
			switch {
			case t.handle || t.cap && c.names[name] && !c.allowed[name]:
				return k
			case c.roles[name]:
				if k > 0 && d.same(k-1, k) && determiners[d.toks[k-1].word] {
					return k - 1
				}
				return k
			}
			return -1
		}
		if t.comma || t.clause {
			break
		}
	}
	return -1
}

// ownFaults are the fault words that judge the team when it says "our":
// "our mistake", not "our error rate" or "our failure domain".
var ownFaults = set("mistake", "mistakes", "fault", "blunder", "blunders", "oversight", "screwup",
	"screw-up", "carelessness", "negligence", "sloppiness", "misstep", "lapse")
