package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// rowData is what drawing the notes needs, worked out once per rebuild
// rather than once per note.
type rowData struct {
	date     string
	zone     *time.Location
	meeting  time.Time
	midnight bool
	entries  map[int]model.TimelineEntry // timeline note id -> its place in time
	items    map[int]int                 // action note id -> item number
	checks   map[int][]model.Check       // item number -> failing checks
}

func newRowData(st *model.State, now time.Time) rowData {
	c := st.Created.UTC()
	return rowData{date: st.IncidentDate(), zone: st.InputZone(),
		meeting: time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC)}
}

func (m *noteList) timelineRows() {
	entries := m.st.Timeline()
	m.data.midnight = model.SpansMidnight(entries)
	m.data.entries = make(map[int]model.TimelineEntry, len(entries))
	for _, e := range entries {
		m.data.entries[e.Note] = e
		m.rows = append(m.rows, row{id: e.Note})
	}
	m.footer = append(m.footer, strings.Join(model.TimelineDurations(entries).Explain(), " · "))
}

func (m *noteList) actionRows() {
	m.data.items = map[int]int{}
	m.data.checks = map[int][]model.Check{}
	items := m.st.ActionItems()
	for i, it := range items {
		m.data.items[it.Note] = i + 1
		m.addRows(it.Note, 0)
	}
	checks := m.st.Checks(m.c.now)
	for _, c := range checks {
		if c.Item == 0 {
			m.footer = append(m.footer, "✗ "+c.Reason)
		} else {
			m.data.checks[c.Item] = append(m.data.checks[c.Item], c)
		}
	}
	switch {
	case len(items) == 0:
	case len(checks) == 0:
		m.footer = append(m.footer, "✓ the action items pass the checklist")
	default:
		m.footer = append(m.footer, fmt.Sprintf("✗ %d %s failing: see the items marked ✗", len(checks), plural(len(checks), "check", "checks")))
	}
}

// impactFooter shows the figures saved with the form, so the room sees
// what the export will say.
func (m *noteList) impactFooter() {
	var parts []string
	for _, f := range model.ImpactFields {
		if v := m.st.Impact[f.Key]; v != "" {
			parts = append(parts, f.Label+": "+inert(v))
		}
	}
	if len(parts) == 0 {
		if offered(m.c.keys.List.Figures) {
			m.footer = append(m.footer, "figures: none yet (esc, then m opens the form)")
		} else {
			m.footer = append(m.footer, "figures: none yet")
		}
		return
	}
	m.footer = append(m.footer, "figures: "+strings.Join(parts, " · "))
}

// renderRow draws one note with its badges, hints and flags, each wrapped
// so a full reason is always readable. The selected note carries a glyph
// and reverse video, both of which survive a terminal without colour.
// gutterW is the width of the mark before a note or a phase ("▶ ").
var gutterW = ansi.StringWidth("▶ ")

func (m *noteList) renderRow(r row, selected bool) []string {
	st := m.c.styles
	n, ok := m.st.Note(r.id)
	if !ok {
		return []string{}
	}
	width := m.width
	gutter := "  "
	if selected {
		gutter = "▶ "
	}
	lead, body := m.noteLead(n)
	text := inert(n.Text)
	if body != "" {
		text = body
	}
	text += byline(n)
	if r.depth > 0 {
		lead = strings.Repeat("  ", r.depth-1) + "↳ why? "
	}
	avail := max(1, width-gutterW-ansi.StringWidth(lead))
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
	add := func(first string, style func(...string) string, s string) {
		for i, l := range wrapText(s, avail) {
			p := pad
			if i == 0 && first != "" {
				p = first
			}
			out = append(out, p+style(l))
		}
	}
	add(st.Notes.Time.Render(lead), textStyle.Render, text)
	for _, h := range m.noteHints(n) {
		add("", st.Notes.Hint.Render, h)
	}
	for _, f := range m.flags.byNote[n.ID] {
		if n.IsDismissed(f.Rule) {
			add("", struck(st.Notes.Dismissed), "dismissed "+f.Category+": "+inert(f.Match))
		} else {
			add("", st.Notes.Flag.Render, "⚑ "+f.Category+": "+inert(f.Match)+" — "+f.Message)
			if f.Question != "" {
				add("", st.Box.Suggestion.Render, "ask the room: "+inert(f.Question))
			}
		}
	}
	for i, l := range out {
		g := "  "
		if i == 0 {
			g = gutter
		}
		if selected {
			// Drawn from the plain text so the attribute covers the row.
			plain := ansi.Strip(l)
			out[i] = st.Notes.Selected.Render(g + plain + strings.Repeat(" ", max(0, width-gutterW-ansi.StringWidth(plain))))
		} else {
			out[i] = g + l
		}
	}
	return out
}

// noteLead is the left column of a note (its time, the timeline time, or
// the action number) and, for parsed captures, the text to show.
func (m *noteList) noteLead(n *model.Note) (lead, body string) {
	badge := ""
	switch n.Section {
	case model.SectionFactor:
		badge = "factor "
	case model.SectionLucky:
		badge = "lucky "
	case model.SectionParked:
		badge = "parked "
	}
	if k := m.st.FactorKinds[n.ID]; k != "" {
		badge += "(" + inert(k) + ") "
	}
	switch m.captureOf(n) {
	case agenda.CaptureTimeline:
		if n.Parent != 0 {
			break
		}
		// The fold's entry, not a fresh parse: it knows which lines ran
		// past midnight.
		e, ok := m.data.entries[n.ID]
		if !ok {
			e = model.ParseTimeline(n.Text, m.data.date, m.data.zone)
		}
		if !e.HasTime {
			return "??:??  ", inert(n.Text)
		}
		t := e.At.UTC().Format("15:04")
		if e.At.Second() != 0 {
			t = e.At.UTC().Format("15:04:05")
		}
		if m.data.midnight {
			t = e.At.UTC().Format("01-02 ") + t
		}
		text := inert(e.Text)
		for _, mk := range e.Markers {
			text += "  #" + string(mk)
		}
		return t + "  " + badge, text
	case agenda.CaptureActions:
		if n.Parent != 0 {
			break
		}
		it := model.ParseAction(n.Text, m.data.meeting)
		parts := []string{inert(it.What)}
		for _, f := range []string{it.Owner, dueText(it), it.Ticket, it.Priority, typeText(it)} {
			if f != "" {
				parts = append(parts, inert(f))
			}
		}
		return fmt.Sprintf("%2d. %s", m.data.items[n.ID], badge), strings.Join(parts, " · ")
	}
	return n.Added.UTC().Format("15:04") + "  " + badge, ""
}

func (m *noteList) captureOf(n *model.Note) agenda.Capture {
	if i := m.st.Agenda.Index(n.Phase); i >= 0 {
		return m.st.Agenda.Phases[i].Capture
	}
	return ""
}

// noteHints are the capture's one-line nudges for a note.
func (m *noteList) noteHints(n *model.Note) []string {
	var hs []string
	c := m.captureOf(n)
	switch {
	case n.Parent != 0:
	case c == agenda.CaptureImpact:
		if h := model.ImpactHint(n.Text); h != "" {
			hs = append(hs, "ⓘ "+h)
		}
	case c == agenda.CaptureTimeline:
		if e := model.ParseTimeline(n.Text, m.data.date, m.data.zone); e.Problem != "" {
			hs = append(hs, "ⓘ "+e.Problem)
		}
	case c == agenda.CaptureActions:
		for _, ch := range m.data.checks[m.data.items[n.ID]] {
			hs = append(hs, "✗ "+ch.Reason)
		}
		hs = append(hs, model.ParseAction(n.Text, m.data.meeting).Problems...)
	}
	if n.Section == model.SectionFactor || c == agenda.CaptureFactors && n.Parent == 0 {
		if h := model.FactorHint(n.Text); h != "" && len(m.st.Whys(n.ID)) == 0 {
			hs = append(hs, "ⓘ "+h)
		}
	}
	return hs
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
	return "due\u00a0" + it.Due.Format("2006-01-02")
}

func typeText(it model.ActionItem) string {
	if it.Type == "" {
		return ""
	}
	return "#" + it.Type
}
