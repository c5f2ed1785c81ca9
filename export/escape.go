package export

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/textsafe"
)

// escapeInline makes any note text safe as one line of GitHub-flavoured
// Markdown: a table cell, a list item, a heading or part of a sentence. The
// text is shown as typed, never as markup: line breaks become spaces (a
// cell cannot hold one), HTML is escaped to entities so a note never becomes
// HTML, Markdown punctuation that could start emphasis, code, links, tables
// or strikethrough is backslash-escaped, and whatever could start a block
// (a heading, a list, a rule) is escaped at the start. Control characters
// arrive from other people's session files, so they are shown inert as
// visible escapes such as \x1b rather than passed to a terminal or renderer.
func escapeInline(s string) string {
	if plainInline(s) {
		return s
	}
	s = strings.TrimSpace(flatten(s))
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	var prev rune // the previous rune of s, 0 at the start
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case textsafe.Classify(r) == textsafe.Invisible:
			// Zero-width characters hide text and change how it is
			// measured; they carry nothing a reader would miss.
		case isInert(r):
			writeVisible(&b, r)
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			// A lone & is literal in Markdown, and must stay raw inside
			// a URL for the autolink to be right; only an & that would
			// start an entity reference is escaped.
			if isEntity(s[i:]) {
				b.WriteString("&amp;")
			} else {
				b.WriteByte('&')
			}
		case r == '\\' || r == '`' || r == '*' || r == '[' || r == ']' || r == '|' || r == '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '_':
			// An underscore between two letters cannot open or close
			// emphasis, so pg_pool_utilization stays readable.
			if !isWordRune(prev) || !isWordRune(next) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case r == '#':
			// A # opens a heading at the start of a list item, and a run of
			// them at the end of a heading is its closing sequence.
			if i == 0 || strings.Trim(s[i:], "# ") == "" {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case i == 0 && (r == '-' || r == '+' || r == '='):
			// A leading -, + or = could start a list, a rule or a setext
			// underline once the text sits alone on a line.
			b.WriteByte('\\')
			b.WriteRune(r)
		case (r == '.' || r == ')') && isOrderedMarker(s[:i]):
			// "1. text" at the start would become an ordered list.
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// special marks the ASCII bytes escapeInline may have to change anywhere
// in the text; bytes from 0x80 up are special too, as they may start a C1
// control or a bidi override.
var special = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	for _, c := range []byte("\\`*[]|~_<>&#\x7f") {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// plainInline reports whether s needs no escaping at all, which is most
// notes: nothing special anywhere, no space at either end, and no block
// syntax at the start. It lets the common note through without a copy.
func plainInline(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	switch c := s[0]; {
	case c == '-' || c == '+' || c == '=' || c >= '0' && c <= '9':
		return false
	}
	for i := 0; i < len(s); i++ {
		if special[s[i]] {
			return false
		}
	}
	return true
}

// escapeBlock escapes multi-line text (the summary) line by line, keeping
// its paragraphs: each line is made safe as escapeInline makes a cell, and
// runs of blank lines become one paragraph break.
func escapeBlock(s string) string {
	var out []string
	blank := true
	for _, line := range strings.Split(normalizeBreaks(s), "\n") {
		line = escapeInline(line)
		if line == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, line)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// normalizeBreaks turns CRLF, CR and the Unicode line and paragraph
// separators into \n, so every kind of line break splits the same way.
func normalizeBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\u2028\u2029\u0085") {
		return s
	}
	return strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n", "\u0085", "\n").Replace(s)
}

// flatten puts text on one line: every line break and tab becomes a space,
// and bytes that are not UTF-8 become U+FFFD so the document stays valid.
func flatten(s string) string {
	s = normalizeBreaks(s)
	if utf8.ValidString(s) && !strings.ContainsAny(s, "\n\t\v\f") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s { // invalid bytes range as utf8.RuneError, U+FFFD
		switch r {
		case '\n', '\t', '\v', '\f':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInert reports whether r must not reach a reader raw: control
// characters, bidi and invisible characters, as textsafe classifies them.
func isInert(r rune) bool { return textsafe.Unsafe(r) }

// writeVisible writes an inert rune as a visible escape: \x1b for a C0
// control or DEL, \u009b for a C1 control, a bidi or invisible character.
func writeVisible(b *strings.Builder, r rune) { textsafe.WriteVisible(b, r) }

// isWordRune reports whether r is a letter or digit (0 is neither).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isOrderedMarker reports whether head, the text before a . or ), is an
// ordered-list number: one to nine digits at the start of the text.
func isOrderedMarker(head string) bool {
	if head == "" || len(head) > 9 {
		return false
	}
	for i := 0; i < len(head); i++ {
		if head[i] < '0' || head[i] > '9' {
			return false
		}
	}
	return true
}

// inertRecord makes the session-file bytes safe to show in a code block.
// The codec's JSON escapes C0 controls but passes DEL, C1 controls and bidi
// overrides through raw; each is rewritten as the JSON escape \u00XX. They
// can only occur inside JSON strings, where the escape decodes to the same
// rune, so the record still decodes to exactly the same events.
func inertRecord(b []byte) []byte {
	if !hasInert(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for _, r := range string(b) {
		if isInert(r) && r != '\n' {
			out = fmt.Appendf(out, `\u%04x`, r)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// fenceFor returns a backtick fence longer than any run of backticks in
// content, so nothing inside can close the code block early.
func fenceFor(content []byte) string {
	longest := 0
	for i := 0; ; {
		j := bytes.IndexByte(content[i:], '`')
		if j < 0 {
			break
		}
		i += j
		run := 0
		for i < len(content) && content[i] == '`' {
			run++
			i++
		}
		longest = max(longest, run)
	}
	return strings.Repeat("`", max(3, longest+1))
}

// hasInert reports whether b, session-file lines, holds an inert rune. It
// looks for the lead bytes with IndexByte, as a 10,000-event record is two
// megabytes: DEL, and the lead bytes of every inert rune above it (0xC2 for
// C1, 0xD8 for U+061C, 0xE1 for U+180E, 0xE2 for the bidi, zero-width and
// separator characters, 0xEF for U+FEFF, U+FFFE and U+FFFF). C0 controls
// are not looked for: encoding/json, which writes every line, escapes them.
func hasInert(b []byte) bool {
	if bytes.IndexByte(b, 0x7f) >= 0 {
		return true
	}
	for _, lead := range []byte{0xc2, 0xd8, 0xe1, 0xe2, 0xef} {
		for i := 0; ; i++ {
			j := bytes.IndexByte(b[i:], lead)
			if j < 0 {
				break
			}
			i += j
			if i+1 < len(b) && isInert(decodeAt(b, i)) {
				return true
			}
		}
	}
	return false
}

// decodeAt decodes the rune at b[i].
func decodeAt(b []byte, i int) rune {
	r, _ := utf8.DecodeRune(b[i:])
	return r
}

// isEntity reports whether s, starting at an &, begins an HTML entity or
// character reference that a Markdown renderer would decode: &name;,
// &#123; or &#x1F;.
func isEntity(s string) bool {
	i, n := 1, 0
	num := strings.HasPrefix(s[1:], "#")
	hex := false
	if num {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			hex = true
			i++
		}
	}
	for ; i < len(s) && n <= 32; i, n = i+1, n+1 {
		c := s[i]
		switch {
		case c == ';':
			return n > 0
		case c >= '0' && c <= '9':
		case hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'):
		case !num && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
		default:
			return false
		}
	}
	return false
}
