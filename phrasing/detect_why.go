package phrasing

// Why-questions that say people let it happen, in the shapes 5-whys
// headings use: "Why was it allowed to expire?", "Why wasn't it responded
// to more quickly?", "Why didn't we notice sooner?". A why-question about
// how a system behaved ("Why did the pool fill up?", "Why wasn't the alert
// routed to the channel?") asks for the mechanism and stays.

// letWords after the subject say someone allowed it.
var letWords = set("allowed", "permitted", "let", "tolerated")

// dutyDone are what people are expected to have done; a negated passive
// of one asks why no one did it.
var dutyDone = set("responded", "noticed", "caught", "fixed", "renewed", "addressed", "escalated",
	"handled", "detected", "spotted", "tested", "reviewed", "checked", "investigated", "reverted",
	"communicated", "announced", "patched", "rotated", "followed", "acknowledged", "answered",
	"flagged", "reported", "raised", "declared", "prioritized", "prioritised", "verified", "read",
	"acted", "heeded", "merged", "monitored")

// dutyVerbs are the same duties in the base form: "Why didn't we notice?".
var dutyVerbs = set("know", "notice", "catch", "check", "see", "realize", "realise", "test",
	"spot", "act", "respond", "page", "escalate", "review", "verify", "fix", "renew", "read",
	"ask", "look", "investigate", "revert", "communicate", "announce", "react", "follow")

// negAux ask about something not done.
var negAux = set("wasn't", "weren't", "isn't", "hasn't", "haven't", "hadn't", "didn't")

// whyLetHappen finds the shapes above after "why" at i, whose auxiliary is
// at k; it returns the end of the finding or -1.
func whyLetHappen(d *doc, i, k int) int {
	aux := d.tok(k)
	neg := negAux[aux]
	j := k + 1
	if d.tok(j) == "not" {
		neg = true
		j++
	}
	switch aux {
	case "did", "didn't":
		// "Why didn't we notice sooner?", "Why did I not check?"
		if t := d.tok(j); neg && (t == "the" || t == "our") && d.tok(j+1) == "team" {
			j++ // "Why didn't the team escalate?"
		} else if !neg || t != "we" && t != "i" {
			return -1
		}
		if !dutyVerbs[d.tok(j+1)] || !d.same(i, j+1) {
			return -1
		}
		return j + 2
	case "was", "were", "is", "are", "wasn't", "weren't", "isn't", "hasn't", "haven't", "hadn't":
	default:
		return -1
	}
	// The subject: "it", "this", "the certificate", "the old key".
	e := j
	if t := d.tok(e); t == "it" || t == "this" || t == "that" || t == "they" {
		e++
	} else if npStart[t] {
		for e++; e < j+4 && d.same(i, e) && !letWords[d.tok(e)] && !dutyDone[d.tok(e)] &&
			d.tok(e) != "been" && d.tok(e) != "not"; e++ {
		}
	} else {
		return -1
	}
	if d.tok(e) == "not" {
		neg = true
		e++
	}
	if d.tok(e) == "been" {
		e++
	}
	if !d.same(i, e) {
		return -1
	}
	switch v := d.tok(e); {
	case letWords[v] && !neg:
		// "Why was it allowed to expire?"
		return e + 1
	case dutyDone[v] && neg:
		// "Why wasn't it responded to more quickly?"; "renewed
		// automatically" asks about a system.
		if n := d.tok(e + 1); n == "automatically" || n == "by" {
			return -1
		}
		return e + 1
	}
	return -1
}

// selfMissed are the misses "how could we" asks about; "How did we do?"
// and "How did we run it?" ask for the story.
var selfMissed = set("miss", "forget", "ignore", "overlook", "skip", "let", "allow", "break")

// howWeMissed finds "How could we have missed this?" and "How did I miss
// it?": the writer asking how they failed, at "how" (i). "How could this
// have been prevented?" asks about guards and stays. It returns the end of
// the finding or -1.
func howWeMissed(d *doc, i int) int {
	k := i + 1
	if t := d.tok(k); t != "could" && t != "did" && t != "couldn't" && t != "didn't" {
		return -1
	}
	k++
	if t := d.tok(k); t != "we" && t != "i" {
		return -1
	}
	k++
	if d.tok(k) == "have" || d.tok(k) == "not" {
		k++
	}
	if !selfMissed[baseOf(d.tok(k))] || !d.same(i, k) {
		return -1
	}
	return k + 1
}

// whyLet adds a finding for "why" at i when whyLetHappen reads one, and
// for "how" when howWeMissed does. "Why on earth", "why the hell" only
// sharpen the question.
func (c *Checker) whyLet(d *doc, i int, r *rule, out *[]Finding) {
	if !d.same(i, i+1) {
		return
	}
	if d.toks[i].word == "how" {
		if e := howWeMissed(d, i); e > 0 {
			f := c.finding(d, r, i, min(e, d.sentOf(i).last))
			f.Question = "What in the situation made this easy to miss at the time?"
			*out = append(*out, f)
		}
		return
	}
	if d.toks[i].word != "why" {
		return
	}
	if a := i + 1; d.tok(a) == "on" && d.tok(a+1) == "earth" || d.tok(a) == "the" && d.tok(a+1) == "hell" {
		// "Why on earth did we deploy on a Friday?"
		if t := d.tok(a + 2); whyAux[t] && d.same(i, a+3) {
			f := c.finding(d, r, i, a+4)
			f.Question = "What made this look like the sensible thing to do at the time?"
			*out = append(*out, f)
		}
		return
	}
	if e := whyLetHappen(d, i, i+1); e > 0 {
		f := c.finding(d, r, i, min(e, d.sentOf(i).last))
		f.Question = "What in the situation made this easy to miss or hard to act on?"
		*out = append(*out, f)
	}
}
