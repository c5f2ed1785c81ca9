package phrasing

import "strings"

// Another party judged by its word against what happened: "the provider
// promised a two-minute window, but it took hours", "the host assured us
// the disks were fine, yet the array failed", "there was far more damage
// than they had let on". The sentence sets a party's promise or account
// beside an outcome that broke it, which blames the party for the gap
// instead of saying what the outcome was. The writer's own plan overrun
// ("the migration took longer than we planned"), a promise kept, a
// promise with no outcome after it and a system's estimate ("the
// installer promised five minutes") are accounts.

func init() {
	detectorNames["word-broken"] = true
	detectors["word-broken"] = detector{triggers: promiseTriggers(), run: detectWordBroken}
}

// overrunWords after the contrast say the outcome broke the word: "but it
// took far longer", "yet it never came".
var overrunWords = set("longer", "later", "worse", "slower", "more", "less", "fewer", "never",
	"didn't", "not", "failed", "wasn't", "weren't", "instead", "bigger", "larger", "took", "lasted",
	"cost", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "down", "dark",
	"offline", "lost")

// understatedBy after "than ... originally" name a party's account that
// understated the outcome: "more damage than originally let on".
var understatedBy = set("let", "claimed", "promised", "advertised", "admitted", "disclosed")

// partyNouns are parties whose word a postmortem may weigh.
var partyNouns = set("provider", "providers", "vendor", "vendors", "host", "hosting", "company",
	"supplier", "suppliers", "partner", "partners", "contractor", "contractors", "isp", "carrier",
	"datacenter", "datacentre", "support", "staff", "sales", "they", "he", "she", "operator",
	"colo", "colocation", "registrar", "landlord", "utility", "reseller", "seller", "agency",
	"consultant", "consultants", "consultancy", "firm", "upstream")

func promiseTriggers() []string {
	return []string{"promised", "assured", "guaranteed", "pledged", "swore", "insisted",
		"originally", "initially"}
}

func detectWordBroken(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.toks[i].quoted || questionSentence(d, i) || d.sentOf(i).question {
		return
	}
	var a, b int
	if w := d.toks[i].word; w == "originally" || w == "initially" {
		a, b = understated(d, i)
	} else {
		a, b = c.promiseBroken(d, i)
	}
	if a < 0 {
		return
	}
	*out = append(*out, c.finding(d, r, a, b))
}

// promiseBroken reads a party's promise at i and an outcome that broke it
// after "but", "yet" or "however" in the same sentence. It returns the
// span from the party to the promise verb, or -1.
func (c *Checker) promiseBroken(d *doc, i int) (int, int) {
	j := subjectBefore(d, i)
	if j < 0 && i > 0 && d.same(i-1, i) && strings.HasSuffix(strings.TrimSpace(d.text[d.toks[i-1].end:d.toks[i].start]), ")") {
		j = i - 1 // "Amazon Web Services (AWS) promised"
	}
	if t := d.tok(j); j >= 0 && (t == "had" || t == "has" || t == "have") {
		j = subjectBefore(d, j)
	}
	s := c.partyEndingAt(d, j)
	if s < 0 {
		return -1, -1
	}
	last := d.sentOf(i).last
	for k := i + 1; k < last && k < i+maxClause; k++ {
		switch d.tok(k) {
		case "but", "yet", "however", "instead":
		default:
			continue
		}
		// "promised it would take but two minutes, but it ran longer":
		// a contrast with no overrun after it may be "but" meaning only.
		for e := k + 1; e < last && e < k+10; e++ {
			if overrunWords[d.tok(e)] {
				return s, i + 1
			}
		}
	}
	return -1, -1
}

// partyEndingAt returns where another party ending at j starts: a role,
// a party noun, a pronoun for people, or a capitalised name; -1 for the
// writer, the team or a thing.
func (c *Checker) partyEndingAt(d *doc, j int) int {
	if j < 0 {
		return -1
	}
	t := &d.toks[j]
	if partyNouns[t.word] {
		s := j
		for s > j-3 && s > 0 && d.same(s-1, j) && !d.toks[s-1].comma && !d.toks[s].clause &&
			(npStart[d.tok(s-1)] || possessive(d.tok(s-1)) || d.toks[s-1].cap || d.tok(s-1) == "hosting") {
			s--
		}
		return s
	}
	if t.cap && !selfPronouns[t.word] && !npStart[t.word] && !subjectStarts[t.word] && t.word != "it" {
		// Only people and organisations promise, so a capitalised name
		// counts even at the sentence start: "AWS promised".
		return j
	}
	start, kind := c.personEndingAt(d, j)
	switch kind {
	case rolePerson, namedPerson, weakPerson:
		// Only people and organisations promise, so an unknown capitalised
		// name counts: "AWS promised a short window".
		return start
	}
	return -1
}

// understated reads "more damage than originally let on", "fewer spare
// parts than initially claimed": an outcome past what a party said.
func understated(d *doc, i int) (int, int) {
	if !d.same(i, i+1) || !understatedBy[d.tok(i+1)] || d.tok(i+1) == "let" && d.tok(i+2) != "on" {
		return -1, -1
	}
	th := i - 1
	for th > i-5 && th >= 0 && d.same(th, i) && d.tok(th) != "than" {
		if w := d.tok(th); w == "we" || w == "i" || w == "our" || d.toks[th].comma {
			return -1, -1 // "than we originally claimed": the writer's own account
		}
		th--
	}
	if d.tok(th) != "than" || !d.same(th, i) {
		return -1, -1
	}
	a := th
	for k := th - 1; k >= th-8 && d.same(k, i); k-- {
		switch d.tok(k) {
		case "more", "less", "fewer", "worse", "longer", "bigger", "larger", "further", "later":
			a = k
		}
		if d.toks[k].comma {
			break
		}
	}
	if a == th {
		return -1, -1
	}
	e := i + 2
	if d.tok(i+1) == "let" {
		e++
	}
	return a, e
}
