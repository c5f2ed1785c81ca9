package lint

import (
	"bufio"
	"net/url"
	"path/filepath"
	"strconv"
	"unsafe"

	"github.com/debrief-dev/debrief/phrasing"
)

// SARIF 2.1.0, the format code scanning (GitHub's among others) reads.
const (
	SARIFVersion = "2.1.0"
	SARIFSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// sarifWriter writes one SARIF log with one run: the rules as the tool's
// rules, then each finding as a result, streamed as found.
type sarifWriter struct {
	w       *bufio.Writer
	rules   []phrasing.RuleInfo
	index   map[string]int
	buf     []byte
	msg     []byte // a result's message, built in place per finding
	file    string // the last file named, and its URI: one URI per file,
	uri     string // not one per finding
	started bool
	results int
	fails   []byte // the notifications for files that could not be checked
}

func newSARIFWriter(w *bufio.Writer, rules *phrasing.Rules) *sarifWriter {
	s := &sarifWriter{w: w, index: map[string]int{}}
	if rules != nil {
		s.rules = rules.Rules()
	}
	for i, r := range s.rules {
		s.index[r.ID] = i
	}
	return s
}

// level maps a severity to a SARIF level: a suggestion is a note.
func level(s phrasing.Severity) string {
	if s == phrasing.Warning {
		return "warning"
	}
	return "note"
}

// header writes everything up to the first result.
func (s *sarifWriter) header() {
	b := append(s.buf[:0], `{"$schema":`...)
	b = appendJSONString(b, SARIFSchema)
	b = append(b, `,"version":"`+SARIFVersion+`","runs":[{"tool":{"driver":{"name":"debrief","informationUri":"https://github.com/debrief-dev/debrief","rules":[`...)
	for i, r := range s.rules {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendField(b, '{', "id", r.ID)
		b = append(b, `,"shortDescription":{"text":`...)
		b = appendJSONString(b, r.Message)
		b = append(b, `},"defaultConfiguration":{"level":"`...)
		b = append(b, level(r.Severity)...)
		b = append(b, `"},"properties":{"category":`...)
		b = appendJSONString(b, r.Category)
		b = append(b, "}}"...)
	}
	b = append(b, `]}},"columnKind":"unicodeCodePoints","results":[`...)
	s.buf = b
	s.w.Write(b)
	s.started = true
}

func (s *sarifWriter) Write(r Result) error {
	if !s.started {
		s.header()
	}
	b := s.buf[:0]
	if s.results > 0 {
		b = append(b, ',')
	}
	s.results++
	b = append(b, "\n"...)
	b = appendField(b, '{', "ruleId", r.Rule)
	if i, ok := s.index[r.Rule]; ok {
		b = append(b, `,"ruleIndex":`...)
		b = strconv.AppendInt(b, int64(i), 10)
	}
	b = append(b, `,"level":"`...)
	b = append(b, level(r.Severity)...)
	b = append(b, `","message":{"text":`...)
	m := append(s.msg[:0], r.Message...)
	if r.Suggestion != "" {
		m = append(append(m, " Suggestion: "...), r.Suggestion...)
	}
	if r.Question != "" {
		m = append(append(m, " Ask the room: "...), r.Question...)
	}
	s.msg = m
	b = appendJSONString(b, unsafe.String(unsafe.SliceData(m), len(m)))
	b = append(b, `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":`...)
	if r.File != s.file || s.uri == "" {
		s.file, s.uri = r.File, fileURI(r.File)
	}
	b = appendJSONString(b, s.uri)
	b = append(b, `},"region":{"startLine":`...)
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, `,"startColumn":`...)
	b = strconv.AppendInt(b, int64(r.Column), 10)
	b = append(b, `,"endLine":`...)
	b = strconv.AppendInt(b, int64(r.EndLine), 10)
	b = append(b, `,"endColumn":`...)
	b = strconv.AppendInt(b, int64(r.EndColumn), 10)
	b = append(b, `,"byteOffset":`...)
	b = strconv.AppendInt(b, int64(r.Offset), 10)
	b = append(b, `,"byteLength":`...)
	b = strconv.AppendInt(b, int64(r.Length), 10)
	b = append(b, `,"snippet":{"text":`...)
	b = appendJSONString(b, r.Match)
	b = append(b, "}}}}]}"...)
	s.buf = b
	_, err := s.w.Write(b)
	return err
}

func (s *sarifWriter) Close() error {
	if !s.started {
		s.header()
	}
	s.w.WriteString("]")
	if len(s.fails) > 0 {
		// Code scanning shows a run that did not check every file as
		// failed, with why, rather than as a clean one.
		s.w.WriteString(`,"invocations":[{"executionSuccessful":false,"toolExecutionNotifications":[`)
		s.w.Write(s.fails)
		s.w.WriteString("]}]")
	}
	s.w.WriteString("}]}\n")
	return s.w.Flush()
}

// Fail records that file could not be checked, msg saying why, as an
// error notification of the run, at the line msg names.
func (s *sarifWriter) Fail(file, msg string) {
	b := s.fails
	if len(b) > 0 {
		b = append(b, ',')
	}
	b = append(b, "\n"...)
	b = append(b, `{"level":"error","message":{"text":`...)
	b = appendJSONString(b, msg)
	b = append(b, `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":`...)
	b = appendJSONString(b, fileURI(file))
	b = append(b, '}')
	if line, col := locate(file, msg); line > 0 {
		b = append(b, `,"region":{"startLine":`...)
		b = strconv.AppendInt(b, int64(line), 10)
		if col > 0 {
			b = append(b, `,"startColumn":`...)
			b = strconv.AppendInt(b, int64(col), 10)
		}
		b = append(b, '}')
	}
	s.fails = append(b, "}}]}"...)
}

// fileURI is a file's name as a SARIF artifact URI: a relative reference
// for a relative path, a file: URI for an absolute one.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}
