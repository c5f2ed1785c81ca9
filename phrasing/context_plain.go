package phrasing

import (
	"strings"
	"unicode"
)

// Words in their plain sense in ordinary technical prose (changelogs,
// READMEs, guides) and in postmortems alike: a conduct adjective on a
// thing ("close dumb terminals", "fix this stupid leak"), "if only" that
// restricts rather than wishes ("if only the headers are downloaded"),
// "merely" that describes rather than belittles an effort ("this is merely
// a copy of ..."), "more closely" meaning more alike, and legal text in
// capitals. Each check reads a few tokens around the finding.

// labelAdjectives are conduct labels that are adjectives, and so may be
// said of a thing as readily as of a person's act.
var labelAdjectives = set("overzealous", "over-zealous", "dumb", "naive", "reckless",
	"complacent", "careless", "short-sighted", "shortsighted", "stupid", "clueless", "lazy",
	"inattentive", "thoughtless", "unprofessional", "unwise", "botched", "sloppy", "silly",
	"foolish", "idiotic", "incompetent", "negligent", "inexcusable", "inexperienced",
	"irresponsible", "lousy", "shoddy", "amateurish", "hasty", "rushed", "bad", "poor")

// actNouns after a conduct adjective make it judge a person or their act:
// "a silly mistake", "a rookie move", "inexperienced managers", "a botched
// deploy".
var actNouns = set("mistake", "mistakes", "error", "errors", "decision", "decisions", "move",
	"moves", "idea", "ideas", "choice", "choices", "call", "calls", "oversight", "assumption",
	"assumptions", "behavior", "behaviour", "approach", "attitude", "handling", "response",
	"management", "manager", "managers", "work", "job", "deploy", "deploys", "deployment",
	"deployments", "change", "changes", "push", "merge", "rollout", "release", "releases", "fix",
	"fixes", "migration", "commit", "commits", "config", "configuration", "typo", "question",
	"questions", "engineer", "engineers", "developer", "developers", "person", "people", "team",
	"teams", "admin", "admins", "operator", "operators", "intern", "interns", "user", "users",
	"guy", "guys", "employee", "employees", "staff", "coworker", "coworkers", "colleague",
	"colleagues", "reviewer", "reviewers", "review", "reviews", "programmer", "programmers",
	"coder", "coders", "lead", "leads", "leadership", "plan", "planning", "practice",
	"practices", "attempt", "attempts", "action", "actions", "act", "conduct", "way", "ways",
	"thing", "things", "backport", "upgrade", "restore", "patch", "patches", "execution",
	"judgment", "judgement", "communication", "process", "oversights", "copy", "copies", "habit",
	"habits", "use", "usage", "command", "commands", "script", "scripts", "query", "queries",
	"code", "pr", "prs", "pull", "diff", "diffs", "rollback", "runbook", "docs", "documentation",
	"write-up", "estimate", "estimates", "design", "handoff", "test", "tests", "work-around")

// thingLabelled reports whether the conduct adjective at k, the whole of
// finding f, is said of a thing named right after it ("remove
// unprofessional slang", "close dumb terminals") or is a value in code
// ("TERM=dumb").
func (c *Checker) thingLabelled(d *doc, k int, f *Finding) bool {
	t := &d.toks[k]
	if !labelAdjectives[t.word] || f.Offset != t.start || f.Length != t.end-t.start {
		return false
	}
	if t.start > 0 && d.text[t.start-1] == '=' {
		return true // "TERM=dumb": a setting's value
	}
	n := k + 1
	if !d.same(k, n) || t.comma || functionWords[d.toks[n].word] || c.personStartingAt(d, n) >= 0 {
		return false
	}
	for j := n; j < n+2 && d.same(k, j); j++ {
		if w := d.toks[j].word; actNouns[w] || actNouns[w+"s"] || isGerund(w) {
			// "reckless working habits", "sloppy coding": an activity.
			return false
		}
		if d.toks[j].comma {
			break
		}
	}
	return true
}

// functionWords after an adjective show it is not before a noun: "it was
// dumb and", "unwise to send".
var functionWords = set("and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by",
	"as", "that", "which", "who", "if", "when", "than", "then", "so", "because", "enough", "not",
	"is", "was", "are", "were", "be", "been", "down", "up", "out", "off", "about", "from", "it",
	"this", "these", "those", "the", "a", "an")

// capsBoilerplate reports whether the token at k sits in a run of words in
// capitals, as licence disclaimers are written ("INCLUDING NEGLIGENCE OR
// OTHERWISE"): boilerplate, not anyone's account.
func capsBoilerplate(d *doc, k int) bool {
	caps := 0
	for j := max(0, k-4); j <= k+4 && j < len(d.toks); j++ {
		w := d.text[d.toks[j].start:d.toks[j].end]
		if len(w) > 1 && allUpper(w) {
			caps++
		}
	}
	return caps >= 6
}

// allUpper reports whether every letter of w is upper case.
func allUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// ifOnlyPlain reports whether "if only" at k restricts ("if only the
// headers are downloaded", "even if only to pass the value on") rather
// than wishes ("if only we had waited", "if only someone'd checked"): a
// wish has a past perfect or a modal in the clause after it.
func ifOnlyPlain(d *doc, k int) bool {
	if d.tok(k-1) == "even" && d.same(k-1, k) {
		return true
	}
	for j := k + 2; j < k+9 && d.same(k, j); j++ {
		w := d.toks[j].word
		switch w {
		case "had", "hadn't", "were", "would", "could", "knew", "did", "didn't", "wasn't", "weren't":
			return false
		}
		if len(w) > 2 && w[len(w)-2:] == "'d" {
			return false
		}
		// A past form after a determiner is a noun: "in a set", "the cut".
		if (isParticiple(w) || irregularPast[w] != "") && !beForms[d.tok(j-1)] && d.tok(j-1) != "be" &&
			d.tok(j-1) != "gets" && !determiners[d.tok(j-1)] {
			return false // "if only we tested the restore": a wish in the simple past
		}
		if d.toks[j].comma {
			break
		}
	}
	return true
}

// mereEffort after "merely" make it belittle an effort: "he merely had to
// press the button", "it merely took a restart".
var mereEffort = set("had", "needed", "need", "needs", "required", "requires", "require",
	"took", "takes", "take", "involved", "involves", "meant", "a", "one", "pressing", "clicking",
	"running", "restarting", "forgot", "forgetting", "missed", "missing")

// mereDescribes reports whether "merely" at k describes ("is merely a copy
// of the diff package", "what is merely in the module graph") rather than
// belittles an effort. "Merely a" belittles after a fix or a step ("the fix
// was merely a restart") and describes otherwise.
func mereDescribes(d *doc, k int) bool {
	if d.tok(k) != "merely" {
		return false
	}
	n := d.tok(k + 1)
	if d.same(k, k+1) && (isParticiple(n) || irregularPast[n] != "") && !beForms[d.tok(k-1)] {
		return false // "Kim merely restarted the pod": an act belittled
	}
	if !d.same(k, k+1) || !mereEffort[n] {
		return true
	}
	if n != "a" && n != "one" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && d.same(j, k); j-- {
		switch d.toks[j].word {
		case "fix", "solution", "remedy", "step", "change", "it", "cause", "mistake", "error", "problem":
			return false
		}
	}
	return true
}

// likeVerbs before "more closely" make it mean more alike: "parsing now
// aligns more closely with the spec".
var likeVerbs = set("align", "aligns", "aligned", "aligning", "match", "matches", "matched",
	"mirror", "mirrors", "mirrored", "resemble", "resembles", "resembled", "behave", "behaves",
	"behaved", "mimic", "mimics", "approximate", "approximates", "emulate", "emulates",
	"conform", "conforms", "correspond", "corresponds", "followed", "follows", "track", "tracks")

// closelyAlike reports whether the diligence finding f at k is "more
// closely" after a verb of likeness.
func closelyAlike(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e) != "closely" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && d.same(j, k); j-- {
		if likeVerbs[d.toks[j].word] {
			return true
		}
		if d.toks[j].clause {
			break
		}
	}
	return false
}

// orgNouns head a subject that is an organisation or a team as a body,
// whose present-tense "does not" states a policy: "the platform team does
// not run public mirrors".
var orgNouns = set("team", "teams", "company", "project", "org", "organisation",
	"organization", "foundation", "group", "department", "vendor", "provider")

// orgPolicy reports whether the failure finding f at k is an organisation's
// standing policy in the present tense ("the core team does not create
// builds for ...") rather than a failure in the incident ("the core team
// did not create the builds").
func orgPolicy(d *doc, k int, f *Finding) bool {
	end := f.Offset + f.Length
	for j := k; j+1 < len(d.toks) && d.toks[j].start < end && d.same(k, j+1); j++ {
		w := d.toks[j].word
		if w != "does" && w != "doesn't" && w != "do" && w != "don't" {
			continue
		}
		return j > k && orgNouns[d.toks[j-1].word]
	}
	return false
}

// unintended adverbs say an act was not meant: with the writer or the team
// as subject and a verb of causing, the sentence is an account of a
// mistake found ("we'd accidentally caused this with the migration"), not
// a judgement of anyone's conduct.
var unintended = set("accidentally", "inadvertently", "unintentionally", "unknowingly",
	"unwittingly")

// causedVerbs are verbs of causing an effect rather than doing an act.
var causedVerbs = set("caused", "introduced", "triggered", "created", "led", "resulted")

// mistakeFound reports whether the fault-adverb finding f at k is the
// writer's or the team's account of a mistake found.
func mistakeFound(d *doc, k int, f *Finding) bool {
	end := f.Offset + f.Length
	for j := k; j+1 < len(d.toks) && d.toks[j].start < end; j++ {
		if unintended[d.toks[j].word] {
			s := d.toks[k].word
			self := selfPronouns[s] && s != "you" || s == "we'd" || s == "i'd"
			return self && causedVerbs[d.tok(j+1)] && d.same(j, j+1)
		}
	}
	return false
}

// componentLabel reports whether finding f sits in a line that opens with
// a code component and a colon, as commit subjects and changelogs name
// what changed ("diff-filter: be more careful when ...", "t4058: add more
// tests", "doc/dc.1: be more careful in ..."): the change is the code's,
// and the label names it. A label of plain words ("Process: be more
// careful") names no component and the finding stands.
func componentLabel(d *doc, f *Finding) bool {
	s := d.text
	lo := f.Offset
	for n := 0; lo > 0 && s[lo-1] != '\n' && n < 80; n++ {
		lo--
	}
	if lo > 0 && s[lo-1] != '\n' {
		return false
	}
	line := strings.TrimLeft(s[lo:f.Offset], " \t*-+")
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > 48 {
		return false
	}
	label, rest := line[:colon], strings.Fields(line[colon+1:])
	if len(rest) > 1 {
		return false // the finding must open what follows the label
	}
	for _, w := range strings.Fields(label) {
		if codeWord(w) {
			return true
		}
	}
	return false
}

// codeWord reports whether w reads as a name in code: a path, a file, an
// option, an identifier with a digit, or a lower-case hyphenated name.
func codeWord(w string) bool {
	w = strings.Trim(w, "`*_,")
	if w == "" {
		return false
	}
	if strings.ContainsAny(w, "/._") || strings.HasPrefix(w, "--") {
		return true
	}
	digit, lower := false, w[0] >= 'a' && w[0] <= 'z'
	for i := 0; i < len(w); i++ {
		digit = digit || isDigit(w[i])
	}
	return digit && lower || lower && strings.Contains(w, "-") && !roleLike[w]
}

// roleLike hyphenated words name people or work, not code.
var roleLike = set("on-call", "oncall", "on-duty", "follow-up", "follow-ups", "post-mortem",
	"co-worker", "sign-off", "hand-off", "hand-over")
