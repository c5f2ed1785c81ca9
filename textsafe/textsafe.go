// Package textsafe is debrief's one definition of what text may reach a
// terminal or a document raw. Notes, session files, agendas and rules files
// can come from someone else; anything in them that a terminal acts on
// (control characters and the escape sequences they start) or that makes
// text read differently than it is stored (bidirectional overrides,
// invisible zero-width characters, line separators) is classified here, and
// every writer (the screen, error messages, the export, lint) builds on it.
package textsafe

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Class says why a rune must not reach a terminal or a reader raw.
type Class int

// The classes of unsafe runes.
const (
	// Safe runes may be shown as they are.
	Safe Class = iota
	// Control is a C0 or C1 control character or DEL: terminals act on
	// them, and ESC and CSI start escape sequences.
	Control
	// Bidi is a bidirectional formatting character, which can make text
	// read in another order than it is stored.
	Bidi
	// Invisible is a zero-width or line-separating character that changes
	// how text is measured or broken without being seen.
	Invisible
)

// String names the class.
func (c Class) String() string {
	switch c {
	case Control:
		return "control"
	case Bidi:
		return "bidi"
	case Invisible:
		return "invisible"
	}
	return "safe"
}

// Classify says whether r is safe to show raw, and if not, why.
func Classify(r rune) Class {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return Control
	case r < 0x600:
		return Safe
	case r == 0x061c, r == 0x200e, r == 0x200f,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return Bidi
	case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff,
		r == 0x2028, r == 0x2029, r == 0x180e, r == 0xfffe, r == 0xffff:
		return Invisible
	}
	return Safe
}

// Unsafe reports whether r must not reach a terminal or a reader raw.
func Unsafe(r rune) bool { return Classify(r) != Safe }

// IsSafe reports whether s is valid UTF-8 holding only safe runes and, when
// multiline is true, line breaks.
func IsSafe(s string, multiline bool) bool { return isSafe(s, multiline, false) }

// IsSafeText reports whether s is valid UTF-8 holding only safe runes,
// line breaks and tabs: text as a file holds it.
func IsSafeText(s string) bool { return isSafe(s, true, true) }

func isSafe(s string, multiline, tabs bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || Unsafe(r) && !(multiline && r == '\n' || tabs && r == '\t') {
			return false
		}
		i += n
	}
	return true
}

// Escape makes s safe to print on one line of a terminal, as in an error
// message that quotes someone's file: every unsafe rune is written as a
// visible escape (\x1b, \n, \u200b) and each invalid byte as \xNN, so the
// reader sees what the file holds and the terminal acts on none of it.
func Escape(s string) string { return escape(s, false) }

// EscapeLines is Escape keeping line breaks and tabs, for a message of
// several lines such as a command's usage.
func EscapeLines(s string) string { return escape(s, true) }

func escape(s string, multiline bool) string {
	if isSafe(s, multiline, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case (r == '\n' || r == '\t') && multiline:
			b.WriteByte(byte(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case Unsafe(r):
			WriteVisible(&b, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// WriteVisible writes an unsafe rune as a visible escape: \x1b for a C0
// control or DEL, \u009b for anything above.
func WriteVisible(b *strings.Builder, r rune) {
	if r < 0x80 {
		fmt.Fprintf(b, `\x%02x`, r)
		return
	}
	fmt.Fprintf(b, `\u%04x`, r)
}

// Strip turns typed or pasted text into text that may be stored and shown:
// escape sequences are removed whole, tabs become spaces, every other
// unsafe rune is dropped and invalid UTF-8 becomes U+FFFD. Line breaks
// (CRLF, CR, LF, U+2028, U+2029) are kept as \n when keepNewlines is true
// and become spaces otherwise. Dropping the zero-width joiner splits an
// emoji sequence into its emoji, each as wide as every terminal draws it.
func Strip(s string, keepNewlines bool) string {
	if s == "" || IsSafe(s, keepNewlines) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			if keepNewlines {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case Unsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Inert renders text from someone else's file for the screen, keeping line
// breaks: C0 controls and DEL show as their Control Pictures (␛, ␀, ␡),
// other controls and bidi characters as U+FFFD, invalid bytes as U+FFFD,
// and invisible characters are dropped. Each replacement is one column
// wide, so layout measured on the result is what the terminal draws.
func Inert(s string) string {
	if IsSafe(s, true) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch c := Classify(r); {
		case r == utf8.RuneError && n == 1:
			b.WriteRune('\uFFFD')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Control Pictures block: ␀ ␁ ... ␛
		case r == 0x7f:
			b.WriteRune('␡')
		case c == Invisible:
		case c != Safe:
			b.WriteRune('\uFFFD')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
