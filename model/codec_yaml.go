package model

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseYAML is the slow path for a file a person reformatted: the whole
// document through yaml.v3, as strictly as the fast path.
func parseYAML(name string, data []byte) (*Log, error) {
	if isBinary(data) {
		return nil, notSession(name, 0, "binary data")
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		if !hasSessionHeader(data) {
			// Someone's other YAML file, or a document that is not YAML at
			// all: say what it is not before how YAML failed to read it.
			return nil, notSession(name, 0, `no "debrief: session" line, and it does not read as YAML`)
		}
		return nil, yamlError(name, err)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		line := 0
		if len(root.Content) > 0 {
			line = root.Content[0].Line
		}
		return nil, notSession(name, line, `no "debrief: session" line`)
	}
	top := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content[0].Content); i += 2 {
		top[root.Content[0].Content[i].Value] = root.Content[0].Content[i+1]
	}
	if d := top["debrief"]; d == nil || d.Value != "session" {
		line := root.Content[0].Line
		if d != nil {
			line = d.Line
		}
		return nil, notSession(name, line, `no "debrief: session" line`)
	}
	v := top["version"]
	if v == nil {
		return nil, &LogError{File: name, Line: top["debrief"].Line, Field: "version",
			Msg: `missing (the header is "debrief: session", then "version: 1", then "events:")`}
	}
	// The version is checked before the strict decode: a newer file may
	// well have fields this debrief does not know.
	if err := checkVersion(name, v.Line, v.Value); err != nil {
		return nil, err
	}
	var doc struct {
		Debrief string  `yaml:"debrief"`
		Version int     `yaml:"version"`
		Events  []Event `yaml:"events"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		le := yamlError(name, err)
		if le.Line == 0 {
			le.Line = findBadEvent(top["events"])
			var pe *time.ParseError
			if errors.As(err, &pe) {
				le.Field, le.Msg = "at", "want a UTC time like 2026-11-20T10:00:00Z, found "+pe.Value
			}
		}
		return nil, le
	}
	c := checker{name: name, state: New()}
	l := &Log{State: c.state, Keep: len(data)}
	for i := range doc.Events {
		line := top["events"].Line
		if n := top["events"]; n.Kind == yaml.SequenceNode && i < len(n.Content) {
			line = n.Content[i].Line
		}
		if err := c.check(&doc.Events[i], line); err != nil {
			return nil, err
		}
	}
	l.Events = doc.Events
	return l, nil
}

// findBadEvent is the line of the first event that does not decode on its
// own, for errors yaml.v3 reports without one (a time it cannot parse).
func findBadEvent(events *yaml.Node) int {
	if events == nil || events.Kind != yaml.SequenceNode {
		return 0
	}
	for _, n := range events.Content {
		var ev Event
		if err := n.Decode(&ev); err != nil {
			return atLine(n)
		}
	}
	return 0
}

// atLine is the line of an event's "at" value, or of the event.
func atLine(n *yaml.Node) int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "at" {
			return n.Content[i+1].Line
		}
	}
	return n.Line
}

// isBinary looks at the head of the file, where a session has its text
// header; a torn tail of NULs further on is not binary data.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 512)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 && i < len(head)-utf8.UTFMax {
			return true
		}
		i += size
	}
	return false
}

// yamlError turns yaml.v3's "yaml: line N: msg" into a located LogError.
func yamlError(name string, err error) *LogError {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	le := &LogError{File: name, Msg: msg}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, m, ok := strings.Cut(rest, ": "); ok {
			if line, err := strconv.Atoi(n); err == nil {
				le.Line, le.Msg = line, m
			}
		}
	}
	if f, ok := strings.CutPrefix(le.Msg, "field "); ok {
		if f, _, ok := strings.Cut(f, " not found in type"); ok {
			le.Field, le.Msg = f, "unknown field"
		}
	}
	// "cannot unmarshal !!str `abc` into int" reads as the fast path's
	// "want a number, found abc".
	if m := yamlTypeErr.FindStringSubmatch(le.Msg); m != nil {
		want := map[string]string{"int": "a number", "float64": "a number", "string": "text"}[m[2]]
		if want == "" {
			want = "a " + m[2]
		}
		le.Msg = "want " + want + ", found " + m[1]
	}
	return le
}

var yamlTypeErr = regexp.MustCompile("^cannot unmarshal !!\\w+ `(.*)` into (?:\\w+\\.)?(\\w+)$")

// hasSessionHeader reports whether some line of data is the session
// header, "debrief: session", however it is spaced.
func hasSessionHeader(data []byte) bool {
	for line := range bytes.Lines(data) {
		k, v, ok := bytes.Cut(bytes.TrimSpace(line), []byte(":"))
		if ok && string(bytes.TrimSpace(k)) == "debrief" && string(bytes.Trim(bytes.TrimSpace(v), `"'`)) == "session" {
			return true
		}
	}
	return false
}
