package lint

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/textsafe"
)

// Writer writes findings as they are found, in one output format.
type Writer interface {
	// Write writes one finding.
	Write(r Result) error
	// Close finishes the output (a JSON or SARIF document is closed even
	// with no findings) and flushes it.
	Close() error
}

// failRecorder is a Writer whose output itself records a file that could
// not be checked (SARIF's run notifications), msg saying why.
type failRecorder interface{ Fail(file, msg string) }

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

// dangerous reports runes a terminal may act on or that read differently
// than stored; textsafe holds the one definition.
func dangerous(r rune) bool { return textsafe.Unsafe(r) }

// Escape makes s safe to print to a terminal: control characters (ESC, C0,
// C1), bidi and invisible characters and invalid UTF-8 are shown as escapes.
func Escape(s string) string { return textsafe.Escape(s) }

// escapeJSONControls writes C1 controls and bidi overrides as \uXXXX JSON
// escapes (encoding/json already escapes C0), so the JSON is unchanged in
// meaning but inert on a terminal.
func escapeJSONControls(s string) string {
	var sb strings.Builder
	last := 0
	for i, r := range s {
		if r >= 0x80 && dangerous(r) {
			if sb.Len() == 0 {
				sb.Grow(len(s) + 16)
			}
			sb.WriteString(s[last:i])
			fmt.Fprintf(&sb, `\u%04x`, r)
			last = i + utf8.RuneLen(r)
		}
	}
	if last == 0 {
		return s
	}
	sb.WriteString(s[last:])
	return sb.String()
}
