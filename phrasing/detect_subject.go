package phrasing

// Who did it, read more carefully for the new shapes: a role qualified by
// a phrase ("the team behind the bridge"), a person inside the subject's
// phrase ("a failure in the DNS provider"), a person made to act by the
// system ("made the operator put ..."), work graded by how it was done
// ("very poorly designed by Jacob", "the error was made by"), a guard
// stepped around ("overrode the safety check"), and an obvious fix.

// badManner adverbs grade how a thing was made: "very poorly designed by
// Jacob" judges Jacob as "dropped by the intern" does.
var badManner = set("poorly", "badly", "carelessly", "sloppily", "hastily", "incorrectly",
	"wrongly", "improperly", "negligently", "lazily", "shoddily", "haphazardly", "recklessly")

// badlyDone reports whether the participle at v is graded by a bad manner
// adverb just before it: "was very poorly designed".
func badlyDone(d *doc, v int) bool {
	return isParticiple(d.toks[v].word) && d.same(v-1, v) && badManner[d.tok(v-1)]
}

// remedyGerunds after an opening "obviously" name a fix as if anyone would
// have made it: "obviously adding the init check".
var remedyGerunds = set("adding", "checking", "validating", "verifying", "testing", "using",
	"reviewing", "putting", "requiring", "enforcing", "limiting", "restricting", "pinning",
	"locking", "guarding", "rejecting", "preventing", "fixing", "calling", "setting", "having",
	"disabling", "removing", "sanitizing", "sanitising", "escaping", "initializing", "initialising")

// obviousFix reports whether "obviously" opens a clause and a fix follows:
// hindsight that makes the fix look like it was plain to see.
func obviousFix(d *doc, a, i int) bool {
	return d.toks[i].word == "obviously" && a == i && d.toks[i].clause && !d.toks[i].comma &&
		d.same(i, i+1) && remedyGerunds[d.tok(i+1)]
}

// rolePreps join a role to what it works on: "the team behind the bridge",
// "the developers of the library".
var rolePreps = set("behind", "at", "of", "from", "on", "for")

// roleBeforePP returns the start of a role that opens the clause and is
// qualified by a short phrase ending at j ("the team behind the bridge",
// "the developers of the library"), or -1.
func (c *Checker) roleBeforePP(d *doc, j int) int {
	for p := j - 1; p >= max(1, j-4) && d.same(p, j); p-- {
		if d.toks[p].comma || d.toks[p+1].clause {
			return -1
		}
		if !rolePreps[d.toks[p].word] {
			continue
		}
		s, kind := c.roleEndingAt(d, p-1)
		if kind == notPerson || !d.same(s, j) || d.toks[p-1].comma {
			return -1
		}
		if s == d.sentOf(j).first || d.toks[s].clause || sentenceStart(d, s) {
			return s
		}
		return -1
	}
	return -1
}

// peopleWork is work whose speed is the people's: "our response was too
// slow" judges them as "we were too slow" does; "the query was too slow"
// is the system's.
var peopleWork = set("response", "reaction", "escalation", "triage", "investigation",
	"communication", "acknowledgement", "acknowledgment", "follow-up", "followup", "handoff",
	"handover", "decision", "decision-making")

// faultMade reports "the error was made by", "the typo was made by": a
// fault whose agent the passive names.
func faultMade(d *doc, v int) bool {
	if d.toks[v].word != "made" && d.toks[v].word != "introduced" {
		return false
	}
	for h := v - 2; h >= max(0, v-4) && d.same(h, v); h-- {
		if ownFailWords[d.toks[h].word] || personFaults[d.toks[h].word] {
			return true
		}
	}
	return false
}

// placePreps put a person after the subject's head: "a failure in the DNS
// provider", "the engineers at the vendor". "By" is left out: "a change by
// Bob broke checkout" names Bob as the author.
var placePreps = set("in", "at", "on", "within", "inside", "with", "for", "to", "into", "under",
	"across", "among", "between")

// objectOfPlace reports whether the person starting at s is the object of
// a preposition inside the subject, rather than the subject.
func objectOfPlace(d *doc, s int) bool {
	if s <= 0 || !d.same(s-1, s) || d.toks[s].clause || d.toks[s-1].clause {
		return false
	}
	if w := d.toks[s-1].word; w == "from" {
		// "back pressure from the provider caused": what came from them;
		// "a change from the vendor caused" is their work.
		return s < 2 || !teamWork[d.tok(s-2)] && !d.toks[s-2].comma
	}
	return placePreps[d.toks[s-1].word]
}

// willPunish reports whether "will" at j predicts a punishment that is
// always a judgement of the person: "the developer involved will be held
// accountable". "Dana will lose access when the contract ends" is a fact.
func willPunish(d *doc, j int, w string) bool {
	if d.toks[j].word != "will" && d.toks[j].word != "'ll" {
		return false
	}
	switch w {
	case "held", "put", "disciplined", "demoted", "sacked", "suspended":
		return true
	}
	return false
}

// causatives before a person make them the object of what the system did:
// "the alert made the operator put the focus in the wrong place".
var causatives = set("made", "make", "makes", "let", "lets", "had", "caused", "forced", "led",
	"got", "helped", "pushed", "drove", "sent", "left")

// causedBy reports whether a causative verb comes just before the person
// starting at s.
func causedBy(d *doc, s int) bool {
	return s > 0 && d.same(s-1, s) && causatives[d.toks[s-1].word]
}

// guardVerbs judge only when their object is a guard or a signal: "Bob
// overrode the safety check", "the engineer dismissed the warning".
var guardVerbs = set("overrode", "bypassed", "circumvented", "dismissed")

// guardNouns are guards and signals a person may step around or wave off.
var guardNouns = set("check", "checks", "safety", "safeguard", "safeguards", "guard", "guards",
	"canary", "review", "reviews", "approval", "approvals", "lock", "protection", "protections",
	"ci", "tests", "test", "warning", "warnings", "alert", "alerts", "page", "pages", "concern",
	"concerns", "report", "reports", "finding", "findings", "gate", "gates", "policy", "limit",
	"limits", "validation", "confirmation", "prompt", "freeze")

// guardObject reports whether a guard noun heads the object after the verb
// at i, within a few words.
func guardObject(d *doc, i int) bool {
	for e := i + 1; e < i+5 && d.same(i, e); e++ {
		if guardNouns[d.toks[e].word] {
			return true
		}
		if d.toks[e].comma || npStop[d.toks[e].word] {
			return false
		}
	}
	return false
}

// subjectOf returns the person who is the subject of the verb at v, as
// personEndingAt grades it, with the subject's last token; (-1, notPerson,
// -1) when the verb opens its clause.
func (c *Checker) subjectOf(d *doc, v int) (start int, kind personKind, last int) {
	s := subjectBefore(d, v)
	if s < 0 {
		return -1, notPerson, -1
	}
	start, kind = c.personEndingAt(d, s)
	return start, kind, s
}

// isSomeone reports whether kind is a person who can be judged: the
// writer, the team, a role or a name.
func isSomeone(kind personKind) bool {
	return kind == selfPerson || kind == namedPerson || kind == rolePerson
}

// possessorPlaced reports whether the possessor at p ("provider's" in "at
// our hosting provider's data centre") is the object of a place
// preposition, so what it owns is a place and not the subject's work.
func possessorPlaced(d *doc, p int) bool {
	for q := p; q >= max(1, p-3) && d.same(q-1, p); q-- {
		if objectOfPlace(d, q) {
			return true
		}
		if d.toks[q].clause || d.toks[q-1].comma {
			return false
		}
	}
	return false
}
