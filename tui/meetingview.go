package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// agendaWidth is the facilitator column's width on roomy screens.
const agendaWidth = 30

// viewMeeting lays out the meeting screen at any size: header, the agenda
// column (when there is room), the phase pane, the note box, the status
// and the help line.
func (m *Model) viewMeeting() string {
	w, h := m.width, m.height
	header := m.viewHeader(w)
	bottom := m.viewBottom(w, h)
	bodyH := h - 1 - lipgloss.Height(bottom)
	body := m.viewBody(w, bodyH)
	parts := []string{header}
	if bodyH > 0 {
		parts = append(parts, body)
	}
	parts = append(parts, bottom)
	return clip(strings.Join(parts, "\n"), w, h)
}

// viewBody draws the agenda column and the phase pane, reusing the last
// drawing when nothing they show has changed.
func (m *Model) viewBody(w, bodyH int) string {
	mt := &m.meeting
	key := bodyKey{w: w, h: bodyH, sel: mt.sel, mode: mt.mode, second: m.now().Unix(), status: mt.status}
	cacheable := mt.mode == modeType || mt.mode == modeList
	if cacheable && mt.body.valid && mt.body.key == key {
		return mt.body.s
	}
	var body string
	if bodyH > 0 {
		wide := w >= 72 && bodyH >= 8
		// Notes are rendered at the phase pane's inner width, once.
		if wide {
			m.ensureRows(w - agendaWidth - 4)
		} else {
			m.ensureRows(w)
		}
		if wide {
			left := m.styles.Pane.Width(agendaWidth).Height(bodyH).Render(m.viewAgenda(agendaWidth-4, bodyH-2))
			rw := w - agendaWidth
			right := m.paneStyle().Width(rw).Height(bodyH).Render(m.viewPhase(rw-4, bodyH-2))
			body = lipgloss.JoinHorizontal(lipgloss.Top, left, right)
		} else {
			body = m.viewCompactPhase(w, bodyH)
		}
		body = clip(body, w, bodyH)
		if pad := bodyH - lipgloss.Height(body); pad > 0 {
			body += strings.Repeat("\n", pad)
		}
	}
	mt.body = bodyCache{valid: cacheable, key: key, s: body}
	return body
}

func (m *Model) paneStyle() lipgloss.Style {
	if m.meeting.mode == modeList || m.meeting.mode == modeForm {
		return m.styles.PaneFocused
	}
	return m.styles.Pane
}

// viewHeader is the one-line title with the save state on the right.
func (m *Model) viewHeader(w int) string {
	st := m.styles
	s := m.state.Setup
	title := fmt.Sprintf("[%s] %s: %s", s.Severity, inert(s.Service), inert(s.Title))
	if s.Service == "" {
		title = fmt.Sprintf("[%s] %s", s.Severity, inert(s.Title))
	}
	save := st.Saved.Render("● saved")
	switch {
	case m.opt.Store == nil:
		save = "" // a replay writes nothing
	case m.saveErr != nil:
		save = st.Error.Render("✗ not saved: " + m.saveErr.Error())
	case len(m.pending) > 0:
		save = st.Unsaved.Render("● saving")
	}
	save = ansi.Truncate(save, max(0, w/2), "…")
	room := max(0, w-ansi.StringWidth(save)-1)
	left := ansi.Truncate(st.Title.Render("debrief ")+st.Meta.Render(title), room, "…")
	gap := max(1, w-ansi.StringWidth(left)-ansi.StringWidth(save))
	return ansi.Truncate(left+strings.Repeat(" ", gap)+save, w, "")
}

// viewCompactPhase is the small-screen body: one line of phase and clock,
// then the notes.
func (m *Model) viewCompactPhase(w, h int) string {
	st := m.styles
	now := m.now()
	line := "Wrap-up"
	style := st.Agenda.Now
	if p, ok := m.state.Phase(); ok {
		t := m.state.Timer()
		status := t.Status(now, m.state.Agenda.WarnBefore(), m.state.Paused)
		clock := m.clockStyle(status).Render(clockText(t.Remaining(now), status))
		name := fmt.Sprintf("%d/%d %s", m.state.Current+1, len(m.state.Agenda.Phases), inert(p.Title))
		room := max(0, w-ansi.StringWidth(clock)-1)
		line = ansi.Truncate(style.Render(name), room, "…") + " " + clock
	} else {
		line = style.Render(line)
	}
	if h <= 1 {
		return line
	}
	return line + "\n" + m.viewPhase(w, h-1)
}

// viewPhase is the phase pane: prompts, then the notes, then the phase's
// running summary. The notes shown are the window around the selection
// (or the newest), so drawing it does not depend on how many there are.
func (m *Model) viewPhase(w, h int) string {
	if w < 1 || h < 1 {
		return ""
	}
	mt := &m.meeting
	if mt.mode == modeHelp {
		return clip(m.help.FullHelpView(m.fullHelp()), w, h)
	}
	if mt.mode == modeForm && mt.form != nil {
		return mt.form.view(m.styles, w, h)
	}
	if m.state.Ended() {
		return m.viewWrapUp(w, h)
	}
	st := m.styles
	m.ensureRows(w)
	var top []string
	if p, ok := m.state.Phase(); ok && w >= 72-agendaWidth && m.width >= 72 {
		top = append(top, st.PaneTitle.Render(ansi.Truncate(inert(p.Title), w, "…")))
	}
	top = append(top, m.promptLines(w, h)...)
	footer := mt.view.footer
	var footLines []string
	for _, f := range footer {
		footLines = append(footLines, st.Muted.Render(ansi.Truncate(f, w, "…")))
	}
	room := h - len(top) - len(footLines)
	if room < 1 {
		// Too small for everything: notes first, then the prompts.
		top, footLines = nil, nil
		room = h
	}
	notes := m.noteWindow(room)
	if len(notes) == 0 && room > 0 {
		notes = []string{st.Notes.Prompt.Render(ansi.Truncate("no notes yet", w, "…"))}
	}
	lines := append(append(top, notes...), footLines...)
	return clip(strings.Join(lines, "\n"), w, h)
}

// promptLines are the facilitator's prompts for the phase, fewer as the
// notes fill the pane.
func (m *Model) promptLines(w, h int) []string {
	p, ok := m.state.Phase()
	if !ok || len(p.Prompts) == 0 {
		return nil
	}
	st := m.styles
	limit := len(p.Prompts)
	if n := len(m.meeting.view.rows); n > 0 {
		limit = min(limit, max(0, h/4))
	}
	var out []string
	for _, pr := range p.Prompts[:limit] {
		for i, l := range strings.Split(ansi.Wrap(inert(pr), max(1, w-2), " "), "\n") {
			lead := "· "
			if i > 0 {
				lead = "  "
			}
			out = append(out, st.Notes.Prompt.Render(lead+l))
		}
	}
	if p.Capture == agenda.CaptureOpening {
		for _, a := range m.state.Setup.Attendees {
			out = append(out, st.Muted.Render(ansi.Truncate("  "+inert(a.Name)+" — "+string(a.Role), w, "…")))
		}
	}
	if len(out) > h/2 && len(m.meeting.view.rows) > 0 {
		out = out[:h/2]
	}
	return append(out, "")
}

// noteWindow returns at most h lines of rows: ending with the newest note
// while typing, or keeping the selected note in view.
func (m *Model) noteWindow(h int) []string {
	rows := m.meeting.view.rows
	if h <= 0 || len(rows) == 0 {
		return nil
	}
	anchor := len(rows) - 1
	if m.meeting.mode == modeList {
		anchor = min(m.meeting.sel, len(rows)-1)
	}
	// Walk back from the anchor until the window is full; then add rows
	// after the anchor if there is room left. Only these rows are drawn.
	start := anchor
	used := 0
	for i := anchor; i >= 0; i-- {
		n := len(m.rowLines(i))
		if used+n > h && used > 0 {
			break
		}
		used += n
		start = i
	}
	var out []string
	for i := start; i < len(rows); i++ {
		lines := m.rowLines(i)
		if len(out)+len(lines) > h && len(out) > 0 {
			break
		}
		out = append(out, lines...)
	}
	if len(out) > h {
		out = out[len(out)-h:]
	}
	return out
}

// viewBottom is the note box with its live line, the status and help.
func (m *Model) viewBottom(w, h int) string {
	st := m.styles
	mt := &m.meeting
	boxLines := 3
	if h < 16 {
		boxLines = 1
	}
	label := st.Box.Label.Render(mt.box.label + " › ")
	lw := ansi.StringWidth(mt.box.label + " › ")
	if lw > w/2 {
		label, lw = "", 0
	}
	spans := make([]highlight, 0, len(mt.findings))
	for _, f := range mt.findings {
		spans = append(spans, highlight{f.Offset, f.Offset + f.Length})
	}
	box := mt.box.View(st, max(1, w-lw), boxLines, mt.mode == modeType, spans)
	boxRows := strings.Split(box, "\n")
	for i := range boxRows {
		if i == 0 {
			boxRows[i] = label + boxRows[i]
		} else {
			boxRows[i] = strings.Repeat(" ", lw) + boxRows[i]
		}
	}
	parts := []string{strings.Join(boxRows, "\n")}
	if h >= 10 {
		for _, l := range strings.Split(m.liveLine(), "\n") {
			parts = append(parts, ansi.Truncate(l, w, "…"))
		}
	}
	if h >= 8 {
		status := mt.status
		style := st.Muted
		if mt.statusErr {
			style = st.Error
		}
		parts = append(parts, ansi.Truncate(style.Render(status), w, "…"))
	}
	parts = append(parts, ansi.Truncate(m.help.ShortHelpView(m.shortHelp()), w, "…"))
	return strings.Join(parts, "\n")
}

// liveLine explains the text being typed: its flag and suggestion, or
// what the phase's parser makes of it.
func (m *Model) liveLine() string {
	st := m.styles
	mt := &m.meeting
	if mt.mode != modeType {
		if n, ok := m.selectedNote(); ok && mt.mode == modeList {
			return st.Muted.Render(fmt.Sprintf("#%d selected", n.ID))
		}
		return ""
	}
	if len(mt.findings) > 0 {
		// Two lines: what is wrong, then the blameless way to say it.
		f := mt.findings[0]
		s := "⚑ " + st.Box.Category.Render(f.Category) + " " + st.Notes.Flag.Render(f.Message)
		if len(mt.findings) > 1 {
			s += st.Muted.Render(fmt.Sprintf("  (+%d more)", len(mt.findings)-1))
		}
		if f.Suggestion != "" {
			s += "\n" + st.Muted.Render("  → ") + st.Box.Suggestion.Render(inert(f.Suggestion))
			if f.Replacement != "" {
				s += st.Muted.Render("  (tab takes it)")
			}
		}
		return s
	}
	text := strings.TrimSpace(mt.box.Value())
	if text == "" || mt.target == targetSummary {
		return ""
	}
	switch m.capture() {
	case agenda.CaptureTimeline:
		e := model.ParseTimeline(text, m.state.IncidentDate(), m.state.InputZone())
		if !e.HasTime {
			return st.Notes.Hint.Render("ⓘ " + e.Problem + ": start with HH:MM")
		}
		s := "→ " + e.At.UTC().Format("2006-01-02 15:04:05") + " UTC"
		for _, mk := range e.Markers {
			s += " · #" + string(mk)
		}
		return st.Good.Render(s)
	case agenda.CaptureActions:
		if mt.target == targetWhy {
			return ""
		}
		it := model.ParseAction(text, m.meetingDate())
		return m.actionPreview(it)
	case agenda.CaptureImpact:
		if h := model.ImpactHint(text); h != "" {
			return st.Notes.Hint.Render("ⓘ " + h)
		}
	}
	if mt.target == targetWhy || m.capture() == agenda.CaptureFactors {
		if h := model.FactorHint(text); h != "" {
			return st.Notes.Hint.Render("ⓘ " + h)
		}
	}
	return ""
}

func (m *Model) actionPreview(it model.ActionItem) string {
	st := m.styles
	field := func(name, v string) string {
		if v == "" {
			return st.Warn.Render(name + " ?")
		}
		return st.Good.Render(inert(v))
	}
	parts := []string{field("owner", it.Owner), field("due", dueText(it)), field("ticket", it.Ticket), field("priority", it.Priority), field("type", typeText(it))}
	s := "→ " + strings.Join(parts, st.Muted.Render(" · "))
	if len(it.Problems) > 0 {
		s += "  " + st.Error.Render(it.Problems[0])
	}
	return s
}

// shortHelp lists the keys that work right now.
func (m *Model) shortHelp() []key.Binding {
	k := m.keys
	mt := &m.meeting
	switch mt.mode {
	case modeForm:
		return []key.Binding{k.Save, k.FieldNext, k.FieldPrev, k.Cancel, k.Quit}
	case modeHelp:
		return []key.Binding{k.Help, k.Quit}
	case modeList:
		b := []key.Binding{k.Up, k.Down, k.Edit, k.Delete, k.Factor, k.Lucky, k.Why, k.ParkToggle, k.Dismiss}
		if len(mt.undo) > 0 {
			b = append(b, k.Undo)
		}
		if m.capture() == agenda.CaptureImpact {
			b = append(b, k.Figures)
		}
		return append(b, k.PauseKey, k.ExtendKey, k.Summary, k.Risk, k.ToType, k.Help)
	}
	commit := k.Commit
	switch mt.target {
	case targetEdit, targetSummary, targetWhy:
		commit.SetHelp("enter", "save")
	}
	b := []key.Binding{commit}
	if m.hasRewrite() {
		b = append(b, k.TakeSuggestion)
	}
	if mt.target == targetNote && !m.state.Ended() {
		b = append(b, k.Park)
	}
	toList := k.ToList
	if mt.target != targetNote && !m.state.Ended() {
		toList = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
	}
	next := k.Next
	if m.state.Ended() {
		next.SetEnabled(false)
	} else if m.state.Current+1 >= len(m.state.Agenda.Phases) {
		next.SetHelp("ctrl+n", "wrap-up")
	}
	pause, extend := k.Pause, k.Extend
	if _, inPhase := m.state.Phase(); !inPhase {
		pause.SetEnabled(false)
		extend.SetEnabled(false)
	}
	return append(b, toList, next, k.Prev, pause, extend, k.Export, k.Quit)
}

func (m *Model) hasRewrite() bool {
	for _, f := range m.meeting.findings {
		if f.Replacement != "" {
			return true
		}
	}
	return false
}

func (m *Model) fullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Commit, k.TakeSuggestion, k.Park, k.ToList, k.Quit},
		{k.Next, k.Prev, k.Pause, k.Extend, k.Export},
		{k.Up, k.Down, k.Edit, k.EditText, k.Delete, k.Undo},
		{k.Factor, k.Lucky, k.Why, k.ParkToggle, k.Dismiss},
		{k.PauseKey, k.ExtendKey, k.Figures, k.Summary, k.Risk, k.ToType},
	}
}
