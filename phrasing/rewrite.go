package phrasing

import "strings"

// Rewrites a team would publish. Taking a suggestion puts a blameless
// statement in the note: the work becomes the subject ("The canary
// dashboard was not checked before promoting"), never a question. The
// question for the room ("What made checking the canary dashboard hard at
// the time?") goes in Finding.Question, for the facilitator to ask aloud.

// lateWords end a counterfactual about timing: "rolled back sooner".
var lateWords = set("sooner", "earlier", "faster", "quicker", "quickly", "first")

// lateMods may come before a timing word: "hours earlier", "much sooner".
var lateMods = set("much", "far", "way", "hours", "minutes", "days", "an", "hour", "a", "bit",
	"lot", "little", "few", "two", "ten")

// workStatement turns "<someone> should have <verb> <rest>" into a
// statement about the work, and returns the question to ask with it. neg is
// true for "shouldn't have".
func workStatement(d *doc, verb, limit int, neg bool) (stmt, question string) {
	base := baseOf(d.toks[verb].word)
	if b := ingBase(d.toks[verb].word); b != "" && d.tok(verb-1) == "been" {
		base = b // "had not been checking the inbox"
	}
	k := verb + 1
	if c := d.tok(k); base == "double" && (c == "check" || c == "checked" || c == "checking") {
		base, k = "double-check", k+1 // "didn't double check the host"
	}
	if b := ingBase(d.tok(k + 2)); base == "get" && d.tok(k) == "around" && d.tok(k+1) == "to" && b != "" && k+2 < limit {
		verb, base, k = k+2, b, k+3 // "never got around to testing the restore"
	}
	particle := ""
	if particles[d.tok(k)] && d.same(verb, k) && k < limit {
		particle = " " + d.text[d.toks[k].start:d.toks[k].end]
		k++
	}
	act := gerund(base) + particle
	rest := trimPunct(d.span(k, limit))
	if d.tok(k) == "that" && k+1 < limit && (npStart[d.tok(k+1)] || subjectPronouns[d.tok(k+1)] ||
		selfPronouns[d.tok(k+1)] || d.tok(k+1) == "it") && !neg {
		// "didn't catch that the patch was breaking": a clause, not an object.
		clause := trimPunct(d.span(k+1, limit))
		return "It was not " + participle(base) + particle + " that " + lowerFirst(clause),
			"What made " + act + " that " + lowerFirst(clause) + " hard at the time?"
	}
	if neg {
		act = joinWords(act, rest)
		return capitalize(act) + " turned out to be risky",
			"What would have made " + act + " safer?"
	}
	// "rolled back sooner", "noticed the disk filling up hours earlier"
	if late := limit - 1; late >= k && lateWords[d.toks[late].word] && !(d.toks[late].word == "first" && late > k+1) {
		m := late
		for m > k && lateMods[d.toks[m-1].word] {
			m--
		}
		act = joinWords(act, trimPunct(d.span(k, m)))
		return capitalize(act) + " took longer than it could have",
			"What made " + act + " hard at the time?"
	}
	if npEnd, _ := objectNP(d, k, limit); npEnd > 0 && npEnd < limit && finiteVerbs[d.toks[npEnd].word] {
		// "known the flag was global": a clause, not an object.
		clause := trimPunct(d.span(k, limit))
		if d.tok(k) == "that" {
			clause = trimPunct(d.span(k+1, limit)) // "recognised that the delegation would break"
		}
		return "It was not " + participle(base) + particle + " that " + lowerFirst(clause),
			"What made " + act + " that " + lowerFirst(clause) + " hard at the time?"
	}
	if stmt, q := guardStatement(d, base, k, limit); stmt != "" {
		return stmt, q // "did not have alerts on the queue"
	}
	if base == "have" {
		if stmt, q := causativeStatement(d, k, limit); stmt != "" {
			return stmt, q // "did not have the contract audited"
		}
	}
	if npEnd, head := objectNP(d, k, limit); npEnd > 0 {
		np := trimPunct(d.span(k, npEnd))
		if base == "have" && (d.tok(head) == "plan" || d.tok(head) == "plans") && (d.tok(k) == "a" || d.tok(k) == "any") {
			// "did not have a rollback plan": "No rollback plan was in place"
			return capitalize(joinWords("no "+trimPunct(d.span(k+1, npEnd))+" "+beFor(d, head)+" in place",
				trimPunct(d.span(npEnd, limit)))), "What made planning this ahead hard at the time?"
		}
		if base == "have" {
			// "didn't have all the contact information"
			return capitalize(joinWords(np+" "+beFor(d, head)+" not available", trimPunct(d.span(npEnd, limit)))),
				"What kept " + lowerFirst(np) + " out of reach at the time?"
		}
		be := "was"
		if isPlural(d.toks[head].word) {
			be = "were"
		}
		tail := trimPunct(d.span(npEnd, limit))
		if m := d.tok(verb - 1); careManners[m] && d.same(verb-1, verb) {
			particle += " " + m // "did not properly size the pool": "was not sized properly"
		}
		return capitalize(joinWords(np+" "+be+" not "+participle(base)+particle, tail)),
			"What made " + joinWords(act+" "+lowerFirst(np), askedTail(tail)) + " hard at the time?"
	}
	if rest == "" && particle == "" {
		// "Bob should have known", "we didn't check": with nothing named,
		// "Knowing did not happen" says nothing a team would publish; the
		// rule's own suggestion stands.
		if knownOnly[base] {
			return "", "What would have made this visible at the time?"
		}
		return "", "What made this hard to do at the time?"
	}
	if knownOnly[base] && (d.tok(k) == "about" || d.tok(k) == "of") {
		if npEnd, head := objectNP(d, k+1, limit); npEnd > 0 {
			// "should have known about the limit": "The limit was not known at the time"
			np := trimPunct(d.span(k+1, npEnd))
			return capitalize(joinWords(np+" "+beFor(d, head)+" not known at the time", trimPunct(d.span(npEnd, limit)))),
				"What would have made " + lowerFirst(np) + " visible at the time?"
		}
	}
	act = joinWords(act, rest)
	return capitalize(act) + " did not happen",
		"What made " + act + " hard at the time?"
}

// knownOnly are knowing, not doing: nothing happened that could be named.
var knownOnly = set("know", "realize", "realise", "understand", "expect", "anticipate", "foresee")

// setRewrite makes stmt the finding's suggestion and the replacement for
// the words from the subject at start to the clause's end (the sentence's
// end and its full stop when the clause runs to it). Words before the subject (a
// timestamp, "Honestly,") are kept, and the statement takes a capital only
// where the subject had one at the start of the sentence.
func setRewrite(d *doc, f *Finding, start, limit int, stmt, question string) {
	f.Question = question
	if stmt == "" {
		return // nothing to say in the note's place: the rule's suggestion stands
	}
	sent := d.sentOf(start)
	if sent.question || !rewriteStart(d, start) {
		// A question stays a question, and "Dana and Marcus didn't ..." or
		// "In hindsight Kenji ..." would lose words before the subject: the
		// statement is offered, not put in the note.
		f.Suggestion = stmt
		return
	}
	if !sentenceStart(d, start) {
		stmt = lowerFirst(stmt)
	}
	f.Suggestion = stmt
	s, e := d.toks[start].start, d.toks[limit-1].end
	if limit != sent.last {
		if clauseEnds(d, limit) {
			// A clause the sentence goes on after ("… sooner and Bo
			// should have paged the DBA"): the statement replaces the
			// clause alone, so the room can take it as it can a whole
			// sentence's.
			f.Replacement, f.ReplaceOffset, f.ReplaceLength = stmt, s, e-s
		}
		return
	}
	end := e
	for end < len(d.text) && (d.text[end] == '.' || d.text[end] == '!' || d.text[end] == '?') {
		end++
	}
	if end > e {
		stmt += "."
	}
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = stmt, s, end-s
}

// clauseJoins are the words that start another clause of the same sentence.
var clauseJoins = set("and", "but", "so", "yet", "while", "whereas")

// clauseEnds reports whether a clause ends before token limit: at a clause
// break (a comma, a semicolon), or before a word that joins a clause with
// a subject of its own ("… and Bo should have paged"; not "… but was
// paged", whose subject is the one rewritten). A statement that took words
// past limit ("when asked") does not end there.
func clauseEnds(d *doc, limit int) bool {
	if limit <= 0 || limit >= len(d.toks) {
		return false
	}
	if d.toks[limit-1].comma {
		return true
	}
	return clauseJoins[d.tok(limit)] && subjectAt(d, limit+1)
}

// subjectAt reports whether token k can start a clause's subject: a
// pronoun, a determiner or a capitalised word (a name).
func subjectAt(d *doc, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	w := d.tok(k)
	if subjectPronouns[w] || writerPronouns[w] || determiners[w] || w == "it" {
		return true
	}
	return d.toks[k].cap
}

// clauseReach is how many words before a joining word are read for a verb.
const clauseReach = 12

// clauseVerbs are auxiliaries that give a clause its verb besides the modals.
var clauseVerbs = set("did", "didn't", "was", "wasn't", "were", "weren't", "had", "hadn't")

// joinedClause reports whether the subject at token k follows a word that
// joins it to a clause with a verb of its own ("Tom should have rolled
// back sooner and Bo ..."), not to another subject ("Dana and Marcus").
func joinedClause(d *doc, k int) bool {
	if k < 2 || !clauseJoins[d.tok(k-1)] {
		return false
	}
	// A few words back is the clause before: the look stays bounded in a
	// paragraph that never ends its sentence.
	for i := max(d.sentOf(k).first, k-1-clauseReach); i < k-1; i++ {
		if modalChain[d.tok(i)] || clauseVerbs[d.tok(i)] {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token k begins its sentence, allowing for a
// timestamp or list number before it ("09:19 Tom should have ...").
func sentenceStart(d *doc, k int) bool {
	first := d.sentOf(k).first
	for j := first; j < k; j++ {
		if w := d.toks[j].word; !isDigit(w[0]) {
			return false
		}
	}
	return true
}

// joinWords joins two phrases with a space, either of which may be empty.
func joinWords(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// lowerFirst lower-cases the first letter of s unless the first word looks
// like a name or an acronym (two capitals, or a capital the tokenizer would
// not have given a sentence-start word).
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	w := s
	if i := strings.IndexByte(s, ' '); i > 0 {
		w = s[:i]
	}
	if npStart[strings.ToLower(w)] || gerundLike(w) {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// gerundLike reports whether w is an -ing word, which a statement starts
// with ("Rolling back took longer than it could have").
func gerundLike(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// beFor returns "was" or "were" for a noun phrase with head token head.
func beFor(d *doc, head int) string {
	if isPlural(d.toks[head].word) {
		return "were"
	}
	return "was"
}

// rewriteStart reports whether a rewrite may replace the words from token
// k: it starts the sentence or a clause, or follows a time ("At 09:20 Kenji
// didn't acknowledge the page").
func rewriteStart(d *doc, k int) bool {
	if sentenceStart(d, k) || d.toks[k].clause {
		return true
	}
	p := d.toks[k-1]
	return p.comma || isDigit(p.word[0]) || joinedClause(d, k)
}

// askedTail turns a statement's "until" into the question's "before": "the
// bug was not caught until Friday" asks "What made catching the bug before
// Friday hard at the time?".
func askedTail(tail string) string {
	if rest, ok := strings.CutPrefix(tail, "until "); ok {
		return "before " + rest
	}
	return tail
}
