package phrasing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phrase is a run of words: plain words ("human error"), alternatives
// ("lack of testing|ownership"), "*" for any one word, and "{person}" for a
// person in object position ("fire {person}"). Phrases are matched on tokens
// from an index of their first plain word, so a rule costs nothing until its
// word appears.

const (
	elemWord = iota
	elemAny
	elemPerson
)

type elem struct {
	kind  int
	words []string
}

type cphrase struct {
	r      *rule
	elems  []elem
	anchor int // index of the first plain word
}

// compilePhrase parses a phrase, returning a reason when it is not valid.
func compilePhrase(s string) (*cphrase, string) {
	cp := &cphrase{anchor: -1}
	for _, part := range strings.Fields(normWord(s)) {
		switch {
		case part == "*":
			cp.elems = append(cp.elems, elem{kind: elemAny})
		case part == "{person}":
			if cp.anchor < 0 {
				return nil, "{person} may not come before the first plain word"
			}
			cp.elems = append(cp.elems, elem{kind: elemPerson})
		case strings.HasPrefix(part, "{"):
			return nil, "unknown placeholder " + part + " (only {person} is known)"
		default:
			alts := strings.Split(part, "|")
			for _, a := range alts {
				if !isPlainWord(a) {
					return nil, "\"" + a + "\" is not a plain word (letters, digits, inner ' - . only)"
				}
			}
			if cp.anchor < 0 {
				cp.anchor = len(cp.elems)
			}
			cp.elems = append(cp.elems, elem{kind: elemWord, words: alts})
		}
	}
	if cp.anchor < 0 {
		return nil, "a phrase needs at least one plain word"
	}
	// Anchor on a rarer word when one comes before any {person}: "the real
	// cause" is tried at "real", not at every "the".
	for k := cp.anchor; k < len(cp.elems) && cp.elems[k].kind != elemPerson; k++ {
		if e := cp.elems[k]; e.kind == elemWord && !anyCommon(e.words) {
			cp.anchor = k
			break
		}
	}
	return cp, ""
}

// commonWords are too frequent to anchor a phrase on.
var commonWords = set("the", "a", "an", "to", "of", "be", "was", "were", "is", "it", "it's", "and",
	"or", "in", "on", "his", "her", "their", "he", "she", "all", "any", "more", "not", "make",
	"we", "you", "they", "for", "at", "by", "have", "had", "should", "would", "could", "this")

func anyCommon(words []string) bool {
	for _, w := range words {
		if commonWords[w] {
			return true
		}
	}
	return false
}

// isPlainWord reports whether w tokenizes as exactly one word.
func isPlainWord(w string) bool {
	if w == "" {
		return false
	}
	// A pooled doc: the rules' hundreds of words would each allocate one.
	if strings.ContainsAny(w, " \t\n\r") {
		return false
	}
	if allLetters(w) {
		return true // most of the rules' words: no need to tokenize
	}
	d := docPool.Get().(*doc)
	defer docPool.Put(d)
	d.wordsOnly = true
	d.tokenize(w)
	d.wordsOnly = false
	return len(d.toks) == 1 && d.toks[0].start == 0 && d.toks[0].end == len(w)
}

// allLetters reports whether w is ASCII letters only.
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// matchPhrase tries cp with its anchor at token i.
func (c *Checker) matchPhrase(d *doc, i int, cp *cphrase, out *[]Finding) {
	start := i - cp.anchor
	if start < 0 || !d.same(start, i) {
		return
	}
	pos := start
	for _, e := range cp.elems {
		if pos >= len(d.toks) || !d.same(start, pos) {
			return
		}
		switch e.kind {
		case elemAny:
			pos++
		case elemWord:
			if !hasWord(e.words, d.toks[pos].word) {
				return
			}
			pos++
		case elemPerson:
			end := c.personStartingAt(d, pos)
			if end < 0 {
				return
			}
			pos = end
		}
	}
	for k := start; k < pos-1; k++ {
		if d.toks[k].comma {
			return // "**test**: more tests for the parser": two clauses, no phrase
		}
	}
	if last := d.toks[pos-1].word; (last == "more" || last == "less") && d.same(start, pos) &&
		comparedAdjective(d.toks[pos].word) {
		return // "make the buffer test more robust": "more" grades the next word
	}
	r := cp.r
	for k := start - 1; k >= start-2 && d.same(k, start); k-- {
		if hasWord(r.UnlessBefore, d.toks[k].word) {
			return
		}
	}
	if d.same(start, pos) && hasWord(r.UnlessAfter, d.toks[pos].word) {
		return
	}
	f := c.finding(d, r, start, pos)
	if r.HasReplace {
		c.swap(d, &f, start, pos, r.Replace)
	}
	*out = append(*out, f)
}

func hasWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// swap sets f's replacement to put rep in place of tokens [a, b), keeping
// the capital of the original. An empty rep deletes the words: the span then
// runs on to the next word (which takes the capital) so the replacement is
// never empty and no double space is left behind; words that end a sentence
// are not deleted.
func (c *Checker) swap(d *doc, f *Finding, a, b int, rep string) {
	s, e := d.toks[a].start, d.toks[b-1].end
	capital := d.toks[a].cap
	if rep == "" {
		switch {
		case d.same(a, b):
			e = d.toks[b].end
			rep = d.text[d.toks[b].start:e]
		default:
			// Deleting the last words of a sentence leaves whatever came
			// before them to end it ("The data loss was."), so that is
			// left to the writer.
			return
		}
	}
	if capital {
		rep = capitalize(rep)
	}
	f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, s, e-s
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// span returns the original text of tokens [a, b), with the words in swap
// (his, her, their) replaced by "the" so a rewrite names nobody.
func (d *doc) span(a, b int) string {
	if a >= b {
		return ""
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteString(d.text[d.toks[k-1].end:d.toks[k].start])
		}
		switch d.toks[k].word {
		case "his", "her", "their":
			sb.WriteString("the")
		default:
			sb.WriteString(d.text[d.toks[k].start:d.toks[k].end])
		}
	}
	return sb.String()
}

// adjectiveEnds are endings of adjectives that "more" compares: "more
// robust" is said of the thing before it, not an amount asked for.
var adjectiveEnds = []string{"able", "ible", "ive", "ous", "ful", "ic", "ent", "ant", "ust", "ict",
	"ile", "ular", "ical", "less"}

// careAdjectives after "more" ask people for care, the vague action
// itself: "make sure the team is more careful".
var careAdjectives = set("careful", "cautious", "mindful", "attentive", "vigilant", "diligent",
	"responsible", "conscientious", "thoughtful", "prudent", "rigorous", "disciplined",
	"proactive", "deliberate", "methodical", "meticulous", "responsive", "communicative")

// comparedAdjective reports whether w reads as an adjective after "more"
// that grades a thing rather than asking people for care.
func comparedAdjective(w string) bool {
	if len(w) < 5 || strings.HasSuffix(w, "ly") || careAdjectives[w] {
		return false
	}
	for _, e := range adjectiveEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
