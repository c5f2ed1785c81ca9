// Package lint is `debrief lint`: it checks the postmortems a team already
// keeps (Markdown files or stdin) for blameful phrasing, with the same rules
// as the meeting, and reports findings as text, JSON, GitHub workflow
// annotations or SARIF. Input is read in segments, so memory stays flat in
// the size of the input.
package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/debrief-dev/debrief/phrasing"
)

// Result is a finding and the file it was found in.
type Result struct {
	File string
	// EndLine is the line the match ends on (Line is where it starts).
	EndLine int
	phrasing.Finding
}

// ErrNotText is returned for input that is not text (a NUL byte, or
// mostly invalid UTF-8).
var ErrNotText = errors.New("not a text file")

// Linter checks Markdown documents with one checker.
//
// Segments are checked one after another: checking them on two CPUs at
// once made a 1 MB file 1.6 times as fast in a benchmark, but as a whole
// process on a busy machine it gained 3% of wall time and cost 30% more
// peak memory.
type Linter struct {
	checker *phrasing.Checker
	// Known holds the rule ids and categories a switch may name. When it
	// and Warn are set, Warn is told (the file, the line and what is wrong)
	// of each switch that names anything else or is not a switch debrief
	// knows: a misspelt switch would otherwise silently switch nothing off.
	Known map[string]bool
	Warn  func(file string, line int, msg string)
}

// New returns a Linter that checks with c.
func New(c *phrasing.Checker) *Linter { return &Linter{checker: c} }

// Lint checks the Markdown read from r (named name in results and errors;
// a .txt or .text name is read as plain text) and calls emit with each
// finding in order, as it is found: prose only, with lines and columns
// counted in the original text, and findings the document switches off
// with debrief-disable comments left out. Reading stops at the first error
// from r or from emit.
func (l *Linter) Lint(name string, r io.Reader, emit func(Result) error) error {
	seg := newSegmenter(r)
	m := masker{plain: PlainText(name)}
	st := docState{line: 1}
	var j job
	for {
		if !j.read(seg, &m, st.heading) {
			return j.finish(name, &st)
		}
		j.check(l.checker, &st)
		l.checkSwitches(name, j.src, j.dirs, st.line)
		if err := st.report(name, j.src, j.fs, j.dirs, emit); err != nil {
			return err
		}
	}
}

// job is one segment on its way through: read and masked, then checked.
type job struct {
	src, masked []byte
	carried     int // bytes of masked before the segment: the headings it is under
	dirs        []directive
	fs          []phrasing.Finding
	err         error // the read error, or ErrNotText; src is nil
	badLine     int   // for ErrNotText, lines into the segment of the first bad byte
}

// read fills j with the next segment, masked, after heading (the heading
// lines of the sections it starts in, empty for none); false at the end of
// the input or on an error (j.err).
func (j *job) read(seg *segmenter, m *masker, heading []byte) bool {
	b, err := seg.next()
	j.src, j.err = nil, err
	if b == nil {
		return false
	}
	if k := bytes.IndexByte(b, 0); k >= 0 || !utf8.Valid(b) && !mostlyText(b) {
		j.err = ErrNotText
		if k < 0 {
			k = firstInvalid(b)
			start := bytes.LastIndexByte(b[:k], '\n') + 1
			j.err = &notUTF8Error{b: b[k], col: utf8.RuneCount(b[start:k]) + 1}
		}
		j.badLine = bytes.Count(b[:k], []byte{'\n'})
		return false
	}
	// src is valid until the next read; the masked copy is the checker's.
	j.src = b
	j.masked = append(j.masked[:0], heading...)
	j.carried = len(heading)
	j.masked = append(j.masked, b...)
	m.mask(j.masked[j.carried:], m.midLine)
	m.midLine = b[len(b)-1] != '\n'
	j.dirs = append(j.dirs[:0], m.dirs...)
	return true
}

// check checks the masked segment in place: masked is reused for the
// next segment, so what the findings keep of it is copied (Detach).
func (j *job) check(c *phrasing.Checker, st *docState) {
	text := unsafe.String(unsafe.SliceData(j.masked), len(j.masked))
	j.fs, st.chain = c.CheckSections(j.fs, text, st.chain)
	st.carryHeading()
	kept := j.fs[:0]
	for _, f := range j.fs {
		if f.Offset < j.carried {
			continue // in the carried heading, reported with its own segment
		}
		f.Offset -= j.carried
		if f.Replacement != "" {
			if !sameBytes(j.masked[f.ReplaceOffset:f.ReplaceOffset+f.ReplaceLength], j.src, f.ReplaceOffset-j.carried) {
				f.Replacement = "" // the words hold a link or markup the rewrite would drop
			} else {
				f.ReplaceOffset -= j.carried
			}
		}
		f.Suggestion, f.Question = oneLine(f.Suggestion), oneLine(f.Question)
		f.Match = "" // report takes it from the source, not the mask
		kept = append(kept, f)
	}
	j.fs = kept
	phrasing.Detach(j.fs, text)
}

// finish is Lint's result once j.read has returned false.
func (j *job) finish(name string, st *docState) error {
	var bad *notUTF8Error
	switch {
	case errors.As(j.err, &bad):
		return fmt.Errorf("%s:%d:%d: %w", name, st.line+j.badLine, bad.col, bad)
	case errors.Is(j.err, ErrNotText):
		return fmt.Errorf("%s:%d: %w", name, st.line+j.badLine, ErrNotText)
	case j.err != nil:
		return fmt.Errorf("%s: %w", name, j.err)
	}
	return nil
}

// checkSwitches warns of the switches in segment b (starting on line)
// that name no known rule or are not switches at all.
func (l *Linter) checkSwitches(name string, b []byte, dirs []directive, line int) {
	if l.Warn == nil || l.Known == nil || len(dirs) == 0 {
		return
	}
	c := cursor{b: b, line: line}
	for _, d := range dirs {
		c.to(d.offset)
		if d.kind == dirUnknown {
			l.Warn(name, c.line, fmt.Sprintf("unknown switch %q (want debrief-disable, debrief-enable, debrief-disable-line or debrief-disable-next-line)", d.ids[0]))
			continue
		}
		for _, id := range d.ids {
			if !l.Known[id] {
				l.Warn(name, c.line, fmt.Sprintf("no rule or category %q: the switch leaves it on", id))
			}
		}
	}
}

// docState is where the reading of a document has got to.
type docState struct {
	base    int  // byte offset of the segment in the document
	line    int  // line the segment starts on
	col0    int  // runes of that line before the segment, when midLine
	midLine bool // the segment starts inside a line
	sw      switches
	chain   []string // the headings in effect at the end of the last segment
	heading []byte   // chain as the lines the next segment is checked after
}

// carryHeading writes the sections the last segment ended in (st.chain)
// as the lines the next segment is checked after: headings such as "Where
// we got lucky" or a release's number are context for every line below
// them, and a segment boundary must not lose them. They are "#" lines of
// their levels and a blank line, at most seven short lines.
func (st *docState) carryHeading() {
	st.heading = st.heading[:0]
	for _, h := range st.chain {
		st.heading = append(st.heading, h...)
		st.heading = append(st.heading, "\n\n"...)
	}
}

// cursor walks a segment forward, counting lines.
type cursor struct {
	b               []byte
	pos, line, from int // from: offset of the current line's start (may be 0 mid-line)
}

func (c *cursor) to(off int) {
	for {
		i := bytes.IndexByte(c.b[c.pos:off], '\n')
		if i < 0 {
			break
		}
		c.pos += i + 1
		c.line++
		c.from = c.pos
	}
	c.pos = off
}

// column is the 1-based rune column of off on the cursor's line.
func (st *docState) column(c *cursor, off int) int {
	col := utf8.RuneCount(c.b[c.from:off]) + 1
	if c.line == st.line {
		col += st.col0
	}
	return col
}

// report locates fs (findings in segment b) in the document, applies the
// switches in dirs and emits what is left, then moves st past b.
func (st *docState) report(name string, b []byte, fs []phrasing.Finding, dirs []directive, emit func(Result) error) error {
	lc := cursor{b: b, line: st.line}
	for _, d := range dirs {
		if d.kind == dirDisableLine || d.kind == dirDisableNextLine {
			lc.to(d.offset)
			st.sw.apply(d, lc.line)
		}
	}
	c := cursor{b: b, line: st.line}
	di := 0
	for i := range fs {
		f := fs[i]
		for ; di < len(dirs) && dirs[di].offset <= f.Offset; di++ {
			st.applyRange(&c, dirs[di])
		}
		c.to(f.Offset)
		if st.sw.suppressed(&f, c.line) {
			continue
		}
		end := min(f.Offset+f.Length, len(b))
		match := b[f.Offset:end]
		r := Result{File: name, EndLine: c.line + bytes.Count(match, []byte{'\n'}), Finding: f}
		r.Line, r.Column = c.line, st.column(&c, f.Offset)
		if k := bytes.LastIndexByte(match, '\n'); k >= 0 {
			r.EndColumn = utf8.RuneCount(match[k+1:]) + 1
		} else {
			r.EndColumn = r.Column + utf8.RuneCount(match)
		}
		r.Match = string(match)
		r.Offset += st.base
		if r.Replacement != "" {
			r.ReplaceOffset += st.base
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	for ; di < len(dirs); di++ {
		st.applyRange(&c, dirs[di])
	}
	c.to(len(b))
	if c.line == st.line {
		st.col0 += utf8.RuneCount(b)
	} else {
		st.col0 = utf8.RuneCount(b[c.from:])
	}
	st.base += len(b)
	st.line = c.line
	st.midLine = b[len(b)-1] != '\n'
	st.sw.forget(st.line)
	return nil
}

func (st *docState) applyRange(c *cursor, d directive) {
	if d.kind == dirDisable || d.kind == dirEnable {
		c.to(d.offset)
		st.sw.apply(d, c.line)
	}
}

// Check runs c over a whole Markdown document held in memory, as Lint
// does, and returns the findings.
func Check(c *phrasing.Checker, src string) []phrasing.Finding {
	var out []phrasing.Finding
	// A string reader cannot fail, nor can this emit: the error is nil
	// unless src is not text, and then there are no findings to return.
	_ = New(c).Lint("", strings.NewReader(src), func(r Result) error {
		out = append(out, r.Finding)
		return nil
	})
	return out
}

// mostlyText accepts text with a few stray bytes (a Latin-1 name, say):
// fewer than one in a hundred, or a handful in a short file, which one
// accented name would otherwise fail while a long file with it passed.
func mostlyText(data []byte) bool {
	bad := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return bad*100 < len(data) || bad <= strayBytes
}

// strayBytes is how many bytes that are not UTF-8 any text may hold.
const strayBytes = 4

// firstInvalid returns the offset of the first byte in b that is not
// part of a UTF-8 character (len(b) if there is none).
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// notUTF8Error is text in another encoding, or bytes that are not text,
// told by the first byte that is not UTF-8 and its column. It is an
// ErrNotText.
type notUTF8Error struct {
	b   byte
	col int
}

func (e *notUTF8Error) Error() string {
	return fmt.Sprintf("not UTF-8 text (byte 0x%02X); save the file as UTF-8 (from Latin-1: iconv -f latin1 -t utf-8)", e.b)
}

// Is makes errors.Is(err, ErrNotText) hold.
func (e *notUTF8Error) Is(target error) bool { return target == ErrNotText }

// sameBytes reports whether the masked bytes m are the source's from off:
// whether a rewrite over them would keep everything the writer wrote.
func sameBytes(m, src []byte, off int) bool {
	return off >= 0 && off+len(m) <= len(src) && bytes.Equal(m, src[off:off+len(m)])
}

// oneLine folds the line breaks and the runs of spaces a masked link or a
// wrapped line leaves in a rewrite into single spaces.
func oneLine(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
