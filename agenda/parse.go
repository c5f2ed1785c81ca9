package agenda

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxMinutes refuses phases longer than a day: such a value is a typo
// (seconds written as minutes), not a meeting.
const maxMinutes = 24 * 60

// slug is what an id may look like; ids name phases in session files, so
// they must survive being typed, grepped and compared.
var slug = regexp.MustCompile(`^[a-z0-9_-]+$`)

// Parse validates an agenda file's contents; name is used in error messages.
// Defaults fill what a team may leave out: warn_minutes 1, the checklist's
// missing fields from DefaultChecklist, and capture "notes".
//
// The file is walked as a yaml.Node tree rather than decoded into the
// struct, so that every refusal can name its line and field.
func Parse(name string, data []byte) (Agenda, error) {
	p := parser{file: name}
	root, err := p.document(data)
	if err != nil {
		return Agenda{}, err
	}
	a, err := p.agenda(root)
	if err != nil {
		return Agenda{}, err
	}
	if n := a.expandedSize(); n > maxExpanded {
		return Agenda{}, &Error{File: name, Msg: fmt.Sprintf(
			"the agenda expands to %d KiB of text through YAML aliases (*name); at most %d KiB is read, so that every session file stays readable",
			n>>10, maxExpanded>>10)}
	}
	return a, nil
}

// parser carries the file name into every error it makes.
type parser struct{ file string }

// errf makes an *Error at n's line.
func (p parser) errf(n *yaml.Node, format string, args ...any) *Error {
	return &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// document parses data into its one top-level mapping.
func (p parser) document(data []byte) (*yaml.Node, error) {
	// yaml.v3 reads many binary files as one long string; refuse them
	// plainly instead of complaining that a string is not a mapping.
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, &Error{File: p.file, Msg: "not a YAML text file (binary data)"}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	empty := &Error{File: p.file, Msg: "empty file; an agenda needs at least one phase (`debrief agenda` prints an example)"}
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, empty
	} else if err != nil {
		return nil, syntaxError(p.file, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, p.errf(&extra, "a second YAML document; an agenda file holds one")
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(p.file, err)
	}
	root := resolve(doc.Content[0])
	if isNull(root) {
		return nil, empty // a lone "---" or "~"
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.errf(root, "want a mapping of name, warn_minutes, checklist and phases, got %s", describe(root))
	}
	return root, nil
}

// agenda reads the top-level mapping.
func (p parser) agenda(root *yaml.Node) (Agenda, error) {
	a := Agenda{WarnMinutes: 1, Checklist: DefaultChecklist}
	var phases *yaml.Node
	err := p.fields(root, "", []string{"name", "warn_minutes", "checklist", "taxonomy", "phases"}, func(k, v *yaml.Node) *Error {
		switch k.Value {
		case "name":
			return p.str(v, "name", &a.Name)
		case "warn_minutes":
			return p.minutes(v, "warn_minutes", &a.WarnMinutes, false)
		case "checklist":
			return p.checklist(v, &a.Checklist)
		case "taxonomy":
			return p.taxonomy(v, &a.Taxonomy)
		case "phases":
			phases = v
		}
		return nil
	})
	if err != nil {
		return Agenda{}, err
	}
	if phases == nil {
		return Agenda{}, p.errf(root, "phases: missing; an agenda needs at least one phase")
	}
	if a.Phases, err = p.phases(phases); err != nil {
		return Agenda{}, err
	}
	return a, nil
}

// checklist reads the action-item policy over the defaults already in c.
func (p parser) checklist(n *yaml.Node, c *Checklist) *Error {
	if isNull(n) {
		return nil // every key commented out: keep the defaults
	}
	return p.fields(n, "checklist.", []string{"sev1_days", "sev2_days", "max_items"}, func(k, v *yaml.Node) *Error {
		dst := &c.MaxItems
		switch k.Value {
		case "sev1_days":
			dst = &c.SEV1Days
		case "sev2_days":
			dst = &c.SEV2Days
		}
		return p.count(v, "checklist."+k.Value, dst)
	})
}

// phases reads the phase list, refusing an empty one and repeated ids.
func (p parser) phases(n *yaml.Node) ([]Phase, *Error) {
	if isNull(n) || (n.Kind == yaml.SequenceNode && len(n.Content) == 0) {
		return nil, p.errf(n, "phases: empty; an agenda needs at least one phase")
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "phases: want a list of phases, got %s", describe(n))
	}
	out := make([]Phase, 0, len(n.Content))
	seen := map[string]int{}
	for i, item := range n.Content {
		ph, idLine, err := p.phase(resolve(item), fmt.Sprintf("phases[%d]", i))
		if err != nil {
			return nil, err
		}
		if first, dup := seen[ph.ID]; dup {
			return nil, &Error{File: p.file, Line: idLine,
				Msg: fmt.Sprintf("phases[%d].id: duplicate id %q, also on line %d", i, ph.ID, first)}
		}
		seen[ph.ID] = idLine
		out = append(out, ph)
	}
	return out, nil
}

// phase reads one phase; it also returns the id's line for the duplicate check.
func (p parser) phase(n *yaml.Node, path string) (Phase, int, *Error) {
	if n.Kind != yaml.MappingNode {
		return Phase{}, 0, p.errf(n, "%s: want a phase (id, title, minutes, capture, prompts), got %s", path, describe(n))
	}
	ph := Phase{Capture: CaptureNotes}
	idLine := 0
	hasMinutes := false
	err := p.fields(n, path+".", []string{"id", "title", "minutes", "capture", "prompts"}, func(k, v *yaml.Node) *Error {
		field := path + "." + k.Value
		switch k.Value {
		case "id":
			idLine = v.Line
			if err := p.str(v, field, &ph.ID); err != nil {
				return err
			}
			if ph.ID == "" {
				return p.errf(v, "%s: empty; give the phase a short slug such as %q", field, "timeline")
			}
			if !slug.MatchString(ph.ID) {
				return p.errf(v, "%s: %q is not a simple slug; use only a-z, 0-9, - and _", field, ph.ID)
			}
		case "title":
			if err := p.str(v, field, &ph.Title); err != nil {
				return err
			}
			if strings.TrimSpace(ph.Title) == "" {
				return p.errf(v, "%s: empty; say what the phase is called", field)
			}
		case "minutes":
			hasMinutes = true
			if err := p.minutes(v, field, &ph.Minutes, true); err != nil {
				return err
			}
		case "capture":
			return p.capture(v, field, &ph.Capture)
		case "prompts":
			return p.prompts(v, field, &ph.Prompts)
		}
		return nil
	})
	switch {
	case err != nil:
		return Phase{}, 0, err
	case idLine == 0:
		return Phase{}, 0, p.errf(n, "%s: missing id", path)
	case ph.Title == "":
		return Phase{}, 0, p.errf(n, "%s: missing title", path)
	case !hasMinutes:
		return Phase{}, 0, p.errf(n, "%s: missing minutes", path)
	}
	return ph, idLine, nil
}

// capture reads a capture kind; left empty it stays "notes".
func (p parser) capture(n *yaml.Node, field string, dst *Capture) *Error {
	var s string
	if err := p.str(n, field, &s); err != nil || s == "" {
		return err
	}
	for _, c := range Captures {
		if Capture(s) == c {
			*dst = c
			return nil
		}
	}
	names := make([]string, len(Captures))
	for i, c := range Captures {
		names[i] = string(c)
	}
	return p.errf(n, "%s: unknown capture %q; valid: %s", field, s, strings.Join(names, ", "))
}

// prompts reads the facilitator's list of prompts.
func (p parser) prompts(n *yaml.Node, field string, dst *[]string) *Error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return p.errf(n, "%s: want a list of lines, got %s", field, describe(n))
	}
	for i, item := range n.Content {
		item = resolve(item)
		if item.Kind == yaml.MappingNode {
			// The usual cause is an unquoted line with ": " in it.
			return p.errf(item, "%s[%d]: want a line of text, got a mapping; put a line containing \": \" in quotes", field, i)
		}
		var s string
		if err := p.str(item, fmt.Sprintf("%s[%d]", field, i), &s); err != nil {
			return err
		}
		*dst = append(*dst, s)
	}
	return nil
}
