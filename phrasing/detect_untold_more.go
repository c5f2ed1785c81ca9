package phrasing

import "strings"

// People left untold, continued: no notice given ("No advance notice was
// given to partners"), people who did not hear from the team ("our
// customers didn't hear from us"), and a message judged late ("only
// notified later", "informed too late to act"). See detect_untold.go.

// moreNotice are notices beyond noticeNouns that people are given: "any
// update", "word of the change".
var moreNotice = set("headsup", "update", "updates", "word", "communication")

// noticeNoun reports whether w names a notice people are given.
func noticeNoun(w string) bool { return noticeNouns[w] || moreNotice[w] }

// noticeMods may come before a notice noun: "any advance notice".
var noticeMods = set("any", "advance", "prior", "much", "an", "a", "the", "early", "enough",
	"sufficient", "adequate", "timely")

// untoldNoNotice reads "No advance notice was given to partners".
func untoldNoNotice(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i) == "nobody" || d.tok(i+1) == "one" {
		nobodyTold(c, d, i, r, out)
		return
	}
	j := i + 1
	for j < i+4 && noticeMods[d.tok(j)] {
		j++
	}
	if !noticeNoun(d.tok(j)) || !d.same(i, j+3) {
		return
	}
	if be := d.tok(j + 1); be != "was" && be != "were" {
		return
	}
	if g := d.tok(j + 2); g != "given" && g != "sent" && g != "provided" || d.tok(j+3) != "to" {
		return
	}
	if !audience[d.tok(j+4)] && !audience[d.tok(j+5)] && !audience[d.tok(j+6)] || reasonAfter(d, j+4) {
		return
	}
	f := c.finding(d, r, i, j+4)
	f.Question = untoldQuestion
	rep := capAs(d, i, "no notice reached")
	offer(&f, d.toks[i].start, d.toks[j+3].end, rep)
	*out = append(*out, f)
}

// untoldUnheard reads "our customers didn't hear from us for six hours";
// k is "hear".
func untoldUnheard(c *Checker, d *doc, i, k int, r *rule, out *[]Finding) {
	a := i
	if d.tok(i) == "not" && d.tok(i-1) == "did" {
		a = i - 1
	}
	if !audience[d.tok(a-1)] || insiders[d.tok(a-1)] || !d.same(a-1, k) {
		return
	}
	f := c.finding(d, r, a, k+3)
	f.Question = untoldQuestion
	rep := "got no update from us"
	offer(&f, d.toks[a].start, d.toks[k+2].end, rep)
	*out = append(*out, f)
}

// toldLate after a tell verb say the message came late: "only notified later".
var toldLate = set("later", "afterwards", "late", "after")

// untoldLate reads "users were only notified later", "some were lost, and
// only notified later": the message judged late, no one named.
func untoldLate(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if v := i - 1; toldWords[d.tok(v)] && d.same(v, i+1) && !reasonAfter(d, i+2) &&
		(d.tok(i) == "only" && (d.tok(i+1) == "after" || d.tok(i+1) == "later" || d.tok(i+1) == "once") ||
			d.tok(i) == "too" && d.tok(i+1) == "late") {
		// "Partners were notified only after the outage had ended",
		// "users were informed too late to act"
		f := c.finding(d, r, v, i+2)
		f.Question = untoldQuestion
		rep, e := d.span(v, v+1)+" "+d.span(i+1, i+2), i+1
		if d.tok(i) == "too" && d.tok(i+2) == "to" && d.same(i, i+3) {
			rep, e = d.span(v, v+1)+" after they could", i+2 // "informed too late to act"
		}
		offer(&f, d.toks[v].start, d.toks[e].end, rep)
		*out = append(*out, f)
		return
	}
	v := i + 1
	if d.tok(i) != "only" || !toldWords[d.tok(v)] || !toldLate[d.tok(v+1)] || !d.same(i, v+1) || reasonAfter(d, v+2) {
		return
	}
	f := c.finding(d, r, i, v+2)
	f.Question = untoldQuestion
	rep := d.span(v, v+1) + " " + d.span(v+1, v+2)
	st, e := d.toks[i].start, d.toks[v+1].end
	offer(&f, st, e, rep)
	*out = append(*out, f)
}

// idiomUntold reads the idioms of people left untold: "users were left in
// the dark", "the support team was kept out of the loop", "customers were
// kept waiting for an update". i is "dark", "loop" or "waiting".
func idiomUntold(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	var v int // "left" or "kept"
	switch d.tok(i) {
	case "dark":
		if d.tok(i-1) != "the" || d.tok(i-2) != "in" {
			return
		}
		v = i - 3
	case "loop":
		if d.tok(i-1) != "the" || d.tok(i-2) != "of" || d.tok(i-3) != "out" {
			return
		}
		v = i - 4
	case "waiting":
		if d.tok(i+1) != "for" || !noticeNoun(d.tok(i+2)) && !noticeNoun(d.tok(i+3)) {
			return
		}
		v = i - 1
	}
	if w := d.tok(v); w != "left" && w != "kept" || !d.same(v, i) {
		return
	}
	a := v - 1
	if w := d.tok(a); w != "was" && w != "were" && w != "been" && w != "got" {
		return
	}
	if !audience[d.tok(a-1)] && !c.isRole(d.tok(a-1)) {
		return
	}
	f := c.finding(d, r, a, i+1)
	f.Question = untoldQuestion
	rep := "got no updates"
	if d.tok(i) == "waiting" {
		rep = "waited"
	}
	offer(&f, d.toks[a].start, d.toks[max(i, v)].end, rep)
	*out = append(*out, f)
}

// tellBase returns the tell verb an -ing word is made from ("notifying"
// is "notify"), or "".
func tellBase(w string) string {
	b, ok := strings.CutSuffix(w, "ing")
	switch {
	case !ok:
		return ""
	case tellVerbs[b]:
		return b
	case tellVerbs[b+"e"]:
		return b + "e"
	}
	return ""
}

// untoldItem reads a list item or table cell with no subject: "Failed to
// proactively communicate to partners", "Neglected to tell partners",
// "Missed notifying the mailing list".
func untoldItem(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if !d.toks[i].clause || !d.same(i, i+1) {
		return
	}
	v, from := -1, i+1
	switch d.tok(i) {
	case "failed", "neglected", "forgot", "omitted", "failing":
		if d.tok(i+1) != "to" {
			return
		}
		from = i + 2
		v = skipManner(d, from)
		if !tellVerbs[d.tok(v)] {
			return
		}
	case "missed", "skipped":
		v = skipManner(d, from)
		if tellBase(d.tok(v)) == "" {
			return
		}
	}
	if v < 0 || !toldHuman(d, v) {
		return
	}
	f := c.finding(d, r, i, v+1)
	lead := "No "
	if d.tok(i) == "failing" {
		lead = "the missing " // "Failing to notify users ... was the biggest gap."
	}
	untoldSwap(d, &f, i, v, lead+tellNoun(d, from, v))
	*out = append(*out, f)
}

// nobodyTold reads "No one let the customers know", "nobody told
// partners": i is "no" or "nobody".
func nobodyTold(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	v := i + 1
	if d.tok(i) == "no" {
		v++
	}
	w := d.tok(v)
	o := v + 1
	if w != "let" && w != "told" && w != "informed" && w != "notified" && w != "warned" || !d.same(i, o) {
		return
	}
	oe := o
	for oe < o+4 && d.same(i, oe) && !npStop[d.tok(oe)] && d.tok(oe) != "know" && d.tok(oe) != "about" && d.tok(oe) != "of" {
		oe++
	}
	if oe == o || !audience[d.tok(oe-1)] && !c.isRole(d.tok(oe-1)) || w == "let" && d.tok(oe) != "know" {
		return
	}
	rest := oe
	if w == "let" {
		rest++
	}
	f := c.finding(d, r, i, v+1)
	e := clauseEnd(d, o)
	setRewrite(d, &f, i, e, capitalize(joinWords(trimPunct(d.span(o, oe))+" got no notice",
		trimPunct(d.span(rest, e)))), untoldQuestion)
	*out = append(*out, f)
}
