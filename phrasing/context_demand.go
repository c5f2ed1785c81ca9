package phrasing

import "strings"

// Asked versus told. A call for more care ("test more thoroughly", "take
// extra care", "put more effort into reviews"), a vague action or a
// wished-for area is blameful framing because it asks people to try harder
// instead of naming a change. The same words in an account of what was
// done ask nothing: "we went through the logs more carefully and found the
// loop", "looking more closely at the graph, ...", "it took extra effort to
// restore the shards", "more logging helped us find the leak". So these
// rules keep a finding where its clause asks: a modal or a need ("we will
// test more thoroughly"), or an imperative with no subject ("More carefully
// test ...", "Take extra care ..."). A clause whose verb is in the past or
// is a participle adjunct, and that holds nothing asked, is told. A passive
// miss with its reason ("..., since the change was behind a flag") is an
// account too; the same reading for a person as subject is not carried
// over, because the measured sets label those blameful.

// askingWords in a clause make it ask for something.
var askingWords = set("should", "must", "need", "needs", "needed", "will", "'ll", "shall", "ought",
	"let's", "please", "always", "try", "going", "forward", "future", "next", "lesson",
	"lessons", "shouldn't", "mustn't", "won't", "can", "could", "would", "have", "has", "got")

// toldNotAsked reports whether the diligence or vague-action finding f at
// token k stands in a clause that tells what was done rather than asking
// for it. Only the
// comparative forms ("more carefully", "extra effort") are read; "closely
// enough" grades and stays.
func toldNotAsked(d *doc, k int, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	if d.tok(e) == "enough" {
		return false
	}
	told := false
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		w := d.toks[j].word
		if askingWords[w] {
			return false
		}
		if !told && (irregularPast[w] != "" || isParticiple(w) && subjectBefore(d, j) >= 0) {
			told = true // "we inspected the headers more thoroughly", "it took extra effort"
		}
		if d.toks[j].clause {
			if isGerund(w) && (j == k-1 || pastAfter(d, e)) {
				told = true // "Looking more closely at the graph, ...", "Comparing ... showed"
			}
			break
		}
	}
	if !told {
		return false
	}
	// "Testing more carefully would have caught it": the ask comes after.
	for j := e + 1; j < len(d.toks) && j <= e+ctxWindow && d.same(e, j); j++ {
		if w := d.toks[j].word; askingWords[w] || w == "needed" || w == "required" {
			return false
		}
	}
	return true
}

// pastAfter reports whether a verb in the past follows token e in its
// clause: the predicate of a gerund subject, "Comparing the dumps more
// closely showed a missing index".
func pastAfter(d *doc, e int) bool {
	for j := e + 1; j < len(d.toks) && j <= e+ctxWindow && d.same(e, j); j++ {
		if irregularPast[d.toks[j].word] != "" || isParticiple(d.toks[j].word) {
			p := d.tok(j - 1)
			return p != "be" && p != "being" && p != "to" // not "to be notified"
		}
		if d.toks[j].comma {
			return false
		}
	}
	return false
}

// actionNamed reports whether the clause of a vague action goes on to name
// how it is done or where it is written: "monitoring will be improved by
// adding disk alerts to every host", "follow the process in
// docs/release.md". "Monitoring should be improved" and "follow the
// process" name neither.
func actionNamed(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	for j := e + 1; j < len(d.toks) && j <= e+ctxWindow && d.same(e, j); j++ {
		w := d.toks[j].word
		if w == "by" && d.same(j, j+1) && isGerund(d.tok(j+1)) {
			return true
		}
		if (w == "in" || w == "at" || w == "under") && d.same(j, j+1) && pathLike(d, j+1) {
			return true
		}
		if d.toks[j].comma {
			break
		}
	}
	return false
}

// pathLike reports whether the text from token j up to the next space is a
// file path: "docs/release.md", "runbooks/failover".
func pathLike(d *doc, j int) bool {
	s := d.toks[j].start
	e := s
	for e < len(d.text) && d.text[e] != ' ' && d.text[e] != '\n' && e-s < 200 {
		e++
	}
	w := strings.TrimRight(d.text[s:e], ".,;:)")
	return strings.Contains(w, "/") || strings.HasSuffix(w, ".md") || strings.HasSuffix(w, ".txt")
}

// hazardAfter reports whether a plain "be careful" at the end of f is
// followed by a colon and the hazard: "Be careful: the script deletes the
// bucket".
func hazardAfter(d *doc, f *Finding) bool {
	e := tokenAt(d, f.Offset+f.Length-1)
	w := d.tok(e)
	if w != "careful" && w != "cautious" || e+3 >= len(d.toks) || !d.same(e, e+3) {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(d.text[d.toks[e].end:d.toks[e+1].start], " *_"), ":")
}

// missReasoned reports whether the clause after a passive miss, ending at
// token end, goes on to say why, even past a comma: "no rollback plan was
// made, since the change was behind a flag", "the ticket was not triaged
// over the weekend, per the support policy". A miss with its reason is an
// account of what made it easy; a bare one says someone failed a duty.
// ", so the bug shipped" is a consequence, not a reason.
func missReasoned(d *doc, end int) bool {
	for e := end; e < len(d.toks) && e < end+12 && d.same(end-1, e); e++ {
		switch d.toks[e].word {
		case "because", "per":
			return true
		case "since":
			for j := e + 2; j < e+6 && d.same(e, j); j++ {
				switch d.toks[j].word {
				case "was", "were", "is", "are", "had", "has", "did", "could", "would":
					return true // "since the change was behind a flag": a clause, a reason
				}
			}
			return !sinceTime(d, e)
		case "due", "owing":
			return d.tok(e+1) == "to"
		case "as":
			switch d.tok(e + 1) {
			case "the", "it", "we", "they", "there", "our", "its", "their", "planned", "agreed",
				"designed", "intended", "scheduled", "expected":
				return true
			}
		}
	}
	return false
}

// wishAmount words ask for more of an area; "lack of", "not enough" and
// "poor" name a factor instead.
var wishAmount = set("better", "improve", "improved", "improving", "more", "increase",
	"increased", "greater", "stronger", "improvements", "improvement")

// areaTold reports whether a wished-for area ("more testing", "better
// logging") is told as what happened rather than asked for: the object of a
// verb in the past ("the team did a lot more testing this time") or the
// subject of one ("more logging helped us find the leak"), with nothing
// asked in the clause. Factors ("not enough testing", "lack of logging")
// are not read here: they judge in any tense.
func areaTold(d *doc, k int, f *Finding) bool {
	if !wishAmount[d.toks[k].word] || isGerund(d.toks[k].word) {
		return false // "Improving monitoring and alerts ...": an item to do
	}
	for j := k - 1; j >= 0 && j >= k-ctxWindow && d.same(j, k); j-- {
		if w := d.toks[j].word; w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") {
			return false // "we never added more tests": a step left out
		}
		if d.toks[j].clause {
			break
		}
	}
	if toldNotAsked(d, k, f) {
		return true
	}
	e := tokenAt(d, f.Offset+f.Length-1)
	if !d.toks[k].clause || !pastAfter(d, e) {
		return false
	}
	for j := e + 1; j < len(d.toks) && j <= e+ctxWindow && d.same(e, j); j++ {
		if w := d.toks[j].word; askingWords[w] || w == "needed" || w == "required" || w == "not" {
			return false
		}
	}
	return true
}
