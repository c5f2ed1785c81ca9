package phrasing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words mentioned rather than used: a link's text or another bracketed
// title, a short term in single quotes, and "human error" discussed as a
// term or as what happens to everyone. Each check reads a bounded window
// around the finding.

// bracketed reports whether the first or the last word of finding f (from
// token k) is in brackets: "explore more in [Testing practices]".
func bracketed(d *doc, k int, f *Finding) bool {
	return inBrackets(d, k) || inBrackets(d, min(tokenAt(d, f.Offset+f.Length-1), len(d.toks)-1))
}

// inBrackets reports whether token k sits in a link's text or another
// bracketed span on its line: "[Root cause](#root-cause)", "read more in
// [Testing practices we follow]". The text names a section or a document;
// it is not the writer's claim. Reads at most maxHeading bytes each way.
func inBrackets(d *doc, k int) bool {
	s := d.text
	open := false
	for i := d.toks[k].start - 1; i >= 0 && i >= d.toks[k].start-maxHeading; i-- {
		if c := s[i]; c == '[' {
			open = true
			break
		} else if c == ']' || c == '\n' {
			return false
		}
	}
	if !open {
		return false
	}
	for i := d.toks[k].end; i < len(s) && i < d.toks[k].end+maxHeading; i++ {
		if c := s[i]; c == ']' {
			return true
		} else if c == '[' || c == '\n' {
			return false
		}
	}
	return false
}

// termLeads before "human error" discuss the label rather than apply it:
// "the term human error", "rather than calling it human error", "blaming
// human error teaches nothing".
var termLeads = set("term", "terms", "phrase", "label", "labels", "word", "words", "calling",
	"call", "called", "blaming", "blame", "write", "writing", "labelling", "labeling", "in",
	"than", "beyond", "past", "of", "about", "myth", "notion", "idea", "concept")

// normalAfter "human error is|are|will" say what human error is in general:
// inevitable, bound to happen, a symptom, never the cause.
var normalAfter = set("inevitable", "bound", "normal", "natural", "unavoidable", "always",
	"symptom", "never", "not", "starting", "label", "myth", "going", "expected", "part",
	"happen", "happens", "certain", "human")

// labelDiscussed reports whether "human error" at k is discussed as a term
// or as something that happens to everyone, rather than given as the
// explanation: "the term human error hides the system", "human errors are
// bound to happen". "The root cause was human error" stays.
func labelDiscussed(d *doc, k int, f *Finding) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.same(j, k) && !d.toks[j+1].clause; j-- {
		if w := d.toks[j].word; termLeads[w] && !(w == "of" || w == "in") || (w == "in" || w == "of") && j == k-1 &&
			(d.tok(j-1) == "believe" || d.tok(j-1) == "idea" || d.tok(j-1) == "notion") {
			return true
		}
	}
	e := tokenAt(d, f.Offset+f.Length-1) + 1
	for j := e; j < e+4 && d.same(e-1, j) && !d.toks[j].clause; j++ {
		switch d.toks[j].word {
		case "no", "not", "nothing", "never", "wasn't", "isn't", "weren't", "didn't", "doesn't":
			return true // "human error played no part here"
		}
	}
	if d.tok(e) == "that" || d.tok(e) == "which" {
		e++
	}
	switch d.tok(e) {
	case "happen", "happens":
		return d.same(e-1, e)
	case "is", "are", "will", "can", "do", "does":
		return d.same(e-1, e+1) && (normalAfter[d.tok(e+1)] || (d.tok(e+1) == "a" || d.tok(e+1) == "an") &&
			normalAfter[d.tok(e+2)])
	}
	return false
}

// maxMention bounds a term mentioned in single quotes: "the label 'human
// error'", "we stopped saying 'careless'". A longer span in single quotes
// is as often the writer's own lesson ('never ignore errors in staging').
const maxMention = 40

// mentioned reports whether finding f sits in a short span in single
// quotes (straight or curly): a term mentioned, not applied.
func mentioned(d *doc, f *Finding) bool {
	s := d.text
	a, b := f.Offset, f.Offset+f.Length
	open := -1
	for i := a - 1; i >= 0 && i >= a-maxMention; i-- {
		c := s[i]
		if c == '\'' || strings.HasPrefix(s[i:], "‘") {
			if i == 0 || strings.IndexByte(" \t\n([{", s[i-1]) >= 0 {
				open = i
			}
			break
		}
		if c == '.' || c == '\n' || c == '"' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for i := b; i < len(s) && i < b+maxMention; i++ {
		c := s[i]
		q := 0
		if c == '\'' {
			q = 1
		} else if strings.HasPrefix(s[i:], "’") {
			q = len("’")
		}
		if q > 0 {
			if i+q < len(s) {
				r, _ := utf8.DecodeRuneInString(s[i+q:])
				if unicode.IsLetter(r) {
					continue // an apostrophe inside a word: "didn't"
				}
			}
			return len(strings.Fields(s[open:i])) <= 5
		}
		if c == '.' || c == '\n' || c == '"' {
			return false
		}
	}
	return false
}

// attributed reports whether the sentence gives the words before token k
// to someone else's report: "According to the vendor's report, the root
// cause was human error." The writer passes on a framing they cannot
// rewrite; the claim is the source's.
func attributed(d *doc, k int) bool {
	sent := d.sentOf(k)
	for j := sent.first; j+1 < k && j < sent.first+ctxWindow; j++ {
		if d.toks[j].word == "according" && d.tok(j+1) == "to" {
			return true
		}
		if d.toks[j].word == "per" && d.toks[j].clause {
			return true // "Per the vendor's RCA, ..."
		}
	}
	return false
}
