package phrasing

// Rule-breaking framing: "this violates our protocols", "the operator
// bypassed the change process", "deploying on a Friday was against
// policy". It judges conduct by a rule instead of asking what made the
// documented step hard to follow. A system breaking a technical rule ("the
// request violated the CSP policy", "the change broke the firewall rules")
// is a fact.

// breakVerbs break or step around a rule.
var breakVerbs = set("violated", "violates", "violate", "violating", "breached", "breaches",
	"breaching", "broke", "breaking", "bypassed", "bypassing", "circumvented", "circumventing",
	"disregarded", "disregarding", "flouted", "flouting", "contravened", "ignored", "ignoring",
	"defied", "defying", "defies", "disobeyed", "disobeying", "sidestepped", "skirted", "skirting")

// ruleNouns name a working rule people follow.
var ruleNouns = set("protocol", "protocols", "policy", "policies", "procedure", "procedures",
	"process", "rules", "rule", "guidelines", "guideline", "runbook", "playbook", "principle",
	"principles", "sop", "sops", "standards", "checklist", "freeze")

// openRuleNouns are rules only a person follows, whatever comes before them.
var openRuleNouns = set("protocol", "protocols", "procedure", "procedures", "guidelines",
	"guideline", "runbook", "playbook", "principle", "principles", "sop", "sops", "checklist",
	"freeze")

// ruleOwners before a rule noun make it a working rule: "our policy", "the
// change-management process", not "the CSP policy" or "the firewall rules".
var ruleOwners = set("the", "our", "their", "his", "her", "company", "company's", "team",
	"team's", "internal", "change", "deployment", "release", "review", "approval", "on-call",
	"escalation", "incident", "these", "those", "its", "this", "that", "house", "merge", "team")

// requirementsBefore make a rule-breaking verb a requirement, not a
// judgement: "changes must not bypass the freeze".
var requirementsBefore = set("must", "should", "shall", "never", "don't", "cannot", "can't",
	"won't", "mustn't", "shouldn't", "to", "not")

// ruleTails after a rule noun make it a thing a system has: "the rules
// engine", "the policy file".
var ruleTails = set("engine", "engines", "file", "files", "table", "tables", "evaluation",
	"service", "api", "config", "configuration", "set", "sets", "document", "id", "ids",
	"name", "names", "version", "check", "checks", "violation", "violations", "update")

func ruleTriggers() []string {
	out := []string{"against", "violation"}
	for w := range breakVerbs {
		out = append(out, w)
	}
	return out
}

func detectRuleBreaking(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) {
		return
	}
	w := d.toks[i].word
	start := i + 1
	switch w {
	case "violation":
		// "in violation of our policy"
		if d.tok(i-1) != "in" || d.tok(i+1) != "of" {
			return
		}
		start = i + 2
	case "against":
		// "was against policy", "went against our protocols"; not "tested
		// against the policy engine".
		p := d.tok(i - 1)
		if p != "was" && p != "were" && p != "is" && p != "went" && p != "goes" && p != "go" {
			return
		}
	default:
		if requirementsBefore[d.tok(i-1)] {
			return
		}
		s := subjectBefore(d, i)
		if t := d.tok(s); s >= 0 && (t == "had" || t == "has" || t == "have") {
			s = subjectBefore(d, s) // "we had defied our own rule"
		}
		if s >= 0 {
			if _, kind := c.personEndingAt(d, s); kind == notPerson &&
				!subjectStarts[d.tok(s)] && d.tok(s) != "which" && !gerundSubject(d, i) {
				return
			}
		}
	}
	for e := start; e < start+4 && d.same(i, e) && !d.toks[e-1].comma; e++ {
		t := d.tok(e)
		if !ruleNouns[t] || (ruleNouns[d.tok(e+1)] || ruleTails[d.tok(e+1)]) && d.same(e, e+1) {
			continue
		}
		if !openRuleNouns[t] && e > start && !ruleOwners[d.tok(e-1)] &&
			!(d.tok(e-1) == "own" && ruleOwners[d.tok(e-2)]) {
			return
		}
		a := i
		if w == "violation" {
			a = i - 1
		}
		f := c.finding(d, r, a, e+1)
		f.Question = "What made the documented step hard to follow or easy to skip at the time?"
		*out = append(*out, f)
		return
	}
}
