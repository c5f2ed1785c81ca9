package phrasing

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one word of the checked text. Rules match on tokens rather than
// on the raw text so that one cheap pass over the bytes serves every rule
// and no regular expression runs per keystroke.
type token struct {
	start, end int    // byte span in the text
	word       string // lower-cased, curly apostrophes made straight
	sent       int32  // index of the sentence holding the token
	cap        bool   // first letter upper-case in the text
	clause     bool   // first word of a clause (sentence start, or after , ; : etc.)
	quoted     bool   // inside quotation marks: reported speech
	comma      bool   // a clause break (comma, colon...) follows the token
	handle     bool   // written as an @handle: a person
	line       lineKind
}

// sentence is a run of tokens between sentence breaks.
type sentence struct {
	start, end  int // byte span, end including the closing punctuation
	first, last int // token indexes [first, last)
	question    bool
}

// doc is a tokenized text.
type doc struct {
	text  string
	lower string
	// lowerBuf holds lower's bytes when they are not text's, for the next
	// check to reuse: nothing a check returns may point into it (see
	// Detach).
	lowerBuf []byte
	toks     []token
	sents    []sentence
	// steps counts the bytes and tokens scanned after tokenizing, so a
	// test can show the cost of a check grows linearly with the text.
	steps int
	// wordsOnly skips reading what kind of line the text starts with: a
	// rule's phrase is split into words once per word at start-up, and
	// only its words matter there.
	wordsOnly bool
}

// lowerASCII lower-cases the ASCII letters of s, keeping every byte offset:
// strings.ToLower can change the length of some non-ASCII text, and offsets
// must stay valid against the original.
// It writes into buf when buf is long enough, so a pooled doc lower-cases
// every check into the same bytes, and returns the buffer it used.
func lowerASCII(s string, buf []byte) (string, []byte) {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s, buf
	}
	b := buf[:0]
	if cap(b) < len(s) {
		b = make([]byte, 0, len(s)+len(s)/4)
	}
	b = append(b, s...)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b)), b
}

// asciiWord marks the ASCII bytes that belong in words.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordRune reports whether the rune starting at s[i] belongs in a word,
// and its byte width.
func isWordRune(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == '’' {
		return false, n
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r), n
}

// joinerAt returns the width of the joiner at s[i], or 0: a joiner links two word
// parts: didn't, on-call, v3.2.0, 09:19.
func joinerAt(s string, i int) int {
	switch s[i] {
	case '\'', '-', '.', ':':
		return 1
	case 0xE2:
		if strings.HasPrefix(s[i:], "’") {
			return len("’")
		}
	}
	return 0
}

// tokenize splits text into tokens and sentences in one pass, reusing d's
// buffers.
func (d *doc) tokenize(text string) {
	d.text, d.toks, d.sents = text, d.toks[:0], d.sents[:0]
	d.lower, d.lowerBuf = lowerASCII(text, d.lowerBuf)
	d.steps = 0
	if want := len(text)/5 + 8; cap(d.toks) < want {
		// One allocation sized for the text, rather than growing a long
		// document's token list step by step; a quarter more, so the
		// next, slightly longer, segment of a file reuses it.
		want += want / 4
		d.toks = make([]token, 0, want)
		d.sents = make([]sentence, 0, want/8)
	}
	sentStart := true
	clause := true
	quoted := false
	line, lineQuote := proseLine, false
	if !d.wordsOnly {
		line, lineQuote = classifyLine(text, 0, false)
	}
	sentFirst := 0
	sentByte := -1
	closeSent := func(end int, question bool) {
		if len(d.toks) > sentFirst {
			d.sents = append(d.sents, sentence{start: sentByte, end: end, first: sentFirst,
				last: len(d.toks), question: question})
		}
		sentFirst = len(d.toks)
		sentByte = -1
		sentStart, clause = true, true
	}
	markClause := func() {
		clause = true
		if n := len(d.toks); n > sentFirst {
			d.toks[n-1].comma = true
		}
	}
	i := 0
	for i < len(text) {
		ok, n := isWordRune(text, i)
		if ok {
			start := i
			curly := false
			i += n
			for i < len(text) {
				// Fast path: a run of ASCII word bytes, the bulk of any text.
				for i < len(text) && text[i] < utf8.RuneSelf && asciiWord[text[i]] {
					i++
				}
				if i == len(text) {
					break
				}
				if ok, n := isWordRune(text, i); ok {
					i += n
					continue
				}
				if j := joinerAt(text, i); j > 0 && i+j < len(text) {
					if ok, _ := isWordRune(text, i+j); ok {
						curly = curly || j > 1
						if c, p := text[i+j], text[i-1]; text[i] == ':' && !(isDigit(c) && isDigit(p)) ||
							text[i] == '.' && !isDigit(c) && !(c >= 'a' && c <= 'z') {
							// v3.2.0, api.example.com and 09:19 join; "done.Next" and "cause:x" do not.
							break
						}
						i += j
						continue
					}
				}
				break
			}
			// Markdown emphasis with underscores ("_particular_") is not
			// part of the word; snake_case inside it is.
			end := i
			for start < end && text[start] == '_' {
				start++
			}
			for end > start && text[end-1] == '_' {
				end--
			}
			if start == end {
				continue // a rule of underscores
			}
			word := d.lower[start:end]
			if curly {
				word = strings.ReplaceAll(word, "’", "'")
			}
			if n := len(word); n > 3 && word[n-1] == 't' && word[n-2] == 'n' {
				word = bareContraction(word)
			}
			upper := text[start] >= 'A' && text[start] <= 'Z'
			if text[start] >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(text[start:])
				upper = unicode.IsUpper(r)
			}
			if sentByte < 0 {
				sentByte = start
			}
			d.toks = append(d.toks, token{start: start, end: end, word: word,
				sent: int32(len(d.sents)), cap: upper, clause: clause || sentStart,
				quoted: quoted || lineQuote, handle: start > 0 && text[start-1] == '@', line: line})
			sentStart, clause = false, false
			continue
		}
		c := text[i]
		switch {
		case c == ' ':
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			if j == len(text) || text[j] == ' ' || text[j] == '\n' || text[j] == '\t' ||
				text[j] == '\r' || text[j] == '"' || text[j] == ')' || text[j] == '*' || text[j] == '_' ||
				strings.HasPrefix(text[j:], "”") {
				closeSent(j, strings.IndexByte(text[i:j], '?') >= 0)
			}
			i = j
			continue
		case c == '\n':
			if d.newlineBreaks(i) {
				closeSent(i, false)
				quoted = false
			}
			line, lineQuote = classifyLine(text, i+1, lineQuote)
		case c == '|':
			closeSent(i, false)
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')':
			markClause()
		case c == '-' && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '-'):
			markClause()
		case c == '"':
			quoted = !quoted
			markClause()
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '“':
				quoted = true
				markClause()
			case '”':
				quoted = false
				markClause()
			case '—', '–':
				markClause()
			}
			i += n
			continue
		}
		i++
	}
	closeSent(len(text), false)
}

// newlineBreaks decides whether the newline at i ends a sentence. A blank
// line, a list item, heading or table row always does; a soft-wrapped line
// that carries on in lower case does not ("Bob should\nhave rolled back").
func (d *doc) newlineBreaks(i int) bool {
	t := d.text
	j := i + 1
	for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
		j++
	}
	if j+1 < len(t) && (t[j] == '[' || t[j] == '`') {
		j++ // a link or a code span carrying on a wrapped line: "violates the\n[principle of ..."
	}
	if j >= len(t) || !(t[j] >= 'a' && t[j] <= 'z') {
		return true
	}
	k := i - 1
	for k >= 0 && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r') {
		k--
	}
	if k < 0 {
		return true
	}
	c := t[k]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',')
}

// tok returns the word at index i, or "" outside the text, so detectors can
// look around without bounds checks.
func (d *doc) tok(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].word
}

// same reports whether tokens i and j are in one sentence.
func (d *doc) same(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(d.toks) && j < len(d.toks) && d.toks[i].sent == d.toks[j].sent
}

// sentOf returns the sentence holding token i.
func (d *doc) sentOf(i int) *sentence {
	return &d.sents[d.toks[i].sent]
}

// bareContraction restores the apostrophe informal notes leave out of a
// negative contraction ("werent", "didnt"), so the rules read it as they
// read "weren't". Words that are also other words ("cant", "wont") stay.
func bareContraction(w string) string {
	switch w {
	case "didnt":
		return "didn't"
	case "doesnt":
		return "doesn't"
	case "dont":
		return "don't"
	case "isnt":
		return "isn't"
	case "wasnt":
		return "wasn't"
	case "werent":
		return "weren't"
	case "arent":
		return "aren't"
	case "hasnt":
		return "hasn't"
	case "havent":
		return "haven't"
	case "hadnt":
		return "hadn't"
	case "shouldnt":
		return "shouldn't"
	case "couldnt":
		return "couldn't"
	case "wouldnt":
		return "wouldn't"
	}
	return w
}
