package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// maxOpenListed is how many flagged notes the wrap-up names; a meeting
// with more has a pattern to discuss, not a list to read.
const maxOpenListed = 30

// wrapUp is the screen after the last phase: which action items fail
// which checks, which notes still carry open flags, time per phase and
// what to do next, so the meeting ends with decisions rather than drift.
// It scrolls; a line says when there is more below.
type wrapUp struct {
	c      *common
	st     *model.State
	flags  *flagBook
	width  int
	height int
	offset int
	lines  []string
	view   string
}

func (m *wrapUp) setSize(w, h int) {
	m.width, m.height = w, h
	m.rebuild()
}

// setHeight changes the height only: the lines are worked out for the
// width, so only the window shown is cut again.
func (m *wrapUp) setHeight(h int) {
	m.height = h
	m.refresh()
}

// Update scrolls the wrap-up; it reports false for keys it does not take.
func (m *wrapUp) Update(msg tea.KeyPressMsg) bool {
	if !m.c.keys.Pager.scroll(msg, &m.offset, m.height) {
		return false
	}
	m.refresh()
	return true
}

// ShortHelp lists the scroll keys.
func (m *wrapUp) ShortHelp() []key.Binding {
	k := m.c.keys.Pager
	more := len(m.lines) > m.height
	return []key.Binding{enabled(k.Up, more), enabled(k.Down, more), enabled(k.PageDown, more)}
}

// View is the wrap-up as last drawn.
func (m *wrapUp) View() string { return m.view }

// rebuild works out what the wrap-up lists; on events, the tick and
// resize, and only once the meeting is in its wrap-up.
func (m *wrapUp) rebuild() {
	if !m.st.Ended() {
		m.lines, m.view = nil, ""
		return
	}
	st := m.c.styles
	s := m.st
	w := max(1, m.width)
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range wrapText(text, w) {
			lines = append(lines, style(l))
		}
	}
	title := st.PaneTitle.Render
	k := m.c.keys
	lines = append(lines, title("Wrap-up"), "")

	items := s.ActionItems()
	checks := s.Checks(m.c.now)
	switch {
	case len(items) == 0:
		if offered(k.Global.Prev) {
			add(st.Warn.Render, "✗ no action items yet: ctrl+p goes back to the action items phase")
		} else {
			add(st.Warn.Render, "✗ no action items yet")
		}
	case len(checks) == 0:
		add(st.Good.Render, "✓ the action items pass the checklist")
	default:
		lines = append(lines, title(fmt.Sprintf("Action-item checks failing (%d)", len(checks))))
		for _, c := range checks {
			where := "all items"
			if c.Item > 0 && c.Item <= len(items) {
				where = fmt.Sprintf("item %d “%s”", c.Item, shortenAtWord(inert(items[c.Item-1].What), 40))
			}
			add(st.Warn.Render, fmt.Sprintf("✗ %s: %s", where, c.Reason))
		}
	}
	lines = append(lines, "")

	open := m.flags.openNotes()
	if len(open) == 0 {
		add(st.Good.Render, "✓ no open phrasing flags")
	} else {
		lines = append(lines, title(fmt.Sprintf("Open phrasing flags (%d)", m.flags.total)))
		if offered(k.Global.Prev) && offered(k.List.Dismiss) {
			add(st.Muted.Render, "ctrl+p goes back to reword them, or x on the note dismisses them")
		}
		shown := open[:min(len(open), maxOpenListed)]
		for _, id := range shown {
			n, ok := s.Note(id)
			if !ok {
				continue
			}
			var cats []string
			for _, f := range m.flags.openFindings(n) {
				cats = append(cats, f.Category)
			}
			add(st.Warn.Render, fmt.Sprintf("⚑ #%d %s: “%s”", id, strings.Join(cats, ", "), inert(n.Text)))
		}
		if more := len(open) - len(shown); more > 0 {
			add(st.Warn.Render, fmt.Sprintf("… and %d more %s with open flags", more, plural(more, "note", "notes")))
		}
	}
	lines = append(lines, "")

	lines = append(lines, title("Time per phase (planned → actual)"))
	for i, p := range s.Agenda.Phases {
		lines = append(lines, m.phaseTime(i, p.Title, w)...)
	}
	lines = append(lines, "")

	lines = append(lines, title("Next"))
	switch {
	case !offered(k.List.Summary):
	case s.Summary == "":
		add(st.Muted.Render, "· type the summary below, enter saves it (until then the export drafts one from the notes)")
	default:
		add(st.Muted.Render, "· summary saved; type below to change it")
	}
	if n := len(s.Parked()); n > 0 {
		add(st.Muted.Render, fmt.Sprintf("· %d parked %s: give each an owner outside this meeting", n, plural(n, "topic", "topics")))
	}
	if offered(k.Global.Export) {
		add(st.Muted.Render, "· ctrl+o: export the postmortem next to the session file and preview it")
	}
	tickets := "· file each action item's ticket before publishing"
	if q := k.Global.Quit.Help(); q.Key != "" {
		tickets += "; " + q.Key + ": " + q.Desc
	}
	add(st.Muted.Render, tickets)
	m.lines = lines
	m.refresh()
}

// refresh cuts the window shown from the lines, with a line saying how
// much is above or below.
func (m *wrapUp) refresh() {
	h := m.height
	if h <= 0 {
		m.view = ""
		return
	}
	if len(m.lines) <= h {
		m.offset = 0
		m.view = clip(strings.Join(m.lines, "\n"), m.width, h)
		return
	}
	room := max(1, h-1)
	m.offset = max(0, min(m.offset, len(m.lines)-room))
	shown := m.lines[m.offset : m.offset+room]
	var parts []string
	if m.offset > 0 {
		parts = append(parts, fmt.Sprintf("↑ %d %s above", m.offset, plural(m.offset, "line", "lines")))
	}
	if below := len(m.lines) - m.offset - room; below > 0 {
		parts = append(parts, fmt.Sprintf("↓ %d more below", below))
	}
	text := strings.Join(parts, " · ")
	// How to scroll, where it fits: the help line says it too.
	if hint := text + " (esc, then ↓/pgdn)"; offered(m.c.keys.Typing.ToList) && len(m.lines)-m.offset-room > 0 && ansi.StringWidth(hint) <= m.width {
		text = hint
	}
	more := m.c.styles.Muted.Render(text)
	m.view = clip(strings.Join(append(shown[:len(shown):len(shown)], more), "\n"), m.width, h)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// phaseTime is one row of the time table, counted the way the export
// counts it: against the agenda's plan, with any minutes given shown
// beside it, rounded to the second.
func (m *wrapUp) phaseTime(i int, title string, w int) []string {
	st := m.c.styles
	t := m.st.Timers[i]
	actual := t.Elapsed(m.c.now).Round(time.Second)
	plan := fmtClock(t.Planned)
	if t.Extra != 0 {
		plan += " (+" + fmtClock(t.Extra) + ")"
	}
	col := max(1, min(w-30, 36))
	// A long name wraps under itself rather than being cut.
	names := wrapText(inert(title), col)
	name := names[0] + strings.Repeat(" ", max(0, col-ansi.StringWidth(names[0])))
	var row string
	style := st.Muted
	if actual == 0 && !t.Running() {
		row = fmt.Sprintf("%s %10s → not reached", name, plan)
	} else {
		diff := actual - t.Planned
		sign := "-"
		if diff > 0 {
			sign, style = "+", st.Warn
		}
		delta := sign + fmtClock(diff)
		if fmtClock(diff) == "0:00" {
			delta = "on time" // not "-0:00"
		}
		row = fmt.Sprintf("%s %10s → %6s  %s", name, plan, fmtClock(actual), delta)
	}
	out := []string{style.Render(ansi.Truncate(row, w, "…"))}
	for _, more := range names[1:] {
		out = append(out, style.Render(ansi.Truncate(more, w, "…")))
	}
	return out
}
