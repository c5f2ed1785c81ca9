package importer

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/textsafe"
)

// rowText turns text from someone else's file into one timeline row:
// escape sequences removed, control characters dropped, line breaks and
// runs of spaces made one space, invalid UTF-8 replaced, cut to
// MaxTextRunes. A #started, #detected, #mitigated or #resolved in the text
// loses its #, so chatter cannot set the incident's markers: only the
// importer's own tag does.
func rowText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.ContainsRune(s, 0x1b) || strings.ContainsRune(s, 0x9b) {
		s = ansi.Strip(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space, n := false, 0
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if isControl(r) {
			continue
		}
		if n == MaxTextRunes {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		n++
	}
	out := b.String()
	if strings.IndexByte(out, '#') >= 0 {
		out = unmark(out)
	}
	return out
}

// unmark drops the # of marker words.
func unmark(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if _, ok := model.ParseMarker(w); ok && strings.HasPrefix(w, "#") {
			words[i] = w[1:]
		}
	}
	return strings.Join(words, " ")
}

// isControl is a rune that must not reach a terminal or a document raw:
// the project's one definition, in textsafe.
func isControl(r rune) bool { return textsafe.Unsafe(r) }

// visible shows control characters in a message as escapes, so a file's
// name or content cannot drive the terminal the error is printed on.
func visible(s string) string { return textsafe.Escape(s) }

// Visible is a name or text from someone else's file made safe to print:
// control characters are shown as escapes.
func Visible(s string) string { return visible(s) }
