package phrasing

// A state of care listed as left out: "Not having the second region's
// certificates up-to-date", "not having the runbook up to date made the
// failover slower", "Not having backups in place". Like "Not running the
// config sync", it lists a step someone skipped; the rewrite states what
// was out of date. Not having access or an answer ("Not having access to
// the console, we waited") is an account of what the team lacked, and a
// check that a job makes ("is checked by the renewal job") is a mechanism.

func init() { detectorNames["not-kept"] = true }

// keptStates are states a person keeps things in: "up-to-date", "in place".
var keptStates = set("up-to-date", "current", "renewed", "documented", "monitored", "tested",
	"patched", "rotated", "reviewed", "configured", "enabled", "updated", "synced", "backed")

func detectNotKept(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	if d.tok(i+1) != "having" || !d.same(i, i+2) || questionSentence(d, i) || d.toks[i].quoted {
		return
	}
	o := i + 2
	limit := min(len(d.toks), o+8)
	for k := o + 1; k < limit && d.same(o, k); k++ {
		if d.toks[k-1].comma {
			return
		}
		e := k + 1 // the end of the state
		switch w := d.tok(k); {
		case keptStates[w] && w != "backed":
		case w == "backed" && d.tok(k+1) == "up":
			e++
		case w == "up" && d.tok(k+1) == "to" && d.tok(k+2) == "date", w == "in" && d.tok(k+1) == "place":
			e = k + 3
			if w == "in" {
				e = k + 2
			}
		default:
			continue
		}
		if k == o || !d.same(o, e-1) {
			return
		}
		for j := e; j < min(len(d.toks), e+4) && d.same(o, j); j++ {
			if (d.tok(j) == "is" || d.tok(j) == "are") && isParticiple(d.tok(j+1)) {
				return // "is checked by the renewal job": a mechanism
			}
		}
		f := c.finding(d, r, i, e)
		f.Question = "What would have flagged this before it mattered?"
		obj := trimPunct(d.span(o, k))
		be := beFor(d, k-1)
		stmt := capAs(d, i, obj+" "+be+" not "+d.span(k, e))
		f.Suggestion = stmt
		switch {
		case e == d.sentOf(i).last || d.toks[e-1].comma:
			// the state ends the sentence: the statement can take its place
			offer(&f, d.toks[i].start, d.toks[e-1].end, stmt)
		case placePreps[d.tok(e)] || d.tok(e) == "during" || d.tok(e) == "before":
			// "Not having backups in place for the audit database."
			ce := clauseEnd(d, e)
			setRewrite(d, &f, i, ce, joinWords(stmt, trimPunct(d.span(e, ce))), f.Question)
		}
		*out = append(*out, f)
		return
	}
}
