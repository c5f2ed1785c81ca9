package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// formKind says what a field form edits.
type formKind int

const (
	formImpact formKind = iota
	formAction
)

type formField struct {
	key, label, hint string
	box              noteBox
}

// fieldForm edits a few named values: the impact figures, or one action
// item field by field.
type fieldForm struct {
	kind   formKind
	title  string
	note   int
	fields []formField
	focus  int
}

func (f *fieldForm) paste(s string) {
	f.fields[f.focus].box.Insert(clean(s, false))
}

func (m *Model) openImpactForm() {
	f := &fieldForm{kind: formImpact, title: "Impact figures (enter saves a field · esc closes)"}
	for _, fl := range model.ImpactFields {
		ff := formField{key: fl.Key, label: fl.Label, hint: "e.g. " + fl.Example}
		ff.box.SetValue(m.state.Impact[fl.Key])
		ff.box.placeholder = ff.hint
		f.fields = append(f.fields, ff)
	}
	m.meeting.form = f
	m.meeting.mode = modeForm
}

func (m *Model) openActionForm(n *model.Note) {
	it := model.ParseAction(n.Text, m.meetingDate())
	due := ""
	if !it.Due.IsZero() {
		due = it.Due.Format("2006-01-02")
	}
	f := &fieldForm{kind: formAction, note: n.ID, title: fmt.Sprintf("Action item #%d (enter saves · esc cancels)", n.ID)}
	for _, v := range []struct{ key, label, val, hint string }{
		{"what", "What", it.What, "a verifiable change: Add alert pool_utilization > 80% for 5m"},
		{"owner", "Owner", it.Owner, "@handle or name@example.com: one person, not a team"},
		{"due", "Due", due, "YYYY-MM-DD, +14d or +2w"},
		{"ticket", "Ticket", it.Ticket, "ENG-4421 or a URL"},
		{"priority", "Priority", it.Priority, "P0, P1, P2 or P3"},
		{"type", "Type", it.Type, "prevent, mitigate, detect or process"},
	} {
		ff := formField{key: v.key, label: v.label, hint: v.hint}
		ff.box.SetValue(v.val)
		ff.box.placeholder = v.hint
		f.fields = append(f.fields, ff)
	}
	m.meeting.form = f
	m.meeting.mode = modeForm
}

// updateForm handles keys in a field form.
func (m *Model) updateForm(msg tea.KeyPressMsg) tea.Cmd {
	mt := &m.meeting
	f := mt.form
	k := m.keys
	switch {
	case matches(msg, k.Cancel):
		mt.form, mt.mode = nil, modeList
		mt.setStatus("closed", false)
	case matches(msg, k.FieldNext):
		f.focus = (f.focus + 1) % len(f.fields)
	case matches(msg, k.FieldPrev):
		f.focus = (f.focus + len(f.fields) - 1) % len(f.fields)
	case matches(msg, k.Save):
		if f.kind == formImpact {
			m.saveImpactField(f)
			f.focus = (f.focus + 1) % len(f.fields)
			return nil
		}
		m.saveActionForm(f)
	default:
		f.fields[f.focus].box.HandleKey(msg)
	}
	return nil
}

func (m *Model) saveImpactField(f *fieldForm) {
	fl := f.fields[f.focus]
	v := strings.TrimSpace(fl.box.Value())
	if v == m.state.Impact[fl.key] {
		return
	}
	m.emit(model.Event{Kind: model.ImpactSet, Field: fl.key, Value: v})
	m.meeting.setStatus(fl.label+" saved", false)
}

// saveActionForm turns the fields back into the one-line form, so the
// note's text stays the single source of the item.
func (m *Model) saveActionForm(f *fieldForm) {
	val := map[string]string{}
	for _, fl := range f.fields {
		val[fl.key] = strings.TrimSpace(fl.box.Value())
	}
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	add(val["what"])
	if o := val["owner"]; o != "" {
		switch {
		case strings.HasPrefix(o, "@"):
		case strings.Contains(o, "@"):
			o = "owner:" + o
		default:
			o = "@" + o
		}
		add(o)
	}
	if d := val["due"]; d != "" {
		add("due:" + d)
	}
	if t := val["ticket"]; t != "" {
		add("ticket:" + t)
	}
	add(strings.ToUpper(val["priority"]))
	if t := strings.TrimPrefix(strings.ToLower(val["type"]), "#"); t != "" {
		add("#" + t)
	}
	it := model.ParseAction(strings.Join(parts, " "), m.meetingDate())
	text := it.Format()
	if len(it.Problems) > 0 {
		m.meeting.setStatus("check the fields: "+strings.Join(it.Problems, "; "), true)
		return
	}
	n, ok := m.state.Note(f.note)
	if ok && n.Text != text {
		m.emit(model.Event{Kind: model.NoteEdited, Note: f.note, Text: text})
	}
	m.meeting.form, m.meeting.mode = nil, modeList
	m.meeting.setStatus(fmt.Sprintf("saved action #%d", f.note), false)
}

func (f *fieldForm) view(st Styles, width, height int) string {
	lines := []string{st.PaneTitle.Render(ansi.Truncate(f.title, width, "…")), ""}
	lw := 0
	for _, fl := range f.fields {
		lw = max(lw, ansi.StringWidth(fl.label))
	}
	lw = min(lw, width/3)
	for i, fl := range f.fields {
		label := fmt.Sprintf("%-*s ", lw, ansi.Truncate(fl.label, lw, "…"))
		style := st.Muted
		if i == f.focus {
			style = st.Box.Label
		}
		box := fl.box
		val := box.View(st, max(1, width-lw-1), 1, i == f.focus, nil)
		lines = append(lines, style.Render(label)+val)
	}
	if len(lines) > height {
		start := min(max(0, f.focus+2-height+1), len(lines)-height)
		lines = lines[start : start+height]
	}
	return strings.Join(lines, "\n")
}
