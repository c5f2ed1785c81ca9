package phrasing

// Who counts as a person. Blame needs a person: "Postgres failed to accept
// connections" is a fact about a system, "Bob failed to escalate" is not.
// Attendee names and a list of common first names are people; so are
// pronouns and roles ("the on-call", "the DBA", "the SRE on call"). A
// capitalised word alone is not: most are services and products.

// personKind grades how sure we are that a span names a person.
type personKind int

const (
	notPerson   personKind = iota
	weakPerson             // an unknown capitalised word: a person only with a person-only verb
	selfPerson             // I, we, you: counterfactual self-blame, not blame of another
	rolePerson             // he, she, they, the on-call, the intern
	namedPerson            // an attendee or a known first name
)

var subjectPronouns = set("he", "she", "they", "someone", "somebody", "everyone", "everybody")
var objectPronouns = set("him", "her", "them", "someone", "somebody", "he", "she")
var selfPronouns = set("i", "we", "you", "we've", "i've")

// writerPronouns are the writer or the team telling their own story.
var writerPronouns = set("i", "we", "we've", "i've", "we'd", "i'd")

// writerSelf reports whether w is the writer or the team as a subject.
// LABELLING.md reads their plain account of an act, a slip included, as
// not blameful ("we accidentally dropped the index"); a verdict on their
// conduct still is.
func writerSelf(w string) bool { return writerPronouns[w] }

var determiners = set("the", "our", "their", "his", "her", "a", "an", "this", "that", "your",
	"my", "another", "whichever", "one", "some", "other", "several", "multiple", "many", "two",
	"three", "both")

// roleOf reports whether word names a role. Multi-word roles end in one of
// these heads ("release manager", "on-call engineer").
func (c *Checker) isRole(w string) bool { return c.roles[w] }

// personEndingAt reports whether the tokens ending at j (inclusive) name a
// person acting as a subject, returning the first token of the span.
func (c *Checker) personEndingAt(d *doc, j int) (int, personKind) {
	if j < 0 || j >= len(d.toks) {
		return -1, notPerson
	}
	t := &d.toks[j]
	w := t.word
	if c.allowed[w] {
		return -1, notPerson
	}
	switch {
	case t.handle:
		return j, namedPerson // "@kim skipped the review"
	case (w == "responsible" || w == "involved") && j > 0 && d.same(j-1, j) && !d.toks[j].clause:
		// "the person responsible must be disciplined"
		return c.personEndingAt(d, j-1)
	case subjectPronouns[w]:
		return j, rolePerson
	case selfPronouns[w]:
		return j, selfPerson
	case c.isName(t):
		if d.same(j-1, j) && !t.clause && c.isName(&d.toks[j-1]) {
			return j - 1, namedPerson
		}
		return j, namedPerson
	}
	// "the SRE on call": a role qualified by "on call".
	if (w == "call" || w == "duty" || w == "shift") && d.tok(j-1) == "on" && d.same(j-2, j) && !d.toks[j-1].clause {
		if s, k := c.roleEndingAt(d, j-2); k != notPerson {
			return s, k
		}
		if s, k := c.personEndingAt(d, j-2); k != notPerson {
			return s, k
		}
	}
	if s, k := c.roleEndingAt(d, j); k != notPerson {
		return s, k
	}
	// "Mary Jones": a surname after a known name.
	if t.cap && d.same(j-1, j) && !t.clause && c.isName(&d.toks[j-1]) {
		return j - 1, namedPerson
	}
	// A capitalised verb opening a clause is an imperative, not a name:
	// "Remove ignored files", "Fix ignored paths".
	if t.cap && !isDigit(w[0]) && len(w) > 1 && !c.notNames[w] && !systemName(d.text[t.start:t.end]) &&
		!(t.clause && knownVerbs[w]) {
		return j, weakPerson
	}
	return -1, notPerson
}

// roleEndingAt matches "[the|our|...] [up to two modifiers] ROLE" ending at j.
func (c *Checker) roleEndingAt(d *doc, j int) (int, personKind) {
	if w := d.toks[j].word; (w == "member" || w == "members") && j > 0 && d.same(j-1, j) &&
		(d.tok(j-1) == "team" || d.tok(j-1) == "staff" || d.tok(j-1) == "crew") {
		j-- // "a team member": the member of a team is a person, a cluster member is not
	}
	if !c.isRole(d.toks[j].word) {
		return -1, notPerson
	}
	for k := j - 1; k >= j-3 && d.same(k, j); k-- {
		if determiners[d.toks[k].word] || possessive(d.toks[k].word) {
			return k, rolePerson
		}
		if d.toks[k+1].clause || d.toks[k].comma {
			break
		}
	}
	// A bare role at a clause start ("On-call didn't escalate") or a plural
	// role ("Engineers skipped the review") is a person too.
	if d.toks[j].clause || isPlural(d.toks[j].word) {
		return j, rolePerson
	}
	if j > 0 && d.toks[j-1].clause && d.same(j-1, j) {
		return j - 1, rolePerson // "Backend engineer forgot to..."
	}
	return -1, notPerson
}

// possessive reports whether w is a possessive like "bob's".
func possessive(w string) bool {
	n := len(w)
	return n > 2 && w[n-2] == '\'' && w[n-1] == 's'
}

// isName reports whether token t is a known person's name. Names must be
// capitalised in the text, so the modal "will" is never Will.
func (c *Checker) isName(t *token) bool {
	return t.cap && c.names[t.word] && !c.allowed[t.word]
}

// personStartingAt matches a person in object position starting at i ("fire
// him", "blame the intern"), returning the index after the span.
func (c *Checker) personStartingAt(d *doc, i int) int {
	if i >= len(d.toks) {
		return -1
	}
	t := &d.toks[i]
	switch {
	case objectPronouns[t.word] || subjectPronouns[t.word]:
		return i + 1
	case c.isName(t):
		if d.same(i, i+1) && d.toks[i+1].cap && !d.toks[i+1].clause && !t.comma {
			return i + 2
		}
		return i + 1
	case determiners[t.word] || possessive(t.word):
		for k := i + 1; k <= i+3 && d.same(i, k); k++ {
			if c.isRole(d.toks[k].word) {
				return k + 1
			}
			if d.toks[k].comma {
				break
			}
		}
	case c.isRole(t.word) && isPlural(t.word):
		return i + 1
	}
	return -1
}

// systemName reports whether a capitalised word is spelled like a product
// or a system rather than a first name: a capital or a digit after the
// first letter (HAProxy, PyMongo, BinderHub, S3, DNS).
func systemName(w string) bool {
	for k := 1; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || isDigit(c) {
			return true
		}
	}
	return false
}
