package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// clean turns typed or pasted text into note text: ANSI escape sequences
// are removed, tabs become spaces, other control characters (C0, C1, DEL)
// are dropped, and invalid UTF-8 is replaced. When keepNewlines is false,
// line breaks become spaces. Nothing a note holds can then drive the
// terminal when it is shown.
func clean(s string, keepNewlines bool) string {
	if s == "" {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			if keepNewlines {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case isControl(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// inert renders text that may come from someone else's file for display:
// control characters and escapes are shown as visible placeholders rather
// than passed to the terminal.
func inert(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isControl(r) && r != '\n' {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune('\uFFFD')
		case r == '\n':
			b.WriteByte('\n')
		case r == 0x1b:
			b.WriteString("␛")
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Control Pictures block: ␀ ␁ ...
		case r == 0x7f:
			b.WriteString("␡")
		case isControl(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		r == '\u2028' || r == '\u2029' || (unicode.Is(unicode.Bidi_Control, r))
}
