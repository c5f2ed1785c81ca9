package phrasing

// Capability versus counterfactual. "Could have" judges a person when it
// names a step they did not take ("we could have staged the rollout"); it
// says what was possible, and judges no one, when it is an attacker's or a
// system's capability ("the attacker could have read the keys", "the
// missing check could have allowed anyone to post") or the options open at
// the time ("there were different paths we could have taken:"). Each check
// reads a bounded window around the modal.

// consequenceVerbs after "could have" give what a flaw made possible:
// "could have allowed", "could have exposed".
var consequenceVerbs = set("allowed", "permitted", "enabled", "exposed", "leaked", "let",
	"led", "resulted", "caused", "triggered", "affected", "impacted", "compromised",
	"corrupted", "granted", "meant", "given", "opened", "revealed", "disclosed")

// adversaries are the actors whose capability a security write-up states.
var adversaries = set("attacker", "attackers", "adversary", "adversaries", "hacker",
	"hackers", "intruder", "intruders", "malicious", "phisher", "phishers", "scammer",
	"scammers", "thief", "thieves", "exploit", "exploiter", "exploiters", "bot", "bots",
	"actor", "actors", "impersonator", "spammer", "spammers")

// optionNouns name the paths open at the time: "different pathways ...
// that we could have taken".
var optionNouns = set("options", "pathways", "paths", "approaches", "routes", "choices",
	"alternatives", "strategies", "courses", "ways", "directions")

// optionKinds before an option noun say several were open.
var optionKinds = set("different", "alternative", "various", "possible", "other", "two",
	"three", "four", "several", "many", "multiple", "few", "number")

// capabilityContext reports whether the "could have" finding f at token k
// states a capability or the options open rather than a person's missed
// step.
func capabilityContext(d *doc, k int, f *Finding) bool {
	m := -1
	for j := k; j < len(d.toks) && d.toks[j].start < f.Offset+f.Length; j++ {
		switch d.toks[j].word {
		case "could", "could've", "might", "coulda":
			m = j
		case "should", "should've":
			if deliveryVerbs[d.tok(j+2)] && d.tok(j+1) == "have" {
				return true // "you should have received a copy of the licence"
			}
		}
	}
	if m < 0 {
		return inactionImagined(d, k, f)
	}
	v := m + 1
	for v < len(d.toks) && v < m+4 && d.same(m, v) && (d.toks[v].word == "have" ||
		d.toks[v].word == "'ve" || d.toks[v].word == "potentially" || d.toks[v].word == "also") {
		v++
	}
	if consequenceVerbs[d.tok(v)] && d.same(m, v) {
		return true
	}
	return adversarySubject(d, k, m) || optionsOpen(d, m)
}

// adversarySubject reports whether the subject before the modal at m is an
// attacker, or "they" or "he" with an attacker named in this sentence or
// the one before: "since the attacker sat in between, they could have
// captured the code".
func adversarySubject(d *doc, k, m int) bool {
	s := k
	if s == m {
		if s = subjectBefore(d, m); s < 0 {
			return false
		}
	}
	switch d.toks[s].word {
	case "they", "he", "she", "it", "someone", "somebody", "anyone", "anybody":
	default:
		return adversaries[d.toks[s].word] || s > 0 && adversaries[d.toks[s-1].word]
	}
	first := d.sentOf(s).first
	if d.toks[s].sent > 0 {
		first = d.sents[d.toks[s].sent-1].first
	}
	for j := s - 1; j >= first && j >= s-40; j-- {
		if adversaries[d.toks[j].word] {
			return true
		}
	}
	return false
}

// optionsOpen reports whether the modal at m sits in a clause about the
// options open at the time: an option noun before it in its sentence, with
// a word saying several were open or a colon before the list of them.
func optionsOpen(d *doc, m int) bool {
	sent := d.sentOf(m)
	for j := m - 1; j >= sent.first && j >= m-12; j-- {
		if !optionNouns[d.toks[j].word] {
			continue
		}
		if optionKinds[d.tok(j-1)] && d.same(j-1, j) {
			return true
		}
		e := sent.last - 1
		return e >= 0 && d.toks[e].end < len(d.text) && d.text[d.toks[e].end] == ':'
	}
	// The options as the object: "we could have taken several routes",
	// "we could have gone one of three ways: ...". "We could have taken the
	// safer route" weighs one and stays.
	for j := m + 2; j < sent.last && j <= m+8 && d.same(m, j); j++ {
		if optionNouns[d.toks[j].word] {
			for i := j - 1; i > m+1 && i >= j-3; i-- {
				if optionKinds[d.toks[i].word] {
					return true
				}
			}
			return false
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// inactionImagined reports whether an inverted "had" counterfactual
// imagines doing nothing, the path the writer did not take: "Had I said
// nothing, I would have been found out" praises what was done.
func inactionImagined(d *doc, k int, f *Finding) bool {
	if d.tok(k) != "had" {
		return false
	}
	e := tokenAt(d, f.Offset+f.Length)
	switch d.tok(e) {
	case "nothing", "anything":
		return d.same(k, e)
	}
	return false
}

// deliveryVerbs after "should have" state what one can expect to hold,
// not a missed step: "you should have received a copy of the licence".
var deliveryVerbs = set("received", "arrived", "gotten")
