package phrasing

// Omissions said in the perfect or the progressive ("we haven't tested the
// restore in a year", "we weren't watching the queue") and items of what
// went wrong whose subject, the writer or the team, is left out ("- Didn't
// test on staging first", "- Skipped the canary").

// spanWords after "in" or "for" make a stretch of time: "in a year", "for
// months".
var spanWords = set("a", "over", "the", "months", "years", "weeks", "days", "ages", "while",
	"several", "many", "two", "three", "six")

// notSince flags "we haven't tested the restore in a year", "the team has
// not rotated the keys since 2021": upkeep left out over a stretch of
// time. Without the stretch ("Bob hasn't reviewed the change") the step
// may simply still be ahead. aux is the auxiliary, neg the negation, k
// the word after it.
func (c *Checker) notSince(d *doc, r *rule, aux, neg, k int, out *[]Finding) bool {
	if d.tok(k) == "ever" || d.tok(k) == "yet" {
		return false
	}
	v := skipManner(d, k)
	p := d.tok(v)
	if !d.same(neg, v) || !isParticiple(p) || !(hadCareDone[p] || hygieneStep(d, v, baseOf(p)) ||
		diligenceVerbs[baseOf(p)] && p != "read") || questionSentence(d, neg) || reasonedOmission(d, v) {
		return false
	}
	stretch := false
	for e := v + 1; e < v+8 && d.same(v, e); e++ {
		t := d.toks[e].word
		if t == "since" || (t == "in" || t == "for") && spanWords[d.tok(e+1)] {
			stretch = true
			break
		}
		if t == "yet" {
			return false
		}
	}
	s := subjectBefore(d, aux)
	if !stretch || s < 0 {
		return false
	}
	st, kind := c.personEndingAt(d, s)
	if !isSomeone(kind) || d.tok(s) == "you" {
		return false
	}
	c.omissionFinding(d, r, st, v+1, out)
	stepRewrite(d, &(*out)[len(*out)-1], st, v, baseOf(p), "has not been", "have not been")
	return true
}

// stepRewrite puts the object of the verb at v first, in the passive with
// be ("has not been", "was not being"): "We haven't tested the restore in
// a year." -> "The restore has not been tested in a year." The finding
// keeps its question and has no rewrite when the object is not a plain
// noun phrase.
func stepRewrite(d *doc, f *Finding, st, v int, base, be, bePlural string) {
	limit := clauseEnd(d, v)
	if d.tok(limit) == "since" && limit < d.sentOf(v).last {
		limit = clauseEnd(d, limit+1) // "since the migration" is a time, part of the clause
	}
	k := v + 1
	particle := ""
	if t := d.tok(k); (particles[t] || base == "look" && (t == "at" || t == "into")) && d.same(v, k) {
		particle, k = " "+t, k+1 // "looked at the backup logs"
	}
	end, head := objectNP(d, k, limit)
	if end < 0 || limit != d.sentOf(v).last {
		return
	}
	for e := k + 1; e < end; e++ {
		if morePreps[d.toks[e].word] || d.toks[e].word == "of" {
			if d.toks[e].word != "of" {
				end = e
			}
			head = e - 1
			break
		}
	}
	if isPlural(d.toks[head].word) {
		be = bePlural
	}
	np := trimPunct(d.span(k, end))
	stmt := capitalize(joinWords(np+" "+be+" "+participle(base)+particle, trimPunct(d.span(end, limit))))
	setRewrite(d, f, st, limit, stmt, f.Question)
}

// notWatching flags "we weren't monitoring the replica lag", "the on-call
// was not checking the logs": a watch someone did not keep, as
// nobody-watching reads "no one was watching". A reason given ("we
// weren't watching it since it was retired") is an account.
func (c *Checker) notWatching(d *doc, r *rule, aux, neg, k int, out *[]Finding) bool {
	v := skipManner(d, k)
	if !watchVerbs[d.tok(v)] || !d.same(neg, v) || questionSentence(d, neg) {
		return false
	}
	if d.tok(v) == "paying" && d.tok(v+1) != "attention" || d.tok(v) == "keeping" && d.tok(v+1) != "an" && d.tok(v+1) != "track" {
		return false
	}
	if reasonClose(d, v, clauseEnd(d, v)) || reasonedOmission(d, v) {
		return false
	}
	s := subjectBefore(d, aux)
	if s < 0 {
		return false
	}
	st, kind := c.personEndingAt(d, s)
	if !isSomeone(kind) || d.tok(s) == "you" {
		return false
	}
	c.omissionFinding(d, r, st, v+1, out)
	if b := ingBase(d.tok(v)); b != "" {
		stepRewrite(d, &(*out)[len(*out)-1], st, v, b, "was not being", "were not being")
	}
	return true
}

// elidedMiss are the failure verbs that, opening an item with no subject,
// are the writer's or the team's: "- Skipped the canary", "- Forgot to
// update the docs". A tool's output ("Skipped 2 tests") names a count.
var elidedMiss = set("forgot", "ignored", "overlooked", "neglected", "skipped", "missed")

// elidedOmission flags an item of what went wrong whose subject, the
// writer or the team, is left out: "- Didn't test on staging first",
// "- Never tested the restore", "- Ignored the disk alert". next is the
// word after the trigger at i (after "not" for "did not").
func (c *Checker) elidedOmission(d *doc, r *rule, i, next int, out *[]Finding) {
	w := d.toks[i].word
	a := i
	if w == "not" {
		return
	}
	if d.tok(i+1) == "not" && (w == "did" || w == "had") {
		// next is already past "not"
	} else if w == "did" || w == "had" {
		return
	}
	if !sentenceStart(d, a) || !itemStart(d, a) || d.sentOf(i).question || !d.same(i, next) {
		return
	}
	amount := false
	switch {
	case elidedMiss[w]:
		if w == "forgot" && d.tok(next) == "to" {
			if !d.same(i, next+1) {
				return
			}
			next++
		} else if o := d.tok(next); !npStart[o] && !possessive(o) && !dutyNouns[o] && !(w == "missed" && teamWork[o]) ||
			w == "missed" && !dutyAhead(d, next) {
			return
		}
	case w == "didn't" || w == "did" || w == "never" || w == "hadn't" || w == "had":
		v := baseOf(d.tok(skipManner(d, next)))
		if v == "have" && careAmountHeld(d, skipManner(d, next)) && !reasonedOmission(d, next) {
			amount = true
			break // "- Did not have sufficient logs for each step"
		}
		if notFailures[v] || v == "be" || !(careVerbAhead(d, next) || omittedStep(d, next) || diligenceVerbs[v]) ||
			reasonedOmission(d, next) || v == "have" && !haveCare(d, skipManner(d, next)) {
			return
		}
	default:
		return
	}
	if reasonAfter(d, next+1) || deliberate(d, i) {
		return
	}
	f := c.finding(d, r, a, next+1)
	switch {
	case w == "didn't" || w == "did" || w == "never" || w == "hadn't" || w == "had" || w == "forgot":
		c.passiveRewrite(d, &f, a, skipManner(d, next)) // "The restore was not tested."
	case w == "skipped":
		limit := clauseEnd(d, next)
		if e, _ := objectNP(d, next, limit); e > 0 {
			f = c.finding(d, r, a, e)
			setRewrite(d, &f, a, limit, capitalize(joinWords(trimPunct(d.span(next, e))+" did not happen",
				trimPunct(d.span(e, limit)))), "What made skipping this look safe at the time?")
		}
	default:
		c.missRewrite(d, &f, a, next) // "The disk alert was easy to miss."
	}
	if amount {
		// "Having sufficient logs did not happen" reads oddly; ask only.
		f.Replacement, f.ReplaceOffset, f.ReplaceLength, f.Question = "", 0, 0, ""
		f.Suggestion = r.Suggestion
	}
	if f.Question == "" {
		f.Question = "What made this step easy to skip at the time, and what would have asked for it?"
	}
	*out = append(*out, f)
}

// dutyAhead reports whether a duty noun heads the object from k: "missed
// the expiry email", not "missed two blocks".
func dutyAhead(d *doc, k int) bool {
	for e := k; e < k+4 && d.same(k, e); e++ {
		if dutyNouns[d.toks[e].word] || teamWork[d.toks[e].word] || d.toks[e].word == "deadline" || d.toks[e].word == "window" {
			return true
		}
		if d.toks[e].comma || npStop[d.toks[e].word] {
			return false
		}
	}
	return false
}

// itemStart reports whether token k opens its line, after a list marker
// and one or two spaces: an item with its subject left out. A sentence
// after "i.e." or after code the Markdown reader blanked out ("`Proxy`
// did not check") has a subject, just not one the checker can read.
func itemStart(d *doc, k int) bool {
	p := d.toks[k].start
	spaces := 0
	for p > 0 && d.text[p-1] == ' ' {
		p--
		spaces++
	}
	if p == 0 || d.text[p-1] == '\n' {
		return spaces <= 4
	}
	if spaces > 2 {
		return false
	}
	switch d.text[p-1] {
	case '-', '*', '+', ')':
	case '.':
		if p < 2 || !isDigit(d.text[p-2]) {
			return false
		}
	default:
		return false
	}
	for p--; p > 0 && d.text[p-1] != '\n'; p-- {
		if c := d.text[p-1]; c != ' ' && c != '\t' && !isDigit(c) {
			return false
		}
	}
	return true
}
