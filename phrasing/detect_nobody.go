package phrasing

// Nobody as the subject of watching or remembering: "no one was watching
// the dashboard", "nobody remembered to renew the certificate". Like
// "nobody checked", it blames everyone instead of asking what made the
// signal hard to see or the step easy to forget. The team-missed rule
// reads "nobody" with a past verb; this reads the progressive and
// "remembered to". A person who was not there ("nobody was on call") is a
// fact about the rota, and under a heading about luck "nobody was
// watching" is the luck (see dropLucky).

func init() { detectorNames["nobody-watching"] = true }

// watchVerbs in the progressive are a watch someone should have kept.
var watchVerbs = set("watching", "monitoring", "looking", "checking", "reading", "tracking",
	"following", "reviewing", "paying", "keeping", "minding", "triaging", "answering")

// forgetVerbs before "to" make a step one forgot: "nobody remembered to".
var forgetVerbs = set("remembered", "stopped", "took")

func detectNobodyWatching(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	start, k, ok := nobodySubject(d, i)
	if !ok {
		return
	}
	if d.tok(k) == "else" {
		k++
	}
	if questionSentence(d, i) && d.toks[d.sentOf(i).first].word != "why" {
		return
	}
	for n := 0; n < 2 && d.same(i, k) && adverbLike(&d.toks[k]); n++ {
		k++
	}
	w := d.tok(k)
	switch {
	case (w == "was" || w == "were") && watchVerbs[d.tok(k+1)] && d.same(i, k+1):
		v := k + 1
		if d.tok(v) == "paying" && d.tok(v+1) != "attention" || d.tok(v) == "keeping" && d.tok(v+1) != "an" && d.tok(v+1) != "track" {
			return
		}
		e := clauseEnd(d, v)
		if reasonClose(d, v, e) {
			return // "no one was watching because the alert did not fire"
		}
		f := c.finding(d, r, start, v+1)
		f.Question = "What made " + trimPunct(d.span(v, e)) + " hard at the time?"
		*out = append(*out, f)
	case forgetVerbs[w] && d.tok(k+1) == "to" && d.same(i, k+2):
		if w == "took" {
			return // "took the time to" is read below
		}
		v := k + 2
		e := clauseEnd(d, v)
		act := gerund(d.tok(v))
		if rest := trimPunct(d.span(v+1, e)); rest != "" {
			act += " " + rest
		}
		f := c.finding(d, r, start, v+1)
		f.Question = "What made " + act + " easy to forget at the time?"
		*out = append(*out, f)
	case w == "took" && d.tok(k+1) == "the" && d.tok(k+2) == "time" && d.tok(k+3) == "to" && d.same(i, k+4):
		f := c.finding(d, r, start, k+5)
		f.Question = "What made " + gerund(d.tok(k+4)) + " hard to fit in at the time?"
		*out = append(*out, f)
	}
}

// reasonClose reports whether the clause [v, e) of a nobody-sentence is
// followed by its reason: "nobody was looking at it, since it was retired".
func reasonClose(d *doc, v, e int) bool {
	for j := e; j < e+3 && d.same(v, j); j++ {
		switch d.toks[j].word {
		case "because", "since", "as":
			return true
		}
	}
	return false
}
