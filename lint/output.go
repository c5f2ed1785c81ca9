package lint

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/textsafe"
)

// Result is a finding and the file it was found in.
type Result struct {
	File string
	phrasing.Finding
}

// jsonFinding is the JSON shape of a finding, as documented.
type jsonFinding struct {
	File       string `json:"file"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndColumn  int    `json:"end_column"`
	Offset     int    `json:"offset"`
	Length     int    `json:"length"`
	Rule       string `json:"rule"`
	Category   string `json:"category"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`
	Match      string `json:"match"`
}

// writeText prints "FILE:LINE:COL: severity category: message (suggestion: ...)".
func writeText(w io.Writer, rs []Result) error {
	var sb strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&sb, "%s:%d:%d: %s %s: %s", Escape(r.File), r.Line, r.Column,
			r.Severity, Escape(r.Category), Escape(r.Message))
		if r.Suggestion != "" {
			fmt.Fprintf(&sb, " (suggestion: %s)", Escape(r.Suggestion))
		}
		sb.WriteByte('\n')
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// writeJSON prints the findings as a JSON array ([] when clean).
func writeJSON(w io.Writer, rs []Result) error {
	out := make([]jsonFinding, 0, len(rs))
	for _, r := range rs {
		out = append(out, jsonFinding{File: r.File, Line: r.Line, Column: r.Column,
			EndColumn: r.EndColumn, Offset: r.Offset, Length: r.Length, Rule: r.Rule,
			Category: r.Category, Severity: string(r.Severity), Message: r.Message,
			Suggestion: r.Suggestion, Match: r.Match})
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, escapeJSONControls(sb.String()))
	return err
}

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
