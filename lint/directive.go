package lint

import (
	"bytes"
	"slices"
	"strings"

	"github.com/debrief-dev/debrief/phrasing"
)

// The switches a Markdown document can hold in HTML comments. Each takes
// rule ids or category names, separated by spaces or commas; none means
// every rule.
//
//	<!-- debrief-disable [ids] -->            off from here on
//	<!-- debrief-enable [ids] -->             on again from here
//	<!-- debrief-disable-line [ids] -->       off on the line holding the comment
//	<!-- debrief-disable-next-line [ids] -->  off on the line after it
const (
	dirDisable = iota
	dirEnable
	dirDisableLine
	dirDisableNextLine
	dirUnknown // a "debrief-" comment that is no switch; ids holds its name
)

var directiveNames = map[string]int{
	"debrief-disable":           dirDisable,
	"debrief-enable":            dirEnable,
	"debrief-disable-line":      dirDisableLine,
	"debrief-disable-next-line": dirDisableNextLine,
}

// directive is one switch, at a byte offset in its segment.
type directive struct {
	kind   int
	ids    []string // nil: every rule
	offset int
}

// parseDirective reads an HTML comment's body as a switch.
func parseDirective(body []byte) (directive, bool) {
	body = bytes.TrimSpace(body)
	if !bytes.HasPrefix(body, []byte("debrief-")) {
		return directive{}, false
	}
	fields := strings.FieldsFunc(string(body), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r'
	})
	kind, ok := directiveNames[fields[0]]
	if !ok {
		return directive{kind: dirUnknown, ids: fields[:1]}, true
	}
	var ids []string
	if len(fields) > 1 {
		ids = fields[1:]
	}
	return directive{kind: kind, ids: ids}, true
}

// ruleSet is a set of rule ids and categories, or every rule.
type ruleSet struct {
	all bool
	ids []string
}

func (s ruleSet) has(f *phrasing.Finding) bool {
	return s.all || slices.Contains(s.ids, f.Rule) || slices.Contains(s.ids, f.Category)
}

func (s *ruleSet) add(ids []string) {
	if ids == nil {
		s.all, s.ids = true, nil
		return
	}
	if !s.all {
		s.ids = append(s.ids, ids...)
	}
}

// switches is the state of the switches as a document is read: what is off
// from here on (minus what was switched back on), and what is off on
// particular lines.
type switches struct {
	off, except ruleSet
	lines       map[int]ruleSet
}

// apply records d, which sits on line.
func (s *switches) apply(d directive, line int) {
	switch d.kind {
	case dirDisable:
		if d.ids == nil {
			s.off, s.except = ruleSet{all: true}, ruleSet{}
			return
		}
		s.off.add(d.ids)
		s.except.ids = slices.DeleteFunc(s.except.ids, func(id string) bool { return slices.Contains(d.ids, id) })
	case dirEnable:
		if d.ids == nil || !s.off.all {
			if d.ids == nil {
				s.off, s.except = ruleSet{}, ruleSet{}
				return
			}
			s.off.ids = slices.DeleteFunc(s.off.ids, func(id string) bool { return slices.Contains(d.ids, id) })
			return
		}
		s.except.add(d.ids)
	case dirDisableLine, dirDisableNextLine:
		if d.kind == dirDisableNextLine {
			line++
		}
		if s.lines == nil {
			s.lines = map[int]ruleSet{}
		}
		set := s.lines[line]
		set.add(d.ids)
		s.lines[line] = set
	}
}

// suppressed reports whether f, on line, is switched off.
func (s *switches) suppressed(f *phrasing.Finding, line int) bool {
	if s.off.has(f) && !s.except.has(f) {
		return true
	}
	set, ok := s.lines[line]
	return ok && set.has(f)
}

// forget drops line switches for lines before line: a long document keeps
// only the switches still ahead of it.
func (s *switches) forget(line int) {
	for l := range s.lines {
		if l < line {
			delete(s.lines, l)
		}
	}
}
