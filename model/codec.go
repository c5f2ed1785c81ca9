package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/textsafe"
)

// LogVersion is the session file format this debrief writes. A file with a
// higher version is refused rather than half-read.
const LogVersion = 1

// The header a session file starts with; the comments are for the person who
// opens the file in an editor or sees it in a git diff.
var logHeader = "# debrief session: the event log of one postmortem review meeting.\n" +
	"# Each line under \"events\" is one event; the meeting is rebuilt by replaying them in order.\n" +
	"debrief: session\n" +
	"version: " + strconv.Itoa(LogVersion) + "\n" +
	"events:\n"

// EncodeHeader returns the lines a new session file starts with, through
// "events:".
func EncodeHeader() []byte { return []byte(logHeader) }

// EncodeEvent returns ev as one line of the log: "- {json}\n", with At in
// UTC. An event that DecodeLog would refuse (no seq, no time, an unknown
// kind) is refused here, so debrief never writes a file it cannot read.
func EncodeEvent(ev Event) ([]byte, error) { return AppendEvent(nil, ev) }

// AppendEvent appends ev's line to buf, so a batch can go to disk in one
// write.
func AppendEvent(buf []byte, ev Event) ([]byte, error) {
	switch {
	case ev.Seq < 1:
		return buf, fmt.Errorf("event seq %d: must be 1 or more", ev.Seq)
	case ev.At.IsZero():
		return buf, fmt.Errorf("event %d has no time", ev.Seq)
	case !KnownKind(ev.Kind):
		return buf, fmt.Errorf("event %d: unknown kind %q", ev.Seq, ev.Kind)
	}
	ev.At = ev.At.UTC()
	b := bytes.NewBuffer(append(buf, "- "...))
	enc := json.NewEncoder(b)
	// "a -> b" should read as typed in the file; the HTML escapes only
	// matter for browsers.
	enc.SetEscapeHTML(false)
	start := len(buf)
	if err := enc.Encode(ev); err != nil {
		return buf, fmt.Errorf("event %d: %w", ev.Seq, err)
	}
	out := b.Bytes()
	if esc := escapeNonYAML(out[start:]); len(esc) != len(out)-start {
		return append(out[:start], esc...), nil
	}
	return out, nil
}

// escapeNonYAML escapes the characters encoding/json leaves raw but YAML does
// not allow (DEL, the C1 controls, U+FFFE and U+FFFF) or reads as a line
// break (NEL), and the bidi and invisible ones. It keeps the file valid YAML
// and keeps CSI and its kind from reaching a terminal that cats the file. encoding/json only emits these
// inside strings, where \u00XX means the same character.
func escapeNonYAML(line []byte) []byte {
	if bytes.IndexFunc(line, func(r rune) bool { return needsEscape(r) }) < 0 {
		return line
	}
	out := make([]byte, 0, len(line)+16)
	for _, r := range string(line) {
		if needsEscape(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// needsEscape is every rune textsafe calls unsafe that encoding/json leaves
// raw: it escapes C0 itself. Bidi and zero-width characters are escaped too,
// so a file shown with cat or in a diff reads as it is stored.
func needsEscape(r rune) bool {
	return r >= 0x7f && textsafe.Unsafe(r)
}

// KnownKind reports whether k is an event kind this debrief understands.
// A kind added to event.go must be added here too, or its events will be
// refused on load (the codec round-trip test lists every kind).
func KnownKind(k Kind) bool {
	switch k {
	case SessionCreated, SetupChanged, PhaseStarted, MeetingEnded,
		TimerPaused, TimerResumed, TimerExtended,
		NoteAdded, NoteEdited, NoteDeleted, NoteMoved, FlagDismissed,
		ImpactSet, SummarySet, RiskAccepted, SessionClosed, SessionResumed,
		DraftAdded, DraftEdited, DraftKept, DraftDropped, DraftRestored,
		ActionStatusSet, TicketLinked, TicketExported,
		Classified,
		DraftSaved:
		return true
	}
	return false
}

// LogError is a problem in a session file, located as precisely as it can
// be. All of DecodeLog's errors are LogErrors: bad input, exit status 2.
type LogError struct {
	File  string
	Line  int // 0 when the problem is the file as a whole
	Field string
	Msg   string
}

// Error reads "FILE:LINE: field: msg", leaving out the parts that are empty.
// What it quotes from the file is escaped: the message never carries a
// control sequence to the terminal that shows it.
func (e *LogError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	for _, s := range []string{e.Field, e.Msg} {
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(s)
	}
	return textsafe.Escape(b.String())
}

// Log is a decoded session file, with what the store needs to append to it.
type Log struct {
	Events []Event
	// Warnings are "FILE:LINE: what happened" lines for the person, such as
	// a torn last record that was dropped.
	Warnings []string
	// State is the fold of Events, so loading need not fold twice.
	State *State
	// Keep is how many leading bytes of the file are the header and the
	// good events; bytes after it (a torn or damaged last record) were
	// dropped.
	Keep int
	// Damaged is true when the dropped last record is a complete line that
	// is not an event (edited or damaged since it was written), false when
	// it is torn: cut short, without its newline, by an interrupted write.
	Damaged bool
	// Canonical is true when the file is in debrief's one-event-per-line
	// form, so new events can be appended to it as they are. A file a person
	// reformatted as block YAML is false.
	Canonical bool
}

// DecodeLog reads a session file's bytes (name is for messages) into its
// events, checked and folded. A torn last record (no newline: a write cut
// short) or a damaged one (a complete line that is not an event) is
// dropped with a warning saying which;
// any other problem is a *LogError. Warnings are plain strings, already
// located as "FILE:LINE: ...", because the caller only shows them. A file
// with a header and no events yet is not an error: it has no events.
func DecodeLog(name string, data []byte) (events []Event, warnings []string, err error) {
	l, err := ParseLog(name, data)
	if err != nil {
		return nil, nil, err
	}
	return l.Events, l.Warnings, nil
}

// ParseLog is DecodeLog with the details resume needs: the folded state,
// where the good bytes end, and whether the file can be appended to.
//
// The fast path reads debrief's own shape line by line with encoding/json;
// a file that is not in that shape (reformatted by a person) is decoded as
// a whole with yaml.v3 instead.
func ParseLog(name string, data []byte) (*Log, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &LogError{File: name, Msg: "the file is empty, not a debrief session (nothing was ever written to it)"}
	}
	l, err := parseLines(name, data)
	if errors.Is(err, errNotLines) {
		return parseYAML(name, data)
	}
	if err != nil {
		// A hand edit in YAML's own flow style is not JSON but may still be
		// a good session; only if YAML refuses it too is the line broken.
		if le := (*lineSyntaxError)(nil); errors.As(err, &le) {
			if yl, yerr := parseYAML(name, data); yerr == nil {
				return yl, nil
			}
		}
		return nil, err
	}
	return l, nil
}

var errNotLines = errors.New("not in one-event-per-line form")

// checker validates events in order, whichever path decoded them.
type checker struct {
	name  string
	state *State
	prev  int
}

func (c *checker) check(ev *Event, line int) error {
	fail := func(field, format string, args ...any) error {
		return &LogError{File: c.name, Line: line, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	switch {
	case c.prev == 0 && ev.Seq != 1:
		return fail("seq", "the first event must have seq 1, found %d", ev.Seq)
	case ev.Seq != c.prev+1:
		return fail("seq", "want %d (one after the event before), found %d", c.prev+1, ev.Seq)
	case ev.At.IsZero():
		return fail("at", "missing (every event has a UTC time)")
	case ev.Kind == "":
		return fail("kind", "missing")
	case !KnownKind(ev.Kind):
		return fail("kind", "unknown kind %q (written by a newer debrief?)", ev.Kind)
	}
	if field, msg := checkShown(ev); field != "" {
		return fail(field, "%s", msg)
	}
	ev.At = ev.At.UTC()
	if err := c.state.Apply(*ev); err != nil {
		return fail("", "%v", err)
	}
	c.prev = ev.Seq
	return nil
}

// checkVersion reads the version value of the header.
func checkVersion(name string, line int, v string) error {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	switch {
	case err != nil || n < 1:
		return &LogError{File: name, Line: line, Field: "version", Msg: fmt.Sprintf("want %d, found %q", LogVersion, v)}
	case n > LogVersion:
		return &LogError{File: name, Line: line, Field: "version", Msg: fmt.Sprintf(
			"version %d was written by a newer debrief (this one reads version %d); upgrade debrief to open it", n, LogVersion)}
	}
	return nil
}

func notSession(name string, line int, why string) error {
	return &LogError{File: name, Line: line, Msg: "not a debrief session file (" + why + ")"}
}

// lineSyntaxError marks a fast-path line that is not a complete JSON event;
// the caller tries the YAML path before reporting it as broken.
type lineSyntaxError struct{ LogError }

func (e *lineSyntaxError) Unwrap() error { return &e.LogError }

// parseLines is the fast path: debrief's own header, then one JSON event per
// line. It returns errNotLines when the file is in some other shape.
func parseLines(name string, data []byte) (*Log, error) {
	pos, lineNo := 0, 0
	if bytes.HasPrefix(data, utf8BOM) {
		pos = len(utf8BOM)
	}
	var sawDebrief, sawVersion, sawEvents bool
	for !sawEvents {
		if pos >= len(data) {
			return nil, errNotLines
		}
		var line []byte
		line, pos = nextLine(data, pos)
		lineNo++
		switch t := trimLine(line); {
		case len(t) == 0 || t[0] == '#':
		case bytes.HasPrefix(t, []byte("debrief:")):
			if v := string(bytes.TrimSpace(t[len("debrief:"):])); v != "session" {
				return nil, notSession(name, lineNo, fmt.Sprintf("debrief: %q where a session has \"session\"", v))
			}
			sawDebrief = true
		case bytes.HasPrefix(t, []byte("version:")):
			if err := checkVersion(name, lineNo, string(t[len("version:"):])); err != nil {
				return nil, err
			}
			sawVersion = true
		case string(t) == "events:":
			sawEvents = true
		default:
			return nil, errNotLines
		}
	}
	if !sawDebrief || !sawVersion {
		return nil, errNotLines
	}

	c := checker{name: name, state: New()}
	l := &Log{State: c.state, Keep: len(data), Canonical: true}
	l.Events = make([]Event, 0, bytes.Count(data[pos:], []byte("\n"))+1)
	for pos < len(data) {
		start := pos
		var line []byte
		line, pos = nextLine(data, pos)
		lineNo++
		t := trimLine(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		ev, lerr, syntax := decodeLine(t)
		if lerr == nil {
			if err := c.check(&ev, lineNo); err != nil {
				return nil, err
			}
			l.Events = append(l.Events, ev)
			continue
		}
		lerr.File, lerr.Line = name, lineNo
		last := len(bytes.TrimSpace(data[pos:])) == 0
		switch {
		case !syntax:
			return nil, lerr
		case !last && len(l.Events) == 0 && !isEventLine(t):
			// Block YAML from the first event on: a reformatted file.
			return nil, errNotLines
		case !last:
			return nil, &lineSyntaxError{*lerr}
		}
		// The last line is incomplete. debrief writes whole lines, so
		// unless a person wrote it in YAML's own style, it is the write
		// a kill or power cut interrupted.
		if !bytes.HasPrefix(t, []byte(`- {"`)) {
			yl, err := parseYAML(name, data)
			if err == nil && len(yl.Events) == len(l.Events)+1 {
				return yl, nil
			}
			// A whole YAML line with a bad field (a wrong "at") is not a
			// torn write: say what is wrong instead of dropping it.
			if le := (*LogError)(nil); errors.As(err, &le) && le.Line == lineNo && le.Field != "" {
				return nil, err
			}
		}
		l.Keep = start
		// debrief ends every record with its newline in the same write, so
		// only a line without one can be a write that was cut short.
		if pos > start && data[pos-1] == '\n' {
			l.Damaged = true
			l.Warnings = append(l.Warnings, fmt.Sprintf(
				"%s:%d: dropped a damaged last record: %s; the line is complete, so it was edited or damaged after it was written, not cut short by an interrupted write",
				textsafe.Escape(name), lineNo, textsafe.Escape(lerr.Msg)))
			continue
		}
		l.Warnings = append(l.Warnings, fmt.Sprintf(
			"%s:%d: dropped a torn last record (the session was interrupted while writing)", textsafe.Escape(name), lineNo))
	}
	return l, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// nextLine returns the line at pos without its newline, and where the next
// one starts.
func nextLine(data []byte, pos int) ([]byte, int) {
	if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
		return data[pos : pos+i], pos + i + 1
	}
	return data[pos:], len(data)
}

// trimLine drops trailing blanks and the \r a Windows checkout may add.
func trimLine(line []byte) []byte { return bytes.TrimRight(line, " \t\r") }

func isEventLine(t []byte) bool {
	return len(t) > 1 && t[0] == '-' && bytes.HasPrefix(bytes.TrimLeft(t[1:], " "), []byte("{"))
}

// decodeLine decodes one "- {json}" line strictly. syntax reports an
// incomplete or non-JSON line, as opposed to a complete one with a wrong
// field; only the former can be a torn write.
func decodeLine(t []byte) (ev Event, lerr *LogError, syntax bool) {
	if !isEventLine(t) || t[1] != ' ' {
		return ev, &LogError{Msg: `not an event line (want "- {...}")`}, true
	}
	js := bytes.TrimLeft(t[1:], " ")
	if decodeFlat(js, &ev) {
		return ev, nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	err := dec.Decode(&ev)
	if err == nil {
		if rest := bytes.TrimSpace(js[dec.InputOffset():]); len(rest) > 0 {
			return ev, &LogError{Msg: fmt.Sprintf("unexpected text %q after the event", clip(rest))}, true
		}
		return ev, nil, false
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var pe *time.ParseError
	switch {
	case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ev, &LogError{Msg: "not a complete event: " + strings.TrimPrefix(err.Error(), "json: ")}, true
	case errors.As(err, &te):
		return ev, &LogError{Field: te.Field, Msg: fmt.Sprintf("want %s, found %s", jsonType(te.Type.Kind()), te.Value)}, false
	case errors.As(err, &pe):
		return ev, &LogError{Field: "at", Msg: fmt.Sprintf("want a UTC time like 2026-11-20T10:00:00Z, found %s", pe.Value)}, false
	}
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		f, _ = strconv.Unquote(f)
		return ev, &LogError{Field: f, Msg: "unknown field"}, false
	}
	return ev, &LogError{Msg: strings.TrimPrefix(err.Error(), "json: ")}, false
}

func jsonType(k reflect.Kind) string {
	switch k {
	case reflect.Int, reflect.Int64, reflect.Float64:
		return "a number"
	case reflect.String:
		return "text"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "an object"
	}
	return k.String()
}

// clip keeps a quoted piece of a hostile file short in a message.
func clip(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "..."
	}
	return string(b)
}
