package phrasing

import "strings"

// More of the writer or the team owning a failure in the first person:
// "this one is on us", "we got the limits wrong". "I broke production"
// tells an act and is left alone (LABELLING.md, the writer's own slips);
// other people's breakage is person-failure's.

// onUs finds "this one is on us", "that's on me" and "it was all on us"
// ending at the pronoun at i, returning the span or -1.
func onUs(d *doc, i int) (int, int) {
	k := i - 1
	if d.tok(k) != "on" {
		return -1, -1
	}
	k--
	if t := d.tok(k); t == "all" || t == "squarely" || t == "entirely" || t == "fully" {
		k--
	}
	switch d.tok(k) {
	case "that's", "it's", "this's":
		if !d.same(k, i) || !d.toks[k].clause && !sentenceStart(d, k) {
			return -1, -1
		}
		return k, i + 1
	case "is", "was", "are", "were":
	default:
		return -1, -1
	}
	s := k - 1
	if d.tok(s) == "one" || d.tok(s) == "part" || d.tok(s) == "failure" || d.tok(s) == "mistake" {
		s--
	}
	if t := d.tok(s); t != "this" && t != "that" && t != "it" || !d.same(s, i) {
		return -1, -1
	}
	// Not "the job that is on us next week": only at a clause start.
	if !d.toks[s].clause && !sentenceStart(d, s) {
		return -1, -1
	}
	if n := d.tok(i + 1); d.same(i, i+1) && !d.toks[i].comma && n != "and" && n != "but" && n != "too" {
		return -1, -1 // "it is on us to fix" is a duty ahead
	}
	return s, i + 1
}

// gotWrong finds "we got the limits wrong" and "I got it wrong" ending at
// "wrong" (i), returning the span or -1.
func (c *Checker) gotWrong(d *doc, i int) (int, int) {
	for k := i - 1; k >= max(0, i-5) && d.same(k, i); k-- {
		switch d.toks[k].word {
		case "got", "get", "gotten":
			if k == i-1 {
				return -1, -1 // "things got wrong" is not English we read
			}
			s := c.doerBefore(d, k)
			if s < 0 || d.tok(s) == "you" || d.tok(s) == "they" {
				return -1, -1
			}
			return s, i + 1
		}
		if d.toks[k].comma {
			return -1, -1
		}
	}
	return -1, -1
}

// asideSubject reads back over a short aside between commas before the
// verb at v ("The release team, under pressure, made ...") and returns the
// subject's last token, or -1.
func asideSubject(d *doc, v int) int {
	if v < 2 || !d.toks[v-1].comma || !d.same(v-1, v) {
		return -1
	}
	for j := v - 2; j >= max(0, v-8) && d.same(j, v); j-- {
		if d.toks[j].comma {
			// The subject opens its sentence or clause: "The team," not
			// "After the deploy, ..., we".
			s := j
			for s > 0 && d.same(s-1, j) && !d.toks[s].clause && !d.toks[s-1].comma {
				s--
			}
			if j-s > 4 || !d.toks[s].clause && !sentenceStart(d, s) {
				return -1
			}
			return j
		}
	}
	return -1
}

// ownActBefore returns the start of "our rollback" or "my second restart"
// when it is the subject of the verb at v, opening its clause, or -1.
func ownActBefore(d *doc, v int) int {
	s := subjectBefore(d, v)
	for j := s; j >= max(0, s-3) && d.same(j, v); j-- {
		if t := d.tok(j); t == "our" || t == "my" {
			if d.toks[j].clause || sentenceStart(d, j) {
				return j
			}
			return -1
		}
		if d.toks[j].clause {
			return -1
		}
	}
	return -1
}

// relHeads open a relative clause inside a subject.
var relHeads = set("who", "whose", "whom", "that", "which")

// relativeHead returns the last token of a person subject that a relative
// clause separates from its verb ("The maintainer whose account was
// compromised had reused ..."), when s ends that relative clause, or -1.
func (c *Checker) relativeHead(d *doc, s int) int {
	for j := s; j > max(0, s-8) && d.same(j, s); j-- {
		if d.toks[j].clause || d.toks[j].comma && j < s {
			return -1
		}
		if relHeads[d.toks[j].word] {
			if _, kind := c.personEndingAt(d, j-1); kind == rolePerson || kind == namedPerson {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// secretWords are what a person should keep to one place.
var secretWords = set("password", "passwords", "passphrase", "credentials", "credential",
	"token", "tokens", "key", "keys", "secret", "secrets", "login", "pin")

// secretReused finds "the maintainer had reused their npm password": a
// person's security habit judged, at the verb at v, returning the span or
// -1. A system reusing a token is a fact.
func (c *Checker) secretReused(d *doc, v int) (int, int) {
	s := c.doerBefore(d, v)
	if s < 0 {
		return -1, -1
	}
	for k := v + 1; k < v+5 && d.same(v, k); k++ {
		if secretWords[d.tok(k)] {
			// "the key fingerprint", "the token id" name something else.
			if n := d.tok(k + 1); d.same(k, k+1) && (n == "fingerprint" || n == "id") {
				return -1, -1
			}
			return s, k + 1
		}
		if d.toks[k].comma {
			break
		}
	}
	return -1, -1
}

// trustVerbs and trustNouns are reliance the team can judge as too much.
var trustVerbs = set("trusted", "relied", "depended", "leaned", "counted", "assumed", "believed")
var trustNouns = set("trust", "faith", "confidence", "reliance", "dependence", "weight")

// trustedTooMuch finds "we trusted staging too much", "we relied too
// heavily on manual checks", "we put too much faith in the canary" and the
// fragment "Too much trust in the old scripts" at "too" (i), returning the
// span or -1. "The queue relied too heavily on one worker" is a design
// fact: a person or the writer must be the subject.
func (c *Checker) trustedTooMuch(d *doc, i int) (int, int) {
	n := d.tok(i + 1)
	if n != "much" && n != "heavily" || !d.same(i, i+1) {
		return -1, -1
	}
	if trustNouns[d.tok(i+2)] && d.same(i, i+2) {
		if d.toks[i].clause || sentenceStart(d, i) {
			return i, i + 3 // "Too much trust in the old scripts."
		}
		v := i - 1 // "we put too much faith in", "we placed too much trust"
		if t := d.tok(v); t != "put" && t != "placed" && t != "had" && t != "gave" && t != "showed" {
			return -1, -1
		}
		if s := c.doerBefore(d, v); s >= 0 {
			return s, i + 3
		}
		return -1, -1
	}
	// A trust verb earlier in the clause: "we trusted the staging numbers
	// too much", "we relied too heavily on".
	for v := i - 1; v >= max(0, i-6) && d.same(v, i) && !d.toks[v].comma; v-- {
		if trustVerbs[d.toks[v].word] {
			if s := c.doerBefore(d, v); s >= 0 && d.tok(s) != "you" {
				return s, i + 2
			}
			return -1, -1
		}
	}
	return -1, -1
}

// apologyForAllowing finds "sorry for allowing this to happen", "we
// apologize for letting it get this far" and "sorry that we allowed it":
// an apology for failing to stop it, not for the outage.
func apologyForAllowing(d *doc, i int) (int, int) {
	k := i + 1
	if t := d.tok(k); t == "to" && d.tok(k+1) != "have" {
		return -1, -1
	}
	if t := d.tok(k); t == "for" || t == "that" || t == "about" {
		k++
	}
	if t := d.tok(k); t == "we" || t == "i" || t == "our" || t == "my" {
		k++
	}
	if !allowWords[d.tok(k)] || !d.same(i, k) {
		return -1, -1
	}
	if d.tok(k) == "not" {
		// "sorry for not catching it sooner"; "sorry for not being able to
		// reply" is a fact.
		if n := d.tok(k + 1); !gerundLike(n) || n == "being" || n == "having" || !d.same(k, k+1) {
			return -1, -1
		}
		return i, k + 2
	}
	// "sorry for letting this happen": with what was let or allowed.
	if o := d.tok(k + 1); !d.same(k, k+1) || o == "you" && (d.tok(k) == "letting" || d.tok(k) == "let") && d.tok(k+2) == "know" {
		return -1, -1
	}
	return i, min(k+4, d.sentOf(i).last)
}

// madeRewrite turns "We just made a configuration error" into "A
// configuration error was made": the error, not the people, is the
// subject. Tokens [a, b) are the finding, v the verb.
func madeRewrite(d *doc, f *Finding, a, v, b int) {
	np := d.span(v+1, b)
	be := " was made"
	if isPlural(d.toks[b-1].word) {
		be = " were made"
	}
	if w := d.toks[v].word; w != "made" && w != "committed" {
		// "we introduced a syntax error" -> "a syntax error was introduced"
		be = strings.TrimSuffix(be, "made") + w
	}
	rep := np + be
	if sentenceStart(d, a) {
		rep = capitalize(rep)
	} else {
		rep = lowerFirst(rep)
	}
	s, e := d.toks[a].start, d.toks[b-1].end
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, s, e-s
	f.Suggestion = rep
}
