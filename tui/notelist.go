package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// listAction is what a key on the notes list asks the root to do.
type listAction int

const (
	listNone listAction = iota
	listToType
	listHelp
	listEdit
	listEditText
	listDelete
	listUndo
	listFactor
	listLucky
	listWhy
	listPark
	listDismiss
	listPause
	listExtend
	listFigures
	listSummary
	listRisk
	listSetup
	listClassify
)

// row is one note on screen, nested depth whys deep.
type row struct{ id, depth int }

// noteList is the current phase's pane: its prompts, its notes (selectable
// one key per action) and its running summary. It reads the fold and the
// flags; it changes neither. Everything it shows is worked out in Update
// (refresh), so View only returns the last drawing.
type noteList struct {
	c     *common
	st    *model.State
	flags *flagBook

	phase   agenda.Phase
	inPhase bool
	rows    []row
	// lines caches each note's drawing at width; cleared by rebuild.
	lines         map[int][]string
	width, height int
	sel           int
	focused       bool
	// hidden is whether the window last drawn left notes out.
	hidden bool
	// within is the first line shown of a selected note taller than the
	// pane, and tall how many lines of it the pane shows (0 when it fits):
	// ↑/↓ scroll through such a note before moving to the next.
	within, tall int
	canUndo      bool
	footer       []string
	// opening adds the opening phase's lines from the archive (the open
	// action items of earlier reviews); nil without an archive.
	opening func(w int) []string
	data    rowData
	view    string
}

func newNoteList(c *common, st *model.State, flags *flagBook) noteList {
	return noteList{c: c, st: st, flags: flags, lines: map[int][]string{}}
}

// rebuild reads the phase's notes from the fold again, keeping the
// selected note selected when it is still there.
func (m *noteList) rebuild() {
	clear(m.lines)
	readRows(m)
}

func (m *noteList) addRows(id, depth int) {
	m.rows = append(m.rows, row{id, depth})
	for _, w := range m.st.Whys(id) {
		m.addRows(w, depth+1)
	}
}

// setSize is the pane's inner size.
func (m *noteList) setSize(w, h int) {
	// A resize or new styles: every note is drawn again, once.
	m.lines = map[int][]string{}
	m.width, m.height = max(1, w), max(0, h)
	m.refresh()
}

// setFocus gives the list the keys, or gives them back to the box.
func (m *noteList) setFocus(on bool) {
	if m.focused == on {
		return
	}
	m.focused = on
	m.restyle(m.sel)
	if on && (m.sel < 0 || m.sel >= len(m.rows)) {
		m.sel = len(m.rows) - 1
	}
	m.refresh()
}

// selectID selects note id, or the newest note when id is not listed.
func (m *noteList) selectID(id int) {
	m.restyle(m.sel)
	m.within = 0
	m.sel = len(m.rows) - 1
	for i, r := range m.rows {
		if r.id == id {
			m.sel = i
			break
		}
	}
	m.restyle(m.sel)
}

func (m *noteList) selectedID() int {
	if m.sel < 0 || m.sel >= len(m.rows) {
		return 0
	}
	return m.rows[m.sel].id
}

// selected is the note under the cursor.
func (m *noteList) selected() (*model.Note, bool) { return m.st.Note(m.selectedID()) }

func (m *noteList) move(to int) {
	to = max(0, min(to, len(m.rows)-1))
	if to == m.sel {
		return
	}
	m.within = 0
	m.restyle(m.sel)
	m.sel = to
	m.restyle(m.sel)
	m.refresh()
}

func (m *noteList) restyle(i int) {
	if i >= 0 && i < len(m.rows) {
		delete(m.lines, m.rows[i].id)
	}
}

// Update handles a key while the list has focus.
func (m *noteList) Update(msg tea.KeyPressMsg) (listAction, int) {
	k := m.keys()
	id := m.selectedID()
	switch {
	case key.Matches(msg, k.Up):
		stepList(m, -1)
	case key.Matches(msg, k.Down):
		stepList(m, 1)
	case key.Matches(msg, k.Top):
		m.move(0)
	case key.Matches(msg, k.Bottom):
		m.move(len(m.rows) - 1)
	}
	for _, a := range []struct {
		b   key.Binding
		act listAction
	}{
		{k.ToType, listToType}, {m.c.keys.Global.Help, listHelp}, {k.Edit, listEdit}, {k.EditText, listEditText},
		{k.Delete, listDelete}, {k.Undo, listUndo}, {k.Factor, listFactor}, {k.Lucky, listLucky},
		{k.Why, listWhy}, {k.ParkToggle, listPark}, {k.Dismiss, listDismiss}, {k.PauseKey, listPause},
		{k.ExtendKey, listExtend}, {k.Figures, listFigures}, {k.Summary, listSummary}, {k.Risk, listRisk},
		{k.Setup, listSetup}, {k.Classify, listClassify},
	} {
		if key.Matches(msg, a.b) {
			return a.act, id
		}
	}
	return listNone, id
}

// keys are the list keys that apply to this phase and this note: a key
// that would do nothing, or the wrong thing, is disabled.
func (m *noteList) keys() listKeys {
	k := m.c.keys.List
	n, has := m.selected()
	if has && m.c.mayEdit != nil && !m.c.mayEdit(n) {
		k.Edit.SetEnabled(false)
		k.EditText.SetEnabled(false)
		k.Delete.SetEnabled(false)
		k.Factor.SetEnabled(false)
		k.Lucky.SetEnabled(false)
		k.ParkToggle.SetEnabled(false)
	}
	c := m.phase.Capture
	top := has && n.Parent == 0
	factors := m.inPhase && (c == agenda.CapturePoorly || c == agenda.CaptureFactors || c == agenda.CaptureNotes)
	lucky := m.inPhase && (factors || c == agenda.CaptureWell || c == agenda.CaptureLucky)
	k.Up = enabled(k.Up, m.sel > 0)
	k.Down = enabled(k.Down, m.sel < len(m.rows)-1)
	k.Top = enabled(k.Top, len(m.rows) > 1)
	k.Bottom = enabled(k.Bottom, len(m.rows) > 1)
	k.Edit = enabled(k.Edit, has)
	k.EditText = enabled(k.EditText, has && c == agenda.CaptureActions)
	k.Delete = enabled(k.Delete, has)
	k.Undo = enabled(k.Undo, m.canUndo)
	k.Factor = enabled(k.Factor, top && factors)
	k.Lucky = enabled(k.Lucky, top && lucky)
	k.Why = enabled(k.Why, has && factors)
	k.ParkToggle = enabled(k.ParkToggle, top && m.inPhase)
	k.Dismiss = enabled(k.Dismiss, has && m.flags.open[n.ID] > 0)
	k.PauseKey = enabled(k.PauseKey, m.inPhase)
	if m.st.Paused {
		k.PauseKey.SetHelp("space", "resume")
	}
	k.ExtendKey = enabled(k.ExtendKey, m.inPhase)
	k.Figures = enabled(k.Figures, m.inPhase && c == agenda.CaptureImpact)
	k.Risk = enabled(k.Risk, !m.inPhase || c == agenda.CaptureActions)
	k.Classify = enabled(k.Classify, m.st.Started())
	return k
}

// ShortHelp lists the list keys that work right now, all of them: the
// help line wraps rather than hiding any.
func (m *noteList) ShortHelp() []key.Binding {
	k := m.keys()
	move := enabled(bind("↑/↓", "move", "up", "down"), len(m.rows) > 1)
	return []key.Binding{k.ToType, move, k.Edit, k.EditText, k.Delete, k.Undo, k.Factor, k.Why, k.Lucky,
		k.ParkToggle, k.Dismiss, k.Figures, k.Summary, k.Risk, k.Classify, k.Setup, k.PauseKey, k.ExtendKey}
}

// FullHelp is every list key with what applies here enabled.
func (m *noteList) FullHelp() []key.Binding { return m.keys().bindings() }

// View is the pane as last drawn.
func (m *noteList) View() string { return m.view }

// refresh draws the pane: title, prompts, the window of notes around the
// selection (or the newest), a line saying how much is above or below,
// and the footer. Only the notes in the window are drawn.
func (m *noteList) refresh() {
	w, h := m.width, m.height
	if h <= 0 {
		m.view = ""
		return
	}
	st := m.c.styles
	var foot []string
	for _, f := range m.footer {
		for _, l := range wrapText(f, w) {
			foot = append(foot, st.Muted.Render(l))
		}
	}
	var top []string
	if m.inPhase {
		top = append(top, st.PaneTitle.Render(ansi.Truncate(inert(m.phase.Title), w, "…")))
		// Working on the notes, the notes get the room; typing, the
		// facilitator's prompts show too.
		if !m.focused || len(m.rows) == 0 {
			top = append(top, m.promptLines(w, h, h-1-len(foot))...)
		}
	}
	room := h - len(top) - len(foot)
	if room < 2 {
		// The title and what fits of the prompts, with two lines for notes.
		top = top[:min(len(top), max(0, h-len(foot)-2))]
		if len(top) == 0 {
			foot = nil
		}
		room = h - len(top) - len(foot)
	}
	notes := m.window(room)
	if len(m.rows) == 0 {
		notes = []string{st.Notes.Prompt.Render(ansi.Truncate("no notes yet", w, "…"))}
	}
	m.view = clip(strings.Join(append(append(top, notes...), foot...), "\n"), w, h)
}

func (m *noteList) rowLines(i int) []string {
	r := m.rows[i]
	if ls, ok := m.lines[r.id]; ok {
		return ls
	}
	ls := m.renderRow(r, m.focused && i == m.sel)
	m.lines[r.id] = ls
	return ls
}

// stepList moves the selection by one note, or by one line through a
// selected note taller than the pane, so all of it can be read.
func stepList(m *noteList, delta int) {
	if m.tall > 0 {
		total := len(m.rowLines(m.sel))
		if to := m.within + delta; to >= 0 && to+m.tall <= total {
			m.within = to
			m.refresh()
			return
		}
	}
	m.move(m.sel + delta)
}

// markTop puts the selection mark on the first of a selected note's
// lines shown when its own first line is scrolled away, so the mark and
// the text stay together.
func markTop(st Styles, lines []string, scrolled bool) []string {
	// A copy: lines are the note's cached drawing, and the pane appends
	// its marker line after them.
	out := append([]string(nil), lines...)
	if !scrolled || len(out) == 0 {
		return out
	}
	plain := ansi.Strip(out[0])
	out[0] = st.Notes.Selected.Render("▶ " + strings.TrimPrefix(plain, "  "))
	return out
}
