package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// formIntent is what a key in a form asks the root to do.
type formIntent int

const (
	formNone formIntent = iota
	formSave
	formCancel
	formHelp
)

// formKind says what a field form edits.
type formKind int

const (
	formImpact formKind = iota
	formAction
	formSetup
)

type formField struct {
	key, label, hint string
	box              noteBox
}

// fieldForm edits a few named values: the impact figures, an action item
// field by field, or the setup. Every field keeps what was typed in it
// until the form is saved (enter, from any field) or cancelled (esc).
type fieldForm struct {
	c      *common
	kind   formKind
	title  string
	note   int
	fields []formField
	focus  int
	// cycle, when set, changes the focused field's value (ctrl+←/→).
	cycle func(field int, value string, forward bool) (string, bool)
	err   string
	// imports is what the setup screen says of the imported rows that
	// become drafts when the meeting starts; nil without an import.
	imports *importNote
}

func newFieldForm(c *common, kind formKind, title string) *fieldForm {
	return &fieldForm{c: c, kind: kind, title: title}
}

func (f *fieldForm) add(key, label, value, hint string) {
	ff := formField{key: key, label: label, hint: hint}
	ff.box.SetValue(value)
	ff.box.placeholder = hint
	f.fields = append(f.fields, ff)
}

// value is a field's text, trimmed.
func (f *fieldForm) value(key string) string {
	for _, fl := range f.fields {
		if fl.key == key {
			return strings.TrimSpace(fl.box.Value())
		}
	}
	return ""
}

func (f *fieldForm) paste(s string) { f.fields[f.focus].box.Insert(clean(s, false)) }

// Update handles a key in the form.
func (f *fieldForm) Update(msg tea.KeyPressMsg) formIntent {
	k := f.c.keys.Form
	switch {
	case key.Matches(msg, k.Cancel):
		return formCancel
	case key.Matches(msg, k.Save):
		return formSave
	case key.Matches(msg, k.Help):
		return formHelp
	case key.Matches(msg, k.FieldNext):
		f.focus = (f.focus + 1) % len(f.fields)
	case key.Matches(msg, k.FieldPrev):
		f.focus = (f.focus + len(f.fields) - 1) % len(f.fields)
	case f.cycle != nil && key.Matches(msg, k.FieldCycle, k.CycleBack):
		fl := &f.fields[f.focus].box
		if v, ok := f.cycle(f.focus, fl.Value(), key.Matches(msg, k.FieldCycle)); ok {
			fl.SetValue(v)
		}
	default:
		f.fields[f.focus].box.HandleKey(msg)
	}
	return formNone
}

// ShortHelp lists the form's keys.
func (f *fieldForm) ShortHelp() []key.Binding {
	k := f.c.keys.Form
	cycle := enabled(k.FieldCycle, f.cycle != nil)
	if f.cycle != nil {
		_, ok := f.cycle(f.focus, "", true)
		cycle = enabled(k.FieldCycle, ok)
	}
	return []key.Binding{k.Save, k.FieldNext, k.FieldPrev, cycle, k.Cancel}
}

// View draws the form; every value starts in the same column whether it
// shows a placeholder or typed text.
func (f *fieldForm) View(width, height int) string {
	st := f.c.styles
	lines := []string{st.PaneTitle.Render(ansi.Truncate(f.title, width, "…")), ""}
	lw := 0
	for _, fl := range f.fields {
		lw = max(lw, ansi.StringWidth(fl.label))
	}
	// Labels keep their words: the column is as wide as the longest
	// label while a value still has valueRoom beside it; past that a
	// label wraps under itself rather than being cut.
	lw = max(1, min(lw, max(width/2, width-gutterW-1-valueRoom)))
	focusLine := 0
	for i, fl := range f.fields {
		style := st.Muted
		mark := "  "
		if i == f.focus {
			style, mark = st.Box.Label, "▶ "
			focusLine = len(lines)
		}
		names := wrapText(fl.label, lw)
		label := fmt.Sprintf("%s%-*s ", mark, lw, names[0])
		indent := strings.Repeat(" ", ansi.StringWidth(label))
		rows := 1
		if i == f.focus {
			rows = 3
		}
		room := max(1, width-ansi.StringWidth(label))
		fl.box.placeholder = fitHint(fl.hint, room)
		value := fl.box.View(st, room, rows, i == f.focus, nil)
		if i != f.focus && !fl.box.Empty() {
			// A field not being typed in shows how it starts (the box
			// would show the end, where its cursor is), cut at a word.
			value = shortenAtWord(strings.Join(strings.Fields(fl.box.Value()), " "), room)
		}
		values := strings.Split(value, "\n")
		for j := range max(len(values), len(names)) {
			l := ""
			if j < len(values) {
				l = values[j]
			}
			switch {
			case j == 0:
				lines = append(lines, style.Render(label)+l)
			case j < len(names):
				lines = append(lines, style.Render(fmt.Sprintf("  %-*s ", lw, names[j]))+l)
			default:
				lines = append(lines, indent+l)
			}
		}
	}
	if f.err != "" {
		lines = append(lines, "", st.Error.Render(ansi.Truncate(f.err, width, "…")))
	}
	if len(lines) > height && height > 0 {
		start := min(max(0, focusLine-height/2), len(lines)-height)
		lines = lines[start : start+height]
	}
	return strings.Join(lines, "\n")
}

// valueRoom is the least room a form keeps for a value beside its label.
const valueRoom = 20

// fitHint is a field's placeholder for a value column room wide: an
// example too long for it keeps its words and drops its "e.g.".
func fitHint(hint string, room int) string {
	if ansi.StringWidth(hint)+2 > room {
		return strings.TrimPrefix(hint, "e.g. ")
	}
	return hint
}
