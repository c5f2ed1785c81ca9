package lint

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/phrasing"
)

// Writer writes findings as they are found, in one output format.
type Writer interface {
	// Write writes one finding.
	Write(r Result) error
	// Close finishes the output (a JSON or SARIF document is closed even
	// with no findings) and flushes it.
	Close() error
}

// Formats lists the output formats NewWriter knows.
var Formats = []string{"text", "json", "github", "sarif"}

func validFormat(f string) bool {
	for _, k := range Formats {
		if f == k {
			return true
		}
	}
	return false
}

// NewWriter returns a Writer for format (one of Formats; text for any
// other) writing to w. rules describes the rules for formats that list
// them (SARIF).
func NewWriter(format string, w io.Writer, rules *phrasing.Rules) Writer {
	bw := bufio.NewWriterSize(w, 32<<10)
	switch format {
	case "json":
		return &jsonWriter{w: bw}
	case "github":
		return &githubWriter{w: bw}
	case "sarif":
		return newSARIFWriter(bw, rules)
	}
	return &textWriter{w: bw}
}

// textWriter prints
// "FILE:LINE:COL: severity category [rule] "match": message (suggestion: ...)".
type textWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (t *textWriter) Write(r Result) error {
	b := append(t.buf[:0], Escape(r.File)...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(r.Column), 10)
	b = append(b, ": "...)
	b = append(b, Escape(string(r.Severity))...)
	b = append(b, ' ')
	b = append(b, Escape(r.Category)...)
	b = append(b, " ["...)
	b = append(b, Escape(r.Rule)...)
	b = append(b, "] \""...)
	b = append(b, Escape(r.Match)...)
	b = append(b, "\": "...)
	b = append(b, Escape(r.Message)...)
	if r.Suggestion != "" {
		b = append(b, " (suggestion: "...)
		b = append(b, Escape(r.Suggestion)...)
		b = append(b, ')')
	}
	b = append(b, '\n')
	t.buf = b
	_, err := t.w.Write(b)
	return err
}

func (t *textWriter) Close() error { return t.w.Flush() }

// dangerous reports runes a terminal may act on: C0 and C1 controls, DEL,
// and the bidirectional overrides that can make text read differently.
func dangerous(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}

// Escape makes s safe to print to a terminal: control characters (ESC, C0,
// C1), bidirectional overrides and invalid UTF-8 are shown as escapes.
func Escape(s string) string {
	clean := true
	for _, r := range s {
		if dangerous(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&sb, `\x%02x`, s[i])
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x80 && dangerous(r):
			fmt.Fprintf(&sb, `\x%02x`, r)
		case dangerous(r):
			fmt.Fprintf(&sb, `\u%04x`, r)
		default:
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}
