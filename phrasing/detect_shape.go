package phrasing

// Three shapes that word lists alone get wrong:
//
//   - a hindsight adverb in a judgment ("It was clearly the wrong choice"),
//     not one that describes a system or an instruction ("the runbook
//     clearly lists the steps", "label alerts clearly");
//   - a punishment for a person ("Bob should lose production access"), not
//     a change to a system ("the service account should lose write access");
//   - a person doing a risky thing with a safeguard left out ("Bob merged
//     the change without review", "the intern ran a DELETE against
//     production"), not a system or process doing it ("the pipeline merges
//     without a second reviewer for docs-only changes").

// presentWords after "clearly" describe how something is shown or written:
// "the error message was clearly worded", "the alert wasn't clearly tied to
// checkout". That is a property of the system, not a judgment.
var presentWords = set("visible", "labeled", "labelled", "marked", "documented", "shown",
	"stated", "written", "worded", "displayed", "legible", "readable", "audible", "separated",
	"defined", "listed", "described", "explained", "highlighted", "identified", "communicated",
	"signposted", "indicated", "annotated", "named", "scoped", "tagged", "distinguished",
	"distinguishable", "understood", "tied", "linked", "connected", "announced", "flagged",
	"logged", "noted", "recorded", "reported", "seen", "showed", "shows", "show", "lists",
	"list", "states", "explains", "says", "said", "marks", "separates", "labels", "displays",
	"warns", "warned", "points", "pointed", "heard", "formatted")

// judgeWords make the words after a hindsight adverb a judgment: "clearly
// the wrong choice", "clearly trivial", "evidently a mistake".
var judgeWords = set("wrong", "mistake", "mistaken", "trivial", "simple", "easy", "obvious",
	"unsafe", "risky", "reckless", "careless", "sloppy", "dangerous", "bad", "poor",
	"insufficient", "inadequate", "undersized", "oversized", "too", "should", "shouldn't",
	"should've", "nobody", "no-one", "never", "didn't", "wasn't", "weren't", "ignored", "missed",
	"overlooked", "forgot", "avoidable", "preventable", "right", "rushed", "premature", "naive",
	"flawed", "unnecessary", "pointless", "negligent", "irresponsible", "did")

// judgeAfter reports whether the words from k start a judgment. An article
// or intensifier counts only with a judgment word next ("a mistake",
// "the wrong choice").
func judgeAfter(d *doc, k int) bool {
	if !d.same(k-1, k) {
		return false
	}
	w := d.toks[k].word
	switch w {
	case "a", "an", "the", "not", "so", "very", "really", "completely", "totally":
		return d.same(k, k+1) && judgeWords[d.toks[k+1].word]
	}
	return judgeWords[w]
}

// subjectStarts may begin the clause after a sentence-initial "Clearly":
// "Clearly the pool was too small", "Evidently nobody had read the notes".
// An imperative ("Clearly label each alert") starts with a verb instead.
var subjectStarts = set("the", "a", "an", "this", "that", "these", "those", "it", "its", "our",
	"their", "his", "her", "he", "she", "they", "we", "nobody", "no", "no-one", "none",
	"someone", "somebody", "everyone", "everybody", "there", "i", "you")

// pastCopulas before the adverb make a past judgment: "was clearly trivial".
var pastCopulas = set("was", "were", "been")

// detectHindsightAdverb flags clearly, evidently, plainly and "of course"
// when they judge the past rather than describe what a system shows.
func detectHindsightAdverb(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	a := i
	if d.toks[i].word == "course" {
		if d.tok(i-1) != "of" || !d.same(i-1, i) {
			return
		}
		a = i - 1
	}
	next := i + 1
	if !d.same(i, next) || presentWords[d.toks[next].word] {
		return // "label alerts clearly", "the dashboard clearly showed"
	}
	if asideAdverb(d, a, i) {
		return
	}
	prev := ""
	if a > 0 && d.same(a-1, a) {
		prev = d.toks[a-1].word
	}
	switch prev {
	case "not", "wasn't", "weren't", "isn't", "aren't", "never", "more", "less", "very", "how",
		"anything", "nothing", "something", "everything":
		return // "the alert wasn't clearly tied to checkout", "nothing obviously wrong"
	}
	judged := judgeAfter(d, next) || obviousFix(d, a, i)
	switch {
	case judged:
	case pastCopulas[prev] && a == i && !isParticiple(d.toks[next].word):
		// "The warning signs were plainly there", but not "was clearly set
		// to 5 seconds" (a fact about the config) nor "was of course paged"
		// (only a discourse marker).
	case d.toks[a].clause && (d.toks[i].comma || subjectStarts[d.toks[next].word] ||
		c.isName(&d.toks[next])) && clauseJudged(d, next):
		// "Clearly the pool was too small", "Evidently nobody had read it",
		// "Of course the rollback was the right call"; not "Clearly, the
		// dashboard showed the spike" nor "Clearly label each alert".
	default:
		return
	}
	f := c.finding(d, r, a, i+1)
	c.swap(d, &f, a, i+1, "")
	*out = append(*out, f)
}

// asideAdverb reports whether the adverb at a..i is an aside rather than a
// judgment, as real postmortems use it: in parentheses ("(obviously) not
// caught"), a trailing "of course," ("people make mistakes, of course,"),
// or an opening "Obviously," before a rule for the future ("Obviously,
// production should not be broken").
func asideAdverb(d *doc, a, i int) bool {
	if s, e := d.toks[a].start, d.toks[i].end; s > 0 && e < len(d.text) && d.text[s-1] == '(' && d.text[e] == ')' {
		return true
	}
	if d.toks[i].word == "course" && d.toks[i].comma && a > 0 && d.same(a-1, a) && d.toks[a-1].comma {
		return true
	}
	if !d.toks[i].comma {
		return false
	}
	end := min(clauseEnd(d, i+1), i+12)
	for k := i + 1; k < end; k++ {
		w := d.toks[k].word
		if w == "should" || w == "shouldn't" || w == "must" {
			n := d.tok(k + 1)
			if n == "not" || n == "never" {
				n = d.tok(k + 2)
			}
			return n == "be"
		}
		if judgeWords[w] {
			return false
		}
	}
	return false
}

// clauseJudged reports whether the clause from k holds a judgment word.
func clauseJudged(d *doc, k int) bool {
	end := min(clauseEnd(d, k), k+10)
	for ; k < end; k++ {
		if judgeWords[d.toks[k].word] {
			return true
		}
	}
	return false
}

// punishTail describes what must follow a punitive trigger: "held
// accountable", "put on a PIP", "taken off on-call".
var punishTail = map[string]string{
	"lose": "access", "loses": "access",
	"suspended": "", "demoted": "", "disciplined": "", "benched": "", "sacked": "",
	"held": "accountable", "put": "pip",
	"taken": "rota", "pulled": "rota", "removed": "rota", "kicked": "rota", "booted": "rota",
}

func punitiveTriggers() []string {
	out := make([]string, 0, len(punishTail))
	for w := range punishTail {
		out = append(out, w)
	}
	return out
}

// modalChain words lead up to a demand: "should", "needs to", "must be".
var modalChain = set("should", "must", "will", "needs", "need", "ought", "has", "have",
	"deserves", "deserve", "going", "gonna", "to", "probably", "definitely", "really",
	"absolutely", "honestly", "just", "at", "least", "immediately", "'ll", "shall")

// demandWords are the modals in a chain that make it a demand.
// "Will" predicts rather than demands: "Dana will lose access when the
// contract ends".
var demandWords = set("should", "must", "needs", "need", "ought", "deserves", "deserve")

// lostAccess ends "should lose production access" and its kin.
var lostAccess = set("access", "privileges", "privilege", "permissions", "permission",
	"rights", "keys", "pager", "job", "bonus", "login", "credentials")

// accessMods may sit between "lose" and the access it loses.
var accessMods = set("his", "her", "their", "the", "all", "any", "production", "prod",
	"deploy", "deployment", "admin", "write", "merge", "commit", "root", "sudo", "push", "ssh",
	"on-call", "console", "aws", "database", "db")

// rotaWords end "taken off on-call" and "removed from the rotation".
var rotaWords = set("on-call", "oncall", "rotation", "rota", "pager", "production", "prod",
	"deploys", "deployments", "duty")

// detectPunitiveConsequence flags a demand that a person be punished:
// "Bob should lose production access", "the intern should be taken off
// on-call", "Priya should be put on a PIP".
func detectPunitiveConsequence(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	w := d.toks[i].word
	end := i + 1
	switch punishTail[w] {
	case "access":
		k := i + 1
		for n := 0; n < 3 && d.same(i, k) && accessMods[d.toks[k].word]; n++ {
			k++
		}
		if !d.same(i, k) || !lostAccess[d.toks[k].word] {
			return
		}
		end = k + 1
	case "accountable":
		k := i + 1
		if d.tok(k) == "personally" {
			k++
		}
		if !d.same(i, k) || d.toks[k].word != "accountable" && d.toks[k].word != "responsible" {
			return
		}
		end = k + 1
	case "pip":
		k := i + 1
		if d.tok(k) != "on" {
			return
		}
		k++
		if d.tok(k) == "a" {
			k++
		}
		switch d.tok(k) {
		case "pip", "probation", "notice", "performance":
		default:
			return
		}
		if !d.same(i, k) {
			return
		}
		end = k + 1
	case "rota":
		k := i + 1
		if d.tok(k) != "off" && d.tok(k) != "from" {
			return
		}
		k++
		if npStart[d.tok(k)] {
			k++
		}
		if !d.same(i, k) || !rotaWords[d.toks[k].word] {
			return
		}
		end = k + 1
		if d.tok(end) == "rotation" && d.same(i, end) {
			end++
		}
	}
	j := i - 1
	if punishTail[w] != "access" {
		// A passive punishment: "be suspended", "get taken off on-call".
		if j < 0 || !d.same(j, i) || d.toks[j].word != "be" && d.toks[j].word != "get" {
			return
		}
		j--
	}
	demand := false
	for j >= 0 && d.same(j, i) && modalChain[d.toks[j].word] && !d.toks[j+1].clause {
		demand = demand || demandWords[d.toks[j].word] || willPunish(d, j, w)
		j--
	}
	if !demand || j < 0 || !d.same(j, i) || d.toks[j+1].clause || d.toks[j].comma {
		return
	}
	start, kind := c.personEndingAt(d, j)
	switch kind {
	case namedPerson, rolePerson:
	case weakPerson:
		// Only people are held accountable or put on a PIP; an account or a
		// service can be suspended or lose access.
		if t := punishTail[w]; t != "accountable" && t != "pip" && w != "demoted" &&
			w != "disciplined" && w != "sacked" {
			return
		}
	default:
		return
	}
	*out = append(*out, c.finding(d, r, start, end))
}

// riskyVerbs are past actions that a missing safeguard makes risky.
var riskyVerbs = set("merged", "deployed", "ran", "pushed", "force-pushed", "applied",
	"restarted", "rebooted", "dropped", "deleted", "truncated", "shipped", "released", "promoted",
	"rolled", "executed", "migrated", "changed", "edited", "modified", "updated", "upgraded",
	"disabled", "enabled", "flipped", "toggled", "removed", "purged", "wiped", "killed",
	"committed", "launched", "scaled", "resized", "overwrote", "bypassed", "approved", "altered",
	"reverted", "patched", "reconfigured", "rotated", "terminated", "started", "stopped")

// safeguardMods may come between "without" and the safeguard it omits.
var safeguardMods = set("a", "an", "any", "the", "proper", "second", "peer", "code", "prior",
	"formal", "adequate", "enough", "further", "additional", "manual", "real", "another", "much",
	"his", "her", "their", "first", "full", "fresh", "recent", "written", "explicit")

// safeguards are what a risky change should not go without.
var safeguards = set("review", "reviews", "reviewer", "reviewers", "reviewing", "approval",
	"approvals", "approver", "sign-off", "signoff", "testing", "tests", "test", "checking",
	"backup", "backups", "snapshot", "dry-run", "canary", "rehearsal", "lgtm", "waiting",
	"asking", "telling", "notifying", "consulting", "verifying", "validating", "confirming",
	"backing", "announcing", "coordinating", "permission", "authorization", "authorisation")

// guardTools are run before a risky change to catch what it would break.
var guardTools = set("checker", "checkers", "linter", "linters", "validator", "validators",
	"tests", "test", "dry-run", "preflight", "pre-flight", "canary", "checklist", "diff", "plan")

// prodWords after "against" name the live system.
var prodWords = set("production", "prod", "prd", "live", "primary")

// juniorWords mark a role as junior: pointing at the intern or the new hire
// invites blame that "the on-call" does not.
var juniorWords = set("intern", "interns", "hire", "hires", "junior", "juniors", "newbie",
	"newbies", "trainee", "trainees", "new", "newcomer", "newcomers", "rookie", "apprentice",
	"graduate", "grad", "student", "students")

// detectUnsafeAction flags a person as the subject of a risky action with a
// safeguard left out: "Bob merged the change without review", "the intern
// ran a DELETE against production".
func detectUnsafeAction(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if w := d.toks[i].word; w == "production" || w == "prod" {
		if a, b := c.juniorWiped(d, i); a >= 0 {
			*out = append(*out, c.finding(d, r, a, b))
		}
		return
	}
	k := i + 1
	junior := d.toks[i].word == "against"
	if junior {
		if npStart[d.tok(k)] {
			k++
		}
		if !d.same(i, k) || !prodWords[d.toks[k].word] {
			return
		}
	} else {
		for n := 0; n < 3 && d.same(i, k) && safeguardMods[d.toks[k].word]; n++ {
			k++
		}
		viaTool := false
		if t := d.tok(k); (t == "running" || t == "using") && d.same(i, k+2) {
			// "without running the checker", "without using the dry-run flag"
			g := k + 1
			if npStart[d.tok(g)] {
				g++
			}
			if guardTools[d.tok(g)] && d.same(i, g) {
				k, viaTool = g, true
			}
		}
		if !d.same(i, k) || !safeguards[d.toks[k].word] && !viaTool {
			return
		}
	}
	end := k + 1
	for v := i - 1; v >= 0 && v >= i-10 && d.same(v, i); v-- {
		if d.toks[v].comma {
			return
		}
		if riskyVerbs[d.toks[v].word] {
			j := subjectBefore(d, v)
			if j < 0 {
				return
			}
			start, kind := c.personEndingAt(d, j)
			if kind != namedPerson && kind != rolePerson || junior && !juniorSpan(d, start, j) {
				return
			}
			*out = append(*out, c.finding(d, r, start, end))
			return
		}
		if d.toks[v].clause {
			return
		}
	}
}

// juniorSpan reports whether tokens [a, b] name a junior role.
func juniorSpan(d *doc, a, b int) bool {
	for k := a; k <= b; k++ {
		if juniorWords[d.toks[k].word] {
			return true
		}
	}
	return false
}
