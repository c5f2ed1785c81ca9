package phrasing

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

func detectUntold(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	switch w := d.toks[i].word; w {
	case "failure", "failures":
		untoldNominal(c, d, i, r, out)
	case "failing":
		// "Failing to notify users ahead of the change was the biggest gap."
		if d.toks[i].clause && d.tok(i+1) == "to" && d.same(i, i+2) {
			v := skipManner(d, i+2)
			if tellVerbs[d.tok(v)] && toldHuman(d, v) {
				f := c.finding(d, r, i, v+1)
				untoldSwap(d, &f, i, v, "the missing "+tellNoun(d, i+2, v))
				*out = append(*out, f)
			}
		}
	case "failed", "fail":
		// "Failed to proactively communicate to partners": a list item or
		// table cell with no subject.
		if w == "failed" && d.toks[i].clause && d.tok(i+1) == "to" && d.same(i, i+2) {
			v := skipManner(d, i+2)
			if tellVerbs[d.tok(v)] && toldHuman(d, v) {
				f := c.finding(d, r, i, v+1)
				untoldSwap(d, &f, i, v, "No "+tellNoun(d, i+2, v))
				*out = append(*out, f)
			}
		}
	case "not", "never", "didn't", "wasn't", "weren't", "hadn't", "haven't", "hasn't":
		untoldVerbal(c, d, i, r, out)
	case "only", "too":
		untoldLate(c, d, i, r, out)
	case "no":
		untoldNoNotice(c, d, i, r, out)
	}
}
