package phrasing

// Attention owed and not given, said of the team's work: "the status page
// was not getting the attention it deserved", "alerting was given less
// priority than it deserved", "we didn't treat the warning with the
// seriousness it deserved". Attention a thing got ("the alert got the
// attention it needed within minutes") is a fact. See detect_manner.go.

// attentionVerbs get or give attention: "not getting the attention it deserved".
var attentionVerbs = set("getting", "receiving", "given", "get", "receive", "got", "received",
	"gets", "receives", "gotten")

// deservedWords say how much attention was owed.
var deservedWords = map[string]string{"deserved": "needed", "deserve": "need",
	"deserves": "needs", "needed": "needed", "need": "need", "needs": "needs",
	"required": "needed", "requires": "needs", "warranted": "needed", "merited": "needed"}

// attentionOwed reads "not getting the attention it deserved".
func attentionOwed(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	need, ok := deservedWords[d.tok(i+2)]
	last := i + 2
	if d.tok(i+2) == "should" && d.tok(i+3) == "have" {
		need, ok, last = "needed", true, i+3 // "the attention it should have"
	}
	if d.tok(i+1) == "than" {
		lessThanOwed(c, d, i, r, out)
		return
	}
	if p := d.tok(i + 1); !ok || p != "it" && p != "they" || !d.same(i, i+2) || d.tok(i-1) != "the" {
		return
	}
	v := i - 2
	if d.tok(v) == "with" {
		treatedLightly(c, d, i, v, last, r, out)
		return
	}
	if !attentionVerbs[d.tok(v)] {
		return
	}
	neg := negBefore(d, v, 3)
	if neg < 0 {
		return
	}
	f := c.finding(d, r, neg, last+1)
	f.Question = "What took the time this needed at the time?"
	verb := d.tok(v)
	a := neg
	lead := map[string]string{"wasn't": "was ", "weren't": "were ", "isn't": "is ", "aren't": "are ",
		"hasn't": "has ", "haven't": "have "}[d.tok(neg)]
	if d.tok(neg) == "didn't" || d.tok(neg) == "not" && d.tok(neg-1) == "did" {
		if d.tok(neg) == "not" {
			a = neg - 1
		}
		verb = map[string]string{"get": "got", "receive": "received"}[verb]
	}
	if verb == "" {
		verb = d.tok(v)
	}
	if a == neg && v > neg+1 {
		verb = d.span(neg+1, v+1) // "has not been getting": keep "been"
	}
	rep := lead + verb + " less time than " + d.tok(i+1) + " " + need
	st, e := d.toks[a].start, d.toks[last].end
	offer(&f, st, e, rep)
	*out = append(*out, f)
}

// lessThanOwed reads "alerting was given less priority than it deserved":
// the grade goes, the amount stays ("low priority", "little attention").
func lessThanOwed(c *Checker, d *doc, i int, r *rule, out *[]Finding) {
	a := i - 1
	if d.tok(a) != "less" || !d.same(a, i+3) {
		return
	}
	if p := d.tok(i + 2); p != "it" && p != "they" {
		return
	}
	if _, ok := deservedWords[d.tok(i+3)]; !ok {
		return
	}
	f := c.finding(d, r, a, i+4)
	f.Question = "What took the time this needed at the time?"
	rep := "little " + d.tok(i)
	if d.tok(i) == "priority" {
		rep = "low priority"
	}
	offer(&f, d.toks[a].start, d.toks[i+3].end, rep)
	*out = append(*out, f)
}

// treatVerbs weigh a signal: "didn't treat the warning with the
// seriousness it deserved".
var treatVerbs = set("treat", "treated", "handle", "handled", "take", "took", "taken", "approach",
	"approached", "give", "gave", "given")

// treatedLightly reads "we didn't treat the warning with the seriousness
// it deserved"; w is "with" and last the end of the owed clause.
func treatedLightly(c *Checker, d *doc, i, w, last int, r *rule, out *[]Finding) {
	v := -1
	for j := w - 1; j >= max(0, w-7) && d.same(j, w); j-- {
		if treatVerbs[d.tok(j)] {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	neg := negBefore(d, v, 3)
	if neg < 0 {
		return
	}
	s := neg
	if st, kind, _ := c.subjectOf(d, neg); isSomeone(kind) {
		s = st
	} else if d.tok(neg) == "not" && d.tok(neg-1) == "did" {
		if st, kind, _ := c.subjectOf(d, neg-1); isSomeone(kind) {
			s = st
		}
	}
	f := c.finding(d, r, s, last+1)
	obj := trimPunct(d.span(v+1, w))
	if obj == "" || s == neg {
		f.Question = "What took the time this needed at the time?"
		*out = append(*out, f)
		return
	}
	setRewrite(d, &f, s, clauseEnd(d, last+1), capitalize(obj)+" got less weight than it needed",
		"What took the time this needed at the time?")
	*out = append(*out, f)
}
