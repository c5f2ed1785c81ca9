package tui

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// composeIntent is what a key in the note box asks the root to do.
type composeIntent int

const (
	composeNone composeIntent = iota
	// composeTyped: the text changed; a draft is due.
	composeTyped
	composeCommit
	composePark
	// composeCancel leaves an edit, a why or the summary unsaved.
	composeCancel
	composeToList
	composeHelp
)

// composeContext is what the box needs to know about the phase it is in,
// set by the root when the phase or the setup changes.
type composeContext struct {
	phase   string
	capture agenda.Capture
	ended   bool
	date    string
	zone    *time.Location
	meeting time.Time
}

// composer is the note box with what belongs to it: what enter will do
// with the text (a new note, an edit, a why, the summary), the phrasing
// findings of the text and the draft last recorded.
type composer struct {
	c          *common
	box        noteBox
	target     string
	targetNote int
	findings   []phrasing.Finding
	checker    *phrasing.Checker
	ctx        composeContext
	// aside is a new note's text set aside while an edit, a why or the
	// summary is typed; finish puts it back.
	aside string
	// gen counts changes, so a debounce tick armed for an older text
	// does nothing.
	gen int
}

func newComposer(c *common) composer { return composer{c: c, target: model.DraftNote} }

// Draft is the box as a draft record.
func (m *composer) Draft() model.Draft {
	if m.box.Empty() && m.aside == "" {
		return model.Draft{}
	}
	d := model.Draft{Target: m.target, Note: m.targetNote, Aside: m.aside}
	if !m.box.Empty() {
		d.Text = m.box.Value()
	}
	return d
}

// setAside keeps a new note's unfinished text while other work takes the
// box.
func (m *composer) setAside() {
	if m.target == model.DraftNote && !m.box.Empty() {
		m.aside = m.box.Value()
	}
}

// finish points the box at a new note again, with any text set aside.
func (m *composer) finish(ctx composeContext, summary string) {
	aside := m.aside
	m.reset(ctx, summary)
	if aside != "" && !ctx.ended {
		m.box.SetValue(aside)
		m.check()
	}
}

// reset points the box at a new note of the phase (or, in the wrap-up, the
// summary), keeping nothing.
func (m *composer) reset(ctx composeContext, summary string) {
	m.ctx = ctx
	m.aside = ""
	m.box.Reset()
	m.findings = nil
	m.target, m.targetNote = model.DraftNote, 0
	m.box.label, m.box.placeholder = boxLabel(ctx.capture, ctx.ended)
	if ctx.ended {
		m.target = model.DraftSummary
		m.box.SetValue(summary)
		m.check()
	}
}

// restore puts a phase's draft back in the box, aimed where it was.
func (m *composer) restore(d model.Draft) {
	defer func() { m.aside = d.Aside }()
	switch d.Target {
	case model.DraftEdit:
		m.edit(d.Note, d.Text)
	case model.DraftImported:
		m.editImport(d.Note, d.Text)
	case model.DraftWhy:
		m.why(d.Note)
		m.box.SetValue(d.Text)
	default:
		m.box.SetValue(d.Text)
	}
	m.check()
}

func (m *composer) edit(id int, text string) {
	m.setAside()
	m.box.SetValue(text)
	m.target, m.targetNote = model.DraftEdit, id
	m.box.label = fmt.Sprintf("edit #%d", id)
	m.check()
}

func (m *composer) why(of int) {
	m.setAside()
	m.box.Reset()
	m.findings = nil
	m.target, m.targetNote = model.DraftWhy, of
	m.box.label = "why?"
	m.box.placeholder = "what made that possible? what guard should have caught it?"
}

func (m *composer) summary(text string) {
	m.setAside()
	m.box.SetValue(text)
	m.target, m.targetNote = model.DraftSummary, 0
	m.box.label, m.box.placeholder = boxLabel("", true)
	m.check()
}

func boxLabel(c agenda.Capture, ended bool) (label, placeholder string) {
	switch {
	case ended:
		return "summary", "3-5 sentences: what broke, who was affected, how it was resolved"
	case c == agenda.CaptureTimeline:
		return "timeline", "e.g. 09:14 what happened (#started #detected #mitigated #resolved)"
	case c == agenda.CaptureActions:
		return "action", "e.g. Add pool alert @alice due:+14d ENG-4421 P1 #prevent"
	case c == agenda.CaptureImpact:
		return "impact", "who was affected, how much, for how long"
	case c == agenda.CapturePoorly, c == agenda.CaptureFactors:
		return "note", "what made it possible?"
	}
	return "note", "type a note, enter to commit"
}

// Update handles a key while the box has focus.
func (m *composer) Update(msg tea.KeyPressMsg) composeIntent {
	k := m.c.keys.Typing
	newNote := m.target == model.DraftNote
	switch {
	case key.Matches(msg, k.Commit):
		return composeCommit
	case key.Matches(msg, k.Park) && newNote && !m.ctx.ended:
		return composePark
	case key.Matches(msg, k.TakeSuggestion):
		if m.takeSuggestion() {
			return composeTyped
		}
		return composeNone
	case key.Matches(msg, k.Cancel) && !newNote && m.target != model.DraftSummary:
		return composeCancel
	case key.Matches(msg, k.ToList):
		return composeToList
	case m.box.Empty() && key.Matches(msg, m.c.keys.List.Up) && msg.Text == "":
		// The arrow, not k: "kafka lag grew" starts with a letter.
		return composeToList
	case key.Matches(msg, m.c.keys.Global.Help) && (m.box.Empty() || msg.String() != "?"):
		// With text in the box ? is a character, but f1 still opens the
		// keys, as the help line says.
		return composeHelp
	}
	if m.box.HandleKey(msg) {
		m.check()
		return composeTyped
	}
	return composeNone
}

// Paste types pasted text at the cursor.
func (m *composer) Paste(s string) {
	m.box.Insert(s)
	m.check()
}

// check re-runs the phrasing checker over the text in the box; it runs on
// every keystroke, so it only looks at that text, never at the session.
func (m *composer) check() {
	if m.checker == nil {
		return
	}
	text := m.box.Value()
	skip := 0
	if m.ctx.capture == agenda.CaptureTimeline && m.target != model.DraftSummary {
		// A rewrite must not swallow the line's time: check the event only.
		skip = timePrefixLen(text)
	}
	m.findings = m.checker.Check(text[skip:])
	for i := range m.findings {
		m.findings[i].Offset += skip
		if m.findings[i].Replacement != "" {
			m.findings[i].ReplaceOffset += skip
		}
	}
}

// timePrefix matches the date and time a timeline line starts with.
var timePrefix = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(:\d{2})?(\s*(Z|UTC)\b)?\s*[-:|]?\s*`)

func timePrefixLen(s string) int {
	if loc := timePrefix.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

func (m *composer) takeSuggestion() bool {
	for _, f := range m.findings {
		if f.Replacement != "" {
			m.box.SetValue(f.Apply(m.box.Value()))
			m.check()
			return true
		}
	}
	return false
}

func (m *composer) hasRewrite() bool {
	for _, f := range m.findings {
		if f.Replacement != "" {
			return true
		}
	}
	return false
}

// View is the labelled box, lines rows tall, width w.
func (m *composer) View(w, lines int, focused bool) string {
	st := m.c.styles
	lbl := m.box.label + " › "
	lw := ansi.StringWidth(lbl)
	label := st.Box.Label.Render(lbl)
	if !focused {
		label = st.Muted.Render(lbl)
	}
	if lw > w/2 {
		label, lw = "", 0
	}
	spans := make([]highlight, 0, len(m.findings))
	for _, f := range m.findings {
		spans = append(spans, highlight{f.Offset, f.Offset + f.Length})
	}
	rows := strings.Split(m.box.View(st, max(1, w-lw), lines, focused, spans), "\n")
	pad := strings.Repeat(" ", lw)
	for i := range rows {
		if i == 0 {
			rows[i] = label + rows[i]
		} else {
			rows[i] = pad + rows[i]
		}
	}
	for len(rows) < lines {
		rows = append(rows, "")
	}
	return strings.Join(rows, "\n")
}

// ShortHelp lists the typing keys that apply to what the box holds.
func (m *composer) ShortHelp() []key.Binding {
	k := m.c.keys.Typing
	commit := k.Commit
	if m.target != model.DraftNote {
		commit.SetHelp("enter", "save")
	}
	out := []key.Binding{commit, enabled(k.TakeSuggestion, m.hasRewrite())}
	out = append(out, enabled(k.Park, m.target == model.DraftNote && !m.ctx.ended))
	switch {
	case m.target != model.DraftNote && m.target != model.DraftSummary:
		out = append(out, k.Cancel)
	case m.ctx.ended:
		out = append(out, withHelp(k.ToList, "esc", "scroll the wrap-up"))
	default:
		out = append(out, k.ToList)
	}
	return out
}
