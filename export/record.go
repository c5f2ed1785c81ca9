package export

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/model"
)

// recordSummary opens the meeting record's <details> block. ParseMarkdown
// looks for it; note text can never produce it, as escapeInline turns every
// < in a note into &lt;.
const recordSummary = "<details><summary>Meeting record (debrief session, "

// record writes the session file itself, collapsed, so the document alone
// can be replayed: `debrief replay postmortem.md`.
func (r *report) record(b *strings.Builder) {
	// A session file line is some 200 bytes; sizing the buffer once saves
	// copying a growing record over and over.
	data := append(make([]byte, 0, 256*len(r.events)+1024), model.EncodeHeader()...)
	skipped := 0
	for _, ev := range r.events {
		line, err := model.AppendEvent(data, ev)
		if err != nil {
			// The codec refuses only events it could not read back; leaving
			// one out keeps the rest of the record replayable.
			skipped++
			continue
		}
		data = line
	}
	data = inertRecord(data)
	fence := fenceFor(data)
	fmt.Fprintf(b, "%s%d events)</summary>\n\n", recordSummary, len(r.events)-skipped)
	fmt.Fprintf(b, "%syaml\n", fence)
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "%s\n\n</details>\n", fence)
	if skipped > 0 {
		fmt.Fprintf(b, "\n_%s left out of the record: the session file could not encode them._\n", count(skipped, "event"))
	}
}

// ErrNoRecord is a Markdown file with no meeting record to read back.
var ErrNoRecord = errors.New("no debrief meeting record found")

// ParseMarkdown reads the meeting record back out of an exported
// postmortem (name is for messages), so a postmortem can be replayed like
// its session file. The warnings and errors are model.DecodeLog's, with
// line numbers that point into the Markdown file.
func ParseMarkdown(name string, data []byte) ([]model.Event, []string, error) {
	lines := bytes.Split(data, []byte("\n"))
	start := -1
	// The last record wins: the export writes it at the end, and anything
	// pasted above it is someone else's document.
	for i := len(lines) - 1; i >= 0; i-- {
		if bytes.HasPrefix(bytes.TrimSpace(lines[i]), []byte(recordSummary)) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, nil, fmt.Errorf("%s: %w (written by hand, or exported with --publish, which leaves the record out); name the meeting's .debrief.yaml or its full export", name, ErrNoRecord)
	}
	open := -1
	var fence []byte
	for i := start + 1; i < len(lines); i++ {
		t := bytes.TrimRight(lines[i], " \t\r")
		if n := countPrefix(t, '`'); n >= 3 {
			open, fence = i, t[:n]
			break
		}
		if len(bytes.TrimSpace(t)) > 0 {
			break
		}
	}
	if open < 0 {
		return nil, nil, fmt.Errorf("%s:%d: the debrief meeting record has no code block", name, start+1)
	}
	var warnings []string
	end := len(lines)
	for i := open + 1; i < len(lines); i++ {
		t := bytes.TrimRight(lines[i], " \t\r")
		if countPrefix(t, '`') >= len(fence) && len(bytes.Trim(t, "`")) == 0 {
			end = i
			break
		}
	}
	if end == len(lines) {
		warnings = append(warnings, fmt.Sprintf("%s:%d: the meeting record's code block is not closed (the file was cut short?)", name, open+1))
	}
	// Blank lines in place of everything above the record keep DecodeLog's
	// line numbers true to the Markdown file; it skips blank lines before
	// the header.
	var buf bytes.Buffer
	buf.Grow(open + 1 + len(data))
	buf.Write(bytes.Repeat([]byte("\n"), open+1))
	for i, l := range lines[open+1 : end] {
		buf.Write(l)
		// A file cut short ends its last line without a newline; keeping
		// it that way lets DecodeLog tell a torn record from a damaged one.
		if open+1+i < len(lines)-1 {
			buf.WriteByte('\n')
		}
	}
	events, warns, err := model.DecodeLog(name, buf.Bytes())
	return events, append(warnings, warns...), err
}

// countPrefix counts the leading c bytes of b.
func countPrefix(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}
