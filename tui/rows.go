package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// row is one note on screen. Its lines are drawn the first time the row
// comes into view, so a phase with thousands of notes costs only what the
// window shows.
type row struct {
	id    int
	lines []string
}

// viewCache holds the current phase's rendered notes. It is rebuilt when
// an event changes the meeting or the size changes, never per keystroke, so
// typing costs the same with ten notes or ten thousand.
type viewCache struct {
	valid bool
	width int
	sel   int
	list  bool
	rows  []row
	// footer is the phase's running summary: TTD/TTM, set-level checks.
	footer []string
	// Worked out once per rebuild, not once per note.
	midnight bool
	zone     *time.Location
	parked   []*model.Note
	wrapup   *wrapupData
	items    map[int]int           // action note id -> item number
	checks   map[int][]model.Check // item number -> failing checks
}

func (m *Model) selectableCount() int {
	m.ensureRows(m.meeting.view.width)
	return len(m.meeting.view.rows)
}

// selectedNote is the note under the list cursor.
func (m *Model) selectedNote() (*model.Note, bool) {
	mt := &m.meeting
	m.ensureRows(mt.view.width)
	if mt.sel < 0 || mt.sel >= len(mt.view.rows) {
		return nil, false
	}
	return m.state.Note(mt.view.rows[mt.sel].id)
}

// ensureRows rebuilds the note rows for the current phase if stale.
func (m *Model) ensureRows(width int) {
	mt := &m.meeting
	if width < 1 {
		width = 1
	}
	sel := mt.sel
	list := mt.mode == modeList
	if mt.view.valid && mt.view.width == width && mt.view.sel == sel && mt.view.list == list {
		return
	}
	if mt.view.valid && mt.view.width == width {
		// Only the selection moved: restyle the two rows involved.
		m.restyle(mt.view.sel)
		mt.view.sel, mt.view.list = sel, list
		m.restyle(sel)
		return
	}
	mt.view = viewCache{valid: true, width: width, sel: sel, list: list, zone: m.state.InputZone()}
	mt.view.parked = m.state.Parked()
	if m.state.Ended() {
		mt.view.wrapup = m.wrapupData()
	}
	p, ok := m.state.Phase()
	if !ok {
		return
	}
	switch p.Capture {
	case agenda.CaptureTimeline:
		m.timelineRows(width)
	case agenda.CaptureActions:
		m.actionRows(width)
	default:
		for _, id := range m.state.Notes(p.ID) {
			m.noteRows(id, 0, width)
		}
	}
	if mt.sel >= len(mt.view.rows) {
		mt.sel = max(0, len(mt.view.rows)-1)
		mt.view.sel = mt.sel
	}
	m.restyle(mt.sel)
}

// restyle forgets a row's drawing so it is drawn again, selected or not.
func (m *Model) restyle(i int) {
	mt := &m.meeting
	if i < 0 || i >= len(mt.view.rows) {
		return
	}
	mt.view.rows[i].lines = nil
}

// rowLines draws row i if it has not been drawn at the cached width.
func (m *Model) rowLines(i int) []string {
	mt := &m.meeting
	r := &mt.view.rows[i]
	if r.lines == nil {
		r.lines = m.renderNote(r.id, mt.view.width, mt.view.list && i == mt.view.sel)
		if r.lines == nil {
			r.lines = []string{}
		}
	}
	return r.lines
}

// noteRows adds a note and, nested under it, its chain of whys.
func (m *Model) noteRows(id, depth, width int) {
	mt := &m.meeting
	mt.view.rows = append(mt.view.rows, row{id: id})
	for _, w := range m.state.Whys(id) {
		m.noteRows(w, depth+1, width)
	}
}

func (m *Model) timelineRows(width int) {
	mt := &m.meeting
	entries := m.state.Timeline()
	mt.view.midnight = model.SpansMidnight(entries)
	for _, e := range entries {
		mt.view.rows = append(mt.view.rows, row{id: e.Note})
	}
	d := model.TimelineDurations(entries)
	var parts []string
	if d.HasTTD {
		parts = append(parts, "time to detect "+fmtDur(d.TTD))
	}
	if d.HasTTM {
		parts = append(parts, "to mitigate "+fmtDur(d.TTM))
	}
	if d.HasTTR {
		parts = append(parts, "to resolve "+fmtDur(d.TTR))
	}
	if len(parts) == 0 {
		parts = append(parts, "mark lines #started #detected #mitigated #resolved to get time to detect / mitigate")
	}
	mt.view.footer = append(mt.view.footer, strings.Join(parts, " · "))
}

func (m *Model) actionRows(width int) {
	mt := &m.meeting
	mt.view.items = map[int]int{}
	mt.view.checks = map[int][]model.Check{}
	items := m.state.ActionItems()
	for i, it := range items {
		mt.view.items[it.Note] = i + 1
	}
	for _, c := range m.state.Checks(m.now()) {
		if c.Item == 0 {
			mt.view.footer = append(mt.view.footer, "✗ "+c.Reason)
		} else {
			mt.view.checks[c.Item] = append(mt.view.checks[c.Item], c)
		}
	}
	for _, it := range items {
		mt.view.rows = append(mt.view.rows, row{id: it.Note})
	}
	if len(mt.view.footer) == 0 {
		mt.view.footer = append(mt.view.footer, "✓ the action items pass the checklist")
	}
}

// renderNote draws one note with its badges, flags and hints.
func (m *Model) renderNote(id, width int, selected bool) []string {
	st := m.styles
	n, ok := m.state.Note(id)
	if !ok {
		return nil
	}
	depth := 0
	for p := n.Parent; p != 0; depth++ {
		pn, ok := m.state.Note(p)
		if !ok {
			break
		}
		p = pn.Parent
	}
	indent := strings.Repeat("  ", depth)
	lead, body := m.noteLead(n)
	text := inert(n.Text)
	if body != "" {
		text = body
	}
	if depth > 0 {
		lead = indent + "↳ why? "
	}
	prefix := st.Notes.Time.Render(lead)
	avail := max(1, width-ansi.StringWidth(lead))
	wrapped := strings.Split(ansi.Wrap(text, avail, " "), "\n")
	textStyle := st.Notes.Text
	switch n.Section {
	case model.SectionFactor:
		textStyle = st.Notes.Factor
	case model.SectionLucky:
		textStyle = st.Notes.Lucky
	case model.SectionParked:
		textStyle = st.Notes.Parked
	}
	pad := strings.Repeat(" ", ansi.StringWidth(lead))
	var out []string
	for i, l := range wrapped {
		p := pad
		if i == 0 {
			p = prefix
		}
		out = append(out, p+textStyle.Render(l))
	}
	for _, h := range m.noteHints(n) {
		out = append(out, pad+ansi.Truncate(st.Notes.Hint.Render(h), avail, "…"))
	}
	for _, f := range m.meeting.flags[id] {
		line := "⚑ " + f.Category + ": " + inert(f.Match) + " — " + f.Message
		style := st.Notes.Flag
		if n.IsDismissed(f.Rule) {
			line = "dismissed " + f.Category + ": " + inert(f.Match)
			style = st.Notes.Dismissed
		}
		out = append(out, pad+ansi.Truncate(style.Render(line), avail, "…"))
	}
	if selected {
		for i, l := range out {
			out[i] = st.Notes.Selected.Render(ansi.Truncate(l, width, "") + strings.Repeat(" ", max(0, width-ansi.StringWidth(l))))
		}
	}
	return out
}

// noteLead is the left column of a note (its time, or the timeline time,
// or the action number) and, for parsed captures, the text to show.
func (m *Model) noteLead(n *model.Note) (lead, body string) {
	badge := ""
	switch n.Section {
	case model.SectionFactor:
		badge = "factor "
	case model.SectionLucky:
		badge = "lucky "
	case model.SectionParked:
		badge = "parked "
	}
	p := m.state.Agenda.Phases[max(0, m.state.Agenda.Index(n.Phase))]
	switch p.Capture {
	case agenda.CaptureTimeline:
		e := model.ParseTimeline(n.Text, m.state.IncidentDate(), m.meeting.view.zone)
		if !e.HasTime {
			return "??:??  ", inert(n.Text)
		}
		t := e.At.UTC().Format("15:04")
		if e.At.Second() != 0 {
			t = e.At.UTC().Format("15:04:05")
		}
		if m.meeting.view.midnight {
			t = e.At.UTC().Format("01-02 ") + t
		}
		text := inert(e.Text)
		for _, mk := range e.Markers {
			text += "  #" + string(mk)
		}
		return t + "  ", text
	case agenda.CaptureActions:
		if n.Parent != 0 {
			break
		}
		it := model.ParseAction(n.Text, m.meetingDate())
		parts := []string{inert(it.What)}
		for _, f := range []string{it.Owner, dueText(it), it.Ticket, it.Priority, typeText(it)} {
			if f != "" {
				parts = append(parts, inert(f))
			}
		}
		return fmt.Sprintf("%2d. ", m.meeting.view.items[n.ID]), strings.Join(parts, " · ")
	}
	return n.Added.UTC().Format("15:04") + "  " + badge, ""
}

// noteHints are the capture's one-line nudges for a note.
func (m *Model) noteHints(n *model.Note) []string {
	p := m.state.Agenda.Phases[max(0, m.state.Agenda.Index(n.Phase))]
	var hs []string
	switch {
	case p.Capture == agenda.CaptureImpact:
		if h := model.ImpactHint(n.Text); h != "" {
			hs = append(hs, "ⓘ "+h)
		}
	case p.Capture == agenda.CaptureTimeline:
		if e := model.ParseTimeline(n.Text, m.state.IncidentDate(), m.meeting.view.zone); e.Problem != "" {
			hs = append(hs, "ⓘ "+e.Problem)
		}
	case p.Capture == agenda.CaptureActions:
		hs = append(hs, m.actionHints(n)...)
	case n.Section == model.SectionFactor || p.Capture == agenda.CaptureFactors:
		if h := model.FactorHint(n.Text); h != "" && len(m.state.Whys(n.ID)) == 0 {
			hs = append(hs, "ⓘ "+h)
		}
	}
	return hs
}

func (m *Model) actionHints(n *model.Note) []string {
	var hs []string
	for _, c := range m.meeting.view.checks[m.meeting.view.items[n.ID]] {
		hs = append(hs, "✗ "+c.Reason)
	}
	return append(hs, model.ParseAction(n.Text, m.meetingDate()).Problems...)
}

func (m *Model) meetingDate() time.Time {
	c := m.state.Created.UTC()
	return time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC)
}

func fmtDur(d time.Duration) string {
	d = d.Round(time.Second)
	if d >= time.Hour {
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	if d%time.Minute == 0 {
		return fmt.Sprintf("%dm", int(d.Minutes()))
	}
	return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
}

func dueText(it model.ActionItem) string {
	if it.Due.IsZero() {
		return ""
	}
	return "due " + it.Due.Format("2006-01-02")
}

func typeText(it model.ActionItem) string {
	if it.Type == "" {
		return ""
	}
	return "#" + it.Type
}
